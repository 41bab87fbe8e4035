import path from 'node:path';
import { configSearchStart, resolveConfig, type ConfigOverrides } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import { emptyFacts } from '../model/facts.js';
import { buildFleet, type Fleet } from '../model/fleet.js';
import { finishReading, readers } from '../readers/index.js';
import type { TextFile } from '../readers/reader.js';
import { allRules } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { Diagnostic, RuleMeta } from '../types.js';
import { discover } from './discover.js';
import { readAll } from './read.js';
import { finalize } from './report.js';
import { applySuppressions } from './suppress.js';
import { docsUrl } from './docs-url.js';

export interface LintOptions {
  /** Paths, folders or globs to lint, relative to cwd (default: cwd). */
  patterns?: string[];
  cwd?: string;
  /** Config file and CLI overrides. Ignored when `config` is given. */
  overrides?: ConfigOverrides;
  /** A resolved config (the CLI resolves it first to print it). */
  config?: ResolvedConfig;
  /**
   * Report findings only in these files (pre-commit's file list), while `patterns` is read in
   * full so that cross-file rules see the other side of every join.
   */
  reportOnly?: string[];
  gitignore?: boolean;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Findings silenced by config `suppressions`, with the reason given there. */
  suppressed: Array<Diagnostic & { reason: string }>;
  /** Metadata of every rule, with docs URL, for formatters and `rules`. */
  rules: Map<string, RuleMeta & { docsUrl: string }>;
  filesLinted: number;
  /** Patterns that matched no file. */
  unmatched: string[];
  /** Rules that crashed (a logtail-lint bug): the CLI exits 2 after printing the rest. */
  ruleFailures: RuleFailure[];
  cwd: string;
  fleet: Fleet;
}

/** The whole pipeline: discover → read → model → rules → report. */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config =
    options.config ??
    resolveConfig(cwd, { searchFrom: configSearchStart(cwd, options.patterns ?? []), ...options.overrides }, new Set(allRules.map((r) => r.id)));

  const found = await discover({ patterns: options.patterns ?? [], cwd, ignores: config.ignores, gitignore: options.gitignore });
  const readFiles = await readAll(found.files, { maxFileSize: config.maxFileSize });
  const facts = emptyFacts();
  for (const f of readFiles) {
    // Files that never became text (too large, binary, unreadable) are only reported by file/* rules.
    if (f.source) await readers[f.file.kind]?.(f as TextFile, facts);
  }
  finishReading(facts); // joins that need every file read first (Kubernetes ConfigMap refs)
  const fleet = buildFleet({ cwd, config, readFiles, discoverProblems: found.problems, facts });

  const { diagnostics, ruleFailures } = runRules(allRules, fleet, config);
  const only = options.reportOnly && new Set(options.reportOnly.map((p) => path.relative(cwd, path.resolve(cwd, p)).split(path.sep).join('/')));
  const { kept, suppressed } = applySuppressions(only ? diagnostics.filter((d) => only.has(d.file)) : diagnostics, config.suppressions);
  return {
    diagnostics: finalize(kept),
    suppressed,
    rules: ruleMetadata(),
    filesLinted: readFiles.length,
    unmatched: found.unmatched,
    ruleFailures,
    cwd,
    fleet,
  };
}

export interface RuleFailure {
  ruleId: string;
  error: Error;
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
    if (setting === 'off') continue; // an off rule does not run at all: it costs nothing
    try {
      rule.check({
        fleet,
        report: (f) => out.push({ ruleId: rule.id, severity: setting, ...f }),
      });
    } catch (err) {
      ruleFailures.push({ ruleId: rule.id, error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
  return { diagnostics: out, ruleFailures };
}

/** A bug in logtail-lint itself: exit code 2, stack trace only with --debug. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
}

let metadataCache: Map<string, RuleMeta & { docsUrl: string }> | undefined;

export function ruleMetadata(): Map<string, RuleMeta & { docsUrl: string }> {
  metadataCache ??= new Map(
    [...allRules]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => [r.id, { id: r.id, severity: r.severity, description: r.description, fixable: r.fixable, docsUrl: docsUrl(r.id) }]),
  );
  return metadataCache;
}
