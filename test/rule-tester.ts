/**
 * The one way rule tests are written: a table of valid and invalid cases, each a small
 * repository of real file text, run through the real pipeline (discover → read → model → rules)
 * with every other rule off. An invalid case lists every finding the rule must report, each with
 * its exact range and message (and, where stated, its pointer and related locations, each
 * related location by position or by position and message); a rule that offers fixes must show
 * the files after `--fix`.
 * Modelled on ESLint's RuleTester.
 *
 * ```ts
 * testRule('region/unknown', {
 *   valid: [{ name: 'a known region', files: { 'ilogtail_config.json': '{"data_server_list": …}' } }],
 *   invalid: [{
 *     name: 'a typo in cluster',
 *     files: { 'ilogtail_config.json': TEXT },
 *     findings: [{ at: '4:18-4:31', message: '…' }],
 *     output: { 'ilogtail_config.json': FIXED_TEXT },
 *   }],
 * });
 * ```
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, ruleMetadata, type Diagnostic, type LintResult, type Severity } from '../src/index.js';
import { writeTree, type Tree } from './helpers.js';
import { fileScopeProblems, roundTripProblems } from './file-scope.js';

export type { Tree } from './helpers.js';

export interface ExpectedFinding {
  /** The file the finding points at; may be left out when the case has exactly one file. */
  file?: string;
  /** `line:col-line:col`: 1-based, UTF-16 columns, end exclusive. */
  at: string;
  /** The exact message, or a pattern when only part of the wording is the point of the case. */
  message: string | RegExp;
  /** Default: the rule's default severity (or what the case's config sets). */
  severity?: Severity;
  /** The JSON pointer / address of the value, when the rule gives one. */
  pointer?: string;
  /**
   * Each related location, in order: `file@line:col-line:col` (its position only), or
   * `{ at: 'file@line:col-line:col', message }` (its position and its exact message, or a
   * pattern the message must match).
   */
  related?: ExpectedRelated[];
}

export type ExpectedRelated = string | { at: string; message: string | RegExp };

export interface ValidCase {
  name: string;
  files: Tree;
  /** The content of `.logtail-lint.json` at the repository's root (written for you). */
  config?: Record<string, unknown>;
  /** Lint only these paths (as on the command line); default: the whole repository. */
  paths?: string[];
}

export interface InvalidCase extends ValidCase {
  /** Every finding of the rule, in report order (file, line, column). */
  findings: ExpectedFinding[];
  /**
   * The files after `--fix` with only this rule enabled. Required when a finding carries a fix;
   * files not listed must come out unchanged.
   */
  output?: Record<string, string>;
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** `line:col-line:col` of a range. */
export function span(r: Pick<Diagnostic, 'range'>): string {
  const { start, end } = r.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Declare the vitest cases of one rule. */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    it('is a registered rule', () => {
      expect(ruleMetadata().has(ruleId), `no rule ${ruleId}`).toBe(true);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const { result, cwd } = await runCase(ruleId, c, false);
        expect(result.diagnostics.map(describeActual)).toEqual([]);
        await expectFileScopeHolds(cwd, c);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        expect(c.findings.length, 'an invalid case lists at least one finding').toBeGreaterThan(0);
        const { result, cwd } = await runCase(ruleId, c, false);
        await expectFileScopeHolds(cwd, c);
        const severity = severityFor(ruleId, c);
        const onlyFile = Object.keys(c.files).length === 1 ? Object.keys(c.files)[0] : undefined;
        const actual = result.diagnostics.map(describeActual);
        const expected = c.findings.map((f, i) => expectedShape(f, actual[i], severity, onlyFile));
        expect(actual).toEqual(expected);
        const fixable = result.diagnostics.some((d) => d.fix);
        if (fixable) expect(c.output, 'a finding carries a fix: state the files after --fix in `output`').toBeDefined();
        if (c.output) await checkOutput(ruleId, c);
      });
    }
  });
}

interface ActualShape {
  file: string;
  at: string;
  message: string;
  severity: Severity;
  pointer?: string;
  related?: RelatedShape[];
}

/** A related location as compared: `at` is `file@line:col-line:col`. */
interface RelatedShape {
  at: string;
  message: string;
}

function describeActual(d: Diagnostic): ActualShape {
  return {
    file: d.file,
    at: span(d),
    message: d.message,
    severity: d.severity,
    ...(d.pointer !== undefined ? { pointer: d.pointer } : {}),
    ...(d.related && d.related.length > 0 ? { related: d.related.map((r) => ({ at: `${r.file}@${span(r)}`, message: r.message })) } : {}),
  };
}

/** The expected finding in the actual finding's shape (a matching pattern stands for the message). */
function expectedShape(f: ExpectedFinding, actual: ActualShape | undefined, severity: Severity, onlyFile: string | undefined): ActualShape {
  const file = f.file ?? onlyFile;
  if (file === undefined) throw new Error(`finding at ${f.at}: say which file (the case has several)`);
  const message = expectedMessage(f.message, actual?.message);
  const out: ActualShape = { file, at: f.at, message, severity: f.severity ?? severity };
  // Pointers and related locations are compared when the case states them; otherwise the
  // actual ones stand (they are part of other cases' assertions).
  const pointer = 'pointer' in f ? f.pointer : actual?.pointer;
  if (pointer !== undefined) out.pointer = pointer;
  const related = 'related' in f ? f.related?.map((r, i) => expectedRelated(r, actual?.related?.[i])) : actual?.related;
  if (related !== undefined && related.length > 0) out.related = related;
  return out;
}

/** A related location stated by position only takes the actual message; one with a message is compared whole. */
function expectedRelated(r: ExpectedRelated, actual: RelatedShape | undefined): RelatedShape {
  if (typeof r === 'string') return { at: r, message: actual?.message ?? '' };
  return { at: r.at, message: expectedMessage(r.message, actual?.message) };
}

/** The expected message; a pattern that matches stands for the actual message. */
function expectedMessage(want: string | RegExp, actual: string | undefined): string {
  if (typeof want === 'string') return want;
  return actual !== undefined && want.test(actual) ? actual : `/${want.source}/`;
}

function severityFor(ruleId: string, c: ValidCase): Severity {
  const configured = (c.config?.rules as Record<string, string> | undefined)?.[ruleId];
  const setting = configured === 'warn' ? 'warning' : configured;
  return (setting as Severity | undefined) ?? ruleMetadata().get(ruleId)!.severity;
}

/** Every rule but `ruleId` off, so that a case shows this rule's findings only. */
function onlyRule(ruleId: string): Record<string, 'off'> {
  const rules: Record<string, 'off'> = {};
  for (const id of ruleMetadata().keys()) if (id !== ruleId) rules[id] = 'off';
  return rules;
}

async function runCase(ruleId: string, c: ValidCase, fix: boolean): Promise<{ result: LintResult; cwd: string }> {
  const tree: Tree = { ...c.files };
  if (c.config) tree['.logtail-lint.json'] = JSON.stringify(c.config, null, 2);
  const cwd = writeTree(tree);
  const result = await lint({ cwd, patterns: c.paths, fix, overrides: { noConfigLookup: !c.config, rules: onlyRule(ruleId) } });
  if (result.ruleFailures.length > 0) throw result.ruleFailures[0].error;
  if (result.readerFailures.length > 0) throw result.readerFailures[0].error;
  return { result, cwd };
}

/**
 * What the cache rests on (test/file-scope.ts): every file-scoped rule finds on each file alone
 * what it finds there in the case's whole repository, and the fleet-scoped rules find the same
 * from the facts as the cache keeps them.
 */
async function expectFileScopeHolds(cwd: string, c: ValidCase): Promise<void> {
  expect(await fileScopeProblems(cwd, c.paths, !c.config), 'a rule of scope "file" judged more than one file').toEqual([]);
  expect(await roundTripProblems(cwd, c.paths, !c.config), 'a fleet-scoped rule or the model needs more than the cache keeps').toEqual([]);
}

async function checkOutput(ruleId: string, c: InvalidCase): Promise<void> {
  const { cwd, result } = await runCase(ruleId, c, true);
  expect(result.fixed?.length ?? 0, 'the fixes were applied to some file').toBeGreaterThan(0);
  for (const [file, content] of Object.entries(c.files)) {
    if (typeof content !== 'string' && !(content instanceof Uint8Array)) continue;
    const after = readFileSync(path.join(cwd, file));
    const want = c.output![file];
    if (want !== undefined) expect(after.toString('utf8'), `${file} after --fix`).toBe(want);
    else expect(Buffer.compare(after, Buffer.from(content)), `${file} must not change`).toBe(0);
  }
  for (const file of Object.keys(c.output!)) expect(Object.keys(c.files), `output names a file the case does not have: ${file}`).toContain(file);
}
