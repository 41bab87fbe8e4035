/**
 * The pipeline both drivers run: the linter on a repository (./lint.ts) and the doctor on a live
 * host. It takes discovered files and returns findings: read (bytes, then facts) → model (the
 * fleet) → rules. Reporting (suppressions, sort, fingerprints) and output stay with the driver.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { DiscoveredFile, DiscoverProblem, ReadFile } from '../core/source-file.js';
import { buildFleet, type Fleet } from '../model/fleet.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { HostRuntime } from '../facts/host-runtime.js';
import { readAll, readFacts, type ReaderFailure } from './read.js';

export interface PipelineInput {
  /** Absolute folder that every path is relative to. */
  cwd: string;
  config: ResolvedConfig;
  files: readonly DiscoveredFile[];
  discoverProblems: readonly DiscoverProblem[];
  /** The rules to run (default: all); each still obeys its configured severity. */
  rules?: readonly Rule[];
  /** The doctor's facts of a live host; the fleet carries them as `host` for the doctor/ rules. */
  runtime?: HostRuntime;
}

export interface PipelineResult {
  /** Every finding, unsorted and not yet suppressed. */
  diagnostics: Diagnostic[];
  fleet: Fleet;
  readFiles: ReadFile[];
  ruleFailures: RuleFailure[];
  readerFailures: ReaderFailure[];
}

export async function runPipeline(input: PipelineInput): Promise<PipelineResult> {
  const { cwd, config } = input;
  const readFiles = readAll(input.files, { maxFileSize: config.maxFileSize });
  const { facts, readerFailures } = await readFacts(readFiles);
  const fleet = buildFleet({ cwd, config, readFiles, discoverProblems: input.discoverProblems, facts, ...(input.runtime ? { host: input.runtime } : {}) });
  const { diagnostics, ruleFailures } = runRules(input.rules ?? allRules, fleet, config);
  return { diagnostics, fleet, readFiles, ruleFailures, readerFailures };
}

export interface RuleFailure {
  ruleId: string;
  error: Error;
}

/** Line breaks a message quotes from a file (a value with `\n` in it), written as escapes: a finding is one line. */
const BREAK = /[\r\n\u2028\u2029]/;
const BREAKS = new RegExp(BREAK.source, 'g');
const escapeBreak = (c: string) => ({ '\r': '\\r', '\n': '\\n', '\u2028': '\\u2028', '\u2029': '\\u2029' })[c]!;

function oneLine<F extends { message: string; related?: Array<{ message: string }> }>(f: F): F {
  if (!BREAK.test(f.message) && !f.related?.some((r) => BREAK.test(r.message))) return f;
  return { ...f, message: f.message.replace(BREAKS, escapeBreak), ...(f.related ? { related: f.related.map((r) => ({ ...r, message: r.message.replace(BREAKS, escapeBreak) })) } : {}) };
}

/**
 * Run every enabled rule. A rule that throws is a bug in logtail-lint: it is recorded (the run
 * exits 2) while the other rules still run, so no finding is lost.
 */
export function runRules(rules: readonly Rule[], fleet: Fleet, config: ResolvedConfig): { diagnostics: Diagnostic[]; ruleFailures: RuleFailure[] } {
  const out: Diagnostic[] = [];
  const ruleFailures: RuleFailure[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id] ?? rule.severity;
    // A former ID set in the config decides for the findings it used to cover.
    const formerSettings = (rule.formerIds ?? []).map((id) => config.rules[id]).filter((s) => s !== undefined);
    if (setting === 'off' && formerSettings.every((s) => s === 'off')) continue; // an off rule does not run at all: it costs nothing
    try {
      rule.check({
        fleet,
        report: (f) => {
          const severity = (f.formerId !== undefined ? config.rules[f.formerId] : undefined) ?? setting;
          if (severity !== 'off') out.push({ ruleId: rule.id, severity, ...oneLine(f) });
        },
      });
    } catch (err) {
      ruleFailures.push({ ruleId: rule.id, error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return { diagnostics: out, ruleFailures };
}


