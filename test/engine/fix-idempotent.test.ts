/**
 * `--fix` converges and breaks nothing, on every Incorrect example of every fixable rule's docs
 * page and on the examples/ repository: after one `--fix` no finding is fixable any more, a second
 * `--fix` writes nothing, and no fixed file has a parse finding (the tool's own verdict that the
 * file cannot be read as its kind) that it did not have before.
 */
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../../src/engine/lint.js';
import { allRules } from '../../src/rules/index.js';
import { loadDocPages } from '../docs-pages.js';
import { writeTree, type Tree } from '../helpers.js';

/** Findings that say the file could not be parsed (or decoded) as what it is. */
const PARSE_FINDINGS = new Set([
  'file/parse-error',
  'file/binary',
  'file/not-utf8',
  'config/invalid-json',
  'config/trailing-comma',
  'config/leading-content',
  'config/trailing-content',
  'config/comment-breaks-precheck',
  'config/root-not-object',
]);
for (const id of PARSE_FINDINGS) if (!allRules.some((r) => r.id === id)) throw new Error(`no rule ${id}`);

const FIXABLE = new Set(allRules.filter((r) => r.fixable).map((r) => r.id));

const parseFindings = (r: LintResult, file: string) =>
  r.diagnostics
    .filter((d) => d.file === file && PARSE_FINDINGS.has(d.ruleId))
    .map((d) => d.ruleId)
    .sort();

function snapshot(cwd: string, files: readonly string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, readFileSync(path.join(cwd, f), 'latin1')]));
}

async function expectFixConverges(cwd: string, patterns?: string[]): Promise<LintResult> {
  const options = { cwd, patterns, overrides: { noConfigLookup: !patterns } };
  const before = await lint(options);
  const fixed = await lint({ ...options, fix: true });
  const written = (fixed.fixed ?? []).map((f) => f.file);
  expect(fixed.notFixed).toEqual([]);
  // Nothing fixable is left: the fixes converged within the passes.
  expect(fixed.diagnostics.filter((d) => d.fix).map((d) => `${d.file} ${d.ruleId}`)).toEqual([]);
  // No fixed file gained a parse finding.
  for (const f of written)
    expect(
      parseFindings(fixed, f).filter((id) => !parseFindings(before, f).includes(id)),
      f,
    ).toEqual([]);
  // A second --fix writes nothing and changes no byte.
  const bytes = snapshot(cwd, written);
  const again = await lint({ ...options, fix: true });
  expect(again.fixed).toEqual([]);
  expect(snapshot(cwd, written)).toEqual(bytes);
  return fixed;
}

describe('--fix is idempotent and never breaks a file', () => {
  const pages = loadDocPages().filter((p) => FIXABLE.has(p.ruleId) && !p.notRunnable);

  it('covers every fixable rule', () => {
    expect(pages.map((p) => p.ruleId).sort()).toEqual([...FIXABLE].sort());
  });

  const exercised = new Set<string>();
  for (const page of pages) {
    it(`${page.ruleId}: its docs examples`, async () => {
      const incorrect = page.examples.filter((e) => e.kind === 'incorrect');
      expect(incorrect.length).toBeGreaterThan(0);
      for (const example of incorrect) {
        const cwd = writeTree(example.tree as Tree);
        const offered = (await lint({ cwd, overrides: { noConfigLookup: true } })).diagnostics.some((d) => d.fix);
        const r = await expectFixConverges(cwd);
        // A fix that is offered is applied.
        expect((r.fixed ?? []).length > 0, 'fixes were offered, so a file was written').toBe(offered);
        if (offered) exercised.add(page.ruleId);
      }
    });
  }

  // Some rules fix only some inputs, and their page shows another: most pages must still write a fix.
  it('most fixable rules had a fix written from their examples', () => {
    expect(exercised.size).toBeGreaterThan(pages.length * 0.75);
  });

  it('the examples/ repository', async () => {
    const cwd = writeTree({});
    cpSync(path.resolve(import.meta.dirname, '../../examples'), cwd, { recursive: true });
    const r = await expectFixConverges(cwd, ['.']);
    expect((r.fixed ?? []).length).toBeGreaterThan(0);
  });
});
