import { existsSync } from 'node:fs';
import { hasMagic } from 'glob';
import path from 'node:path';
import { configSearchStart, resolveConfig, type ConfigOverrides } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Fleet } from '../model/fleet.js';
import { allRules, knownRuleIds } from '../rules/index.js';
import type { Diagnostic, RuleMeta } from '../core/diagnostic.js';
import { discover } from './discover.js';
import type { ReaderFailure } from './read.js';
import { runPipeline, type RuleFailure } from './pipeline.js';
import { finalize } from './report.js';
import { applySuppressions } from './suppress.js';
import { applyFixes } from './fix.js';
import { replaceFile } from './write-file.js';
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
   * Report findings only for these paths, folders or globs (pre-commit's file list) — in them,
   * or with a related location in them — while `patterns` is read in full so that cross-file
   * rules see the other side of every join.
   */
  reportOnly?: string[];
  gitignore?: boolean;
  /** Apply the findings' fixes to the files, re-linting until nothing more is fixable. */
  fix?: boolean;
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
  /** Readers that crashed on a file (a logtail-lint bug): likewise. */
  readerFailures: ReaderFailure[];
  cwd: string;
  fleet: Fleet;
  /** With `fix`: the files rewritten and how many fixes each took. */
  fixed?: FixedFile[];
  /** With `fix`: files with fixes that were not written, and why (changed on disk since read, …). */
  notFixed?: NotFixedFile[];
}

export interface FixedFile {
  file: string;
  fixes: number;
}

export interface NotFixedFile {
  file: string;
  reason: string;
}

/**
 * Write the fixes of one pass. Only files that decoded as clean UTF-8 text are rewritten, so no
 * byte is ever lost to a replacement character; the BOM and line endings stay as they were
 * unless a fix changes them. Each file is replaced whole and atomically, and only if it is still
 * the file that was read (./write-file.ts); a file that is not is reported and left alone.
 */
function writeFixes(result: LintResult): { written: FixedFile[]; refused: NotFixedFile[] } {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of result.diagnostics) if (d.fix) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const written: FixedFile[] = [];
  const refused: NotFixedFile[] = [];
  for (const f of result.fleet.files) {
    const fixable = byFile.get(f.file.path);
    if (!fixable || !f.source || !f.stat || f.problems.length > 0) continue;
    const { output, applied } = applyFixes(f.source.text, fixable);
    if (applied.length === 0 || output === f.source.text) continue;
    // Strictly decoded UTF-8 (BOM kept as U+FEFF) encodes back to the very bytes that were read.
    const outcome = replaceFile(f.file.absPath, f.stat, Buffer.from(f.source.text, 'utf8'), Buffer.from(output, 'utf8'));
    if (outcome.ok) written.push({ file: f.file.path, fixes: applied.length });
    else refused.push({ file: f.file.path, reason: outcome.reason });
  }
  return { written, refused };
}

function mergeFixed(passes: FixedFile[]): FixedFile[] {
  const total = new Map<string, number>();
  for (const p of passes) total.set(p.file, (total.get(p.file) ?? 0) + p.fixes);
  return [...total].map(([file, fixes]) => ({ file, fixes })).sort((a, b) => (a.file < b.file ? -1 : 1));
}

/** Most passes `fix` makes: a fix can uncover another (ESLint stops at 10 too). */
const MAX_FIX_PASSES = 10;

/** The whole pipeline: discover → read → model → rules → report (→ fix, when asked). */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const config = options.config ?? resolveConfig(cwd, { searchFrom: configSearchStart(cwd, options.patterns ?? []), ...options.overrides }, knownRuleIds);
  if (!options.fix) return lintOnce(options, cwd, config);
  const fixed: FixedFile[] = [];
  // A file refused in one pass is read afresh by the next, and may be fixed then.
  const notFixed = new Map<string, string>();
  for (let pass = 0; ; pass++) {
    const result = await lintOnce(options, cwd, config);
    const { written, refused } = pass < MAX_FIX_PASSES ? writeFixes(result) : { written: [], refused: [] };
    fixed.push(...written);
    for (const w of written) notFixed.delete(w.file);
    for (const r of refused) notFixed.set(r.file, r.reason);
    if (written.length === 0) {
      const refusals = [...notFixed].map(([file, reason]) => ({ file, reason })).sort((a, b) => (a.file < b.file ? -1 : 1));
      return { ...result, fixed: mergeFixed(fixed), notFixed: refusals };
    }
  }
}

async function lintOnce(options: LintOptions, cwd: string, config: ResolvedConfig): Promise<LintResult> {
  const found = await discover({ patterns: options.patterns ?? [], cwd, ignores: config.ignores, gitignore: options.gitignore });
  const { diagnostics, fleet, readFiles, ruleFailures, readerFailures } = await runPipeline({ cwd, config, files: found.files, discoverProblems: found.problems });
  const reported = options.reportOnly && (await discover({ patterns: options.reportOnly, cwd, ignores: config.ignores, gitignore: options.gitignore }));
  const only = reported && new Set(reported.files.map((f) => f.path));
  // A cross-file finding concerns both sides: a commit that renames an identifier in sls.tf is
  // told about the host whose user_defined_id it breaks.
  const concernsReported = (d: Diagnostic) => only!.has(d.file) || (d.related ?? []).some((r) => only!.has(r.file));
  const { kept, suppressed } = applySuppressions(only ? diagnostics.filter(concernsReported) : diagnostics, config.suppressions, cwd, config.baseDir);
  return {
    diagnostics: finalize(kept),
    suppressed,
    rules: ruleMetadata(),
    filesLinted: readFiles.length,
    // Report paths that exist but are not read (ignored, or not a kind logtail-lint reads) are
    // fine: pre-commit passes whatever its files regex matched.
    unmatched: [...found.unmatched, ...(reported?.unmatched.filter((p) => hasMagic(p) || !existsSync(path.resolve(cwd, p))) ?? [])],
    ruleFailures,
    readerFailures,
    cwd,
    fleet,
  };
}

let metadataCache: Map<string, RuleMeta & { docsUrl: string }> | undefined;

export function ruleMetadata(): Map<string, RuleMeta & { docsUrl: string }> {
  metadataCache ??= new Map(
    [...allRules]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => [r.id, { id: r.id, severity: r.severity, description: r.description, fixable: r.fixable, formerIds: r.formerIds, docsUrl: docsUrl(r.id) }]),
  );
  return metadataCache;
}
