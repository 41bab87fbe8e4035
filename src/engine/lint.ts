import { existsSync } from 'node:fs';
import { hasMagic } from 'glob';
import path from 'node:path';
import { configSearchStart, resolveConfig, type ConfigOverrides } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Fleet } from '../model/fleet.js';
import { allRules, knownRuleIds } from '../rules/index.js';
import type { Diagnostic, RuleMeta } from '../core/diagnostic.js';
import { discover, type DiscoverOptions, type DiscoverResult } from './discover.js';
import { DiscoveryRecorder } from './discover-snapshot.js';
import { readOne, type ReaderFailure } from './read.js';
import { runPipeline, type RuleFailure } from './pipeline.js';
import { finalize } from './report.js';
import { applySuppressions } from './suppress.js';
import { applyFixes } from './fix.js';
import { replaceFile } from './write-file.js';
import { docsUrl } from './docs-url.js';
import { matchBaseline, readBaseline, type Baseline } from './baseline.js';
import { cacheFileFor, LintCache, type CacheStrategy } from './cache.js';
import { runCachedPipeline } from './cached-pipeline.js';
import { BUILD } from '../core/version.js';
import { createHash } from 'node:crypto';
import type { SourceFile } from '../core/source-file.js';

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
  /**
   * Baseline file (relative to cwd; `--baseline`): findings recorded in it are not reported.
   * Default: the config's `baseline`, if any; `false`: none (what `--write-baseline` uses).
   */
  baseline?: string | false;
  /**
   * Keep what each file yields in a cache file (`--cache`), and take it from there while the file
   * is unchanged: `location` is a file or a folder (default `.logtail-lint-cache` in cwd; ESLint's
   * rules), `strategy` how a file is judged unchanged (default `metadata`). Findings are the same
   * as without the cache.
   */
  cache?: { location?: string; strategy?: CacheStrategy };
}

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Findings silenced by config `suppressions`, with the reason given there. */
  suppressed: Array<Diagnostic & { reason: string }>;
  /** Findings the baseline records: not reported, and not in the exit code (SARIF marks them `unchanged`). */
  baselined: Diagnostic[];
  /** The baseline in use: its absolute path, the findings it matched, and its findings that no longer occur. */
  baseline?: BaselineSummary;
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
  /** The text of a linted file (for code frames and baselines); undefined for files that are not text. */
  source(file: string): SourceFile | undefined;
  /** With `fix`: the files rewritten and how many fixes each took. */
  fixed?: FixedFile[];
  /** With `fix`: files with fixes that were not written, and why (changed on disk since read, …). */
  notFixed?: NotFixedFile[];
  /** With `cache`: the cache file, how loading it went, how many files came from it, and why it could not be written, if so. */
  cache?: { file: string; status: string; cachedFiles: number; writeError?: string };
}

export interface BaselineSummary {
  file: string;
  matched: number;
  stale: number;
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
    if (!fixable || f.problems.length > 0) continue;
    // A file taken from the cache is read here (it is unchanged): its findings' edits are for that text.
    const read = f.source && f.stat ? f : readOne(f.file, { maxFileSize: Number.MAX_SAFE_INTEGER });
    if (!read.source || !read.stat || read.problems.length > 0) continue;
    const { output, applied } = applyFixes(read.source.text, fixable);
    if (applied.length === 0 || output === read.source.text) continue;
    // Strictly decoded UTF-8 (BOM kept as U+FEFF) encodes back to the very bytes that were read.
    const outcome = replaceFile(f.file.absPath, read.stat, Buffer.from(read.source.text, 'utf8'), Buffer.from(output, 'utf8'));
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
  // Read first: a broken baseline is a usage error before any file is read.
  const baselineFile = options.baseline === false ? undefined : options.baseline !== undefined ? path.resolve(cwd, options.baseline) : config.baseline;
  const baseline = baselineFile === undefined ? undefined : readBaseline(baselineFile);
  const cache = options.cache && openCache(options.cache, cwd, config);
  if (!options.fix) return saveCache(await lintOnce(options, cwd, config, baseline, cache), cache);
  const fixed: FixedFile[] = [];
  // A file refused in one pass is read afresh by the next, and may be fixed then.
  const notFixed = new Map<string, string>();
  for (let pass = 0; ; pass++) {
    const result = await lintOnce(options, cwd, config, baseline, cache);
    const { written, refused } = pass < MAX_FIX_PASSES ? writeFixes(result) : { written: [], refused: [] };
    fixed.push(...written);
    for (const w of written) notFixed.delete(w.file);
    for (const r of refused) notFixed.set(r.file, r.reason);
    // A rewritten file is read again by the next pass (and so is what the cache keeps of it).
    for (const w of written) cache?.forget(w.file);
    if (written.length === 0) {
      const refusals = [...notFixed].map(([file, reason]) => ({ file, reason })).sort((a, b) => (a.file < b.file ? -1 : 1));
      return saveCache({ ...result, fixed: mergeFixed(fixed), notFixed: refusals }, cache);
    }
  }
}

function openCache(options: NonNullable<LintOptions['cache']>, cwd: string, config: ResolvedConfig): LintCache {
  const key = { tool: BUILD, config: createHash('sha1').update(JSON.stringify(config)).digest('hex'), cwd };
  return LintCache.open(cacheFileFor(options.location, cwd), options.strategy ?? 'metadata', key);
}

/** Writes the cache after the run; a cache that cannot be written costs the next run time, not this run its result. */
function saveCache(result: LintResult, cache: LintCache | undefined): LintResult {
  if (!cache) return result;
  // A run with an internal error keeps the old cache: the next run must meet the error again.
  if (result.ruleFailures.length > 0 || result.readerFailures.length > 0) return result;
  try {
    cache.save();
    return result;
  } catch (err) {
    return { ...result, cache: { ...result.cache!, writeError: (err as NodeJS.ErrnoException).code ?? String(err) } };
  }
}

async function lintOnce(options: LintOptions, cwd: string, config: ResolvedConfig, baseline: Baseline | undefined, cache: LintCache | undefined): Promise<LintResult> {
  const found = await discoverWith(cache, { patterns: options.patterns ?? [], cwd, ignores: config.ignores, gitignore: options.gitignore });
  // The cache file is no input, whatever its name (`--cache-location cache.json`).
  const files = cache ? found.files.filter((f) => f.absPath !== cache.file) : found.files;
  const input = { cwd, config, files, discoverProblems: found.problems };
  const cached = cache ? await runCachedPipeline(input, cache) : undefined;
  const run = cached ?? (await runPipeline(input));
  // Not `fleet`: with the cache, the model is built only when something asks for it.
  const { diagnostics, readFiles, ruleFailures, readerFailures } = run;
  const reported = options.reportOnly && (await discover({ patterns: options.reportOnly, cwd, ignores: config.ignores, gitignore: options.gitignore }));
  const only = reported && new Set(reported.files.map((f) => f.path));
  // A cross-file finding concerns both sides: a commit that renames an identifier in sls.tf is
  // told about the host whose user_defined_id it breaks.
  const concernsReported = (d: Diagnostic) => only!.has(d.file) || (d.related ?? []).some((r) => only!.has(r.file));
  const { kept, suppressed } = applySuppressions(only ? diagnostics.filter(concernsReported) : diagnostics, config.suppressions, cwd, config.baseDir);
  const source = cached ? cached.sourceOf : (file: string) => run.fleet.source(file);
  // Fingerprints are given over every finding, so a baselined one keeps the fingerprint it has without the baseline.
  const sorted = finalize(kept);
  const match = baseline && matchBaseline(sorted, baseline, source, cwd, only ? (f) => only.has(f) : undefined);
  return {
    diagnostics: match ? match.fresh : sorted,
    suppressed,
    baselined: match ? match.baselined : [],
    ...(match ? { baseline: { file: baseline.file, matched: match.baselined.length, stale: match.stale } } : {}),
    source,
    rules: ruleMetadata(),
    filesLinted: readFiles.length,
    // Report paths that exist but are not read (ignored, or not a kind logtail-lint reads) are
    // fine: pre-commit passes whatever its files regex matched.
    unmatched: [...found.unmatched, ...(reported?.unmatched.filter((p) => hasMagic(p) || !existsSync(path.resolve(cwd, p))) ?? [])],
    ruleFailures,
    readerFailures,
    cwd,
    get fleet() {
      return run.fleet;
    },
    ...(cache && cached ? { cache: { file: cache.file, status: cache.status, cachedFiles: cached.cachedFiles } } : {}),
  };
}

/** Discovery, replayed from the cache when no folder it walked changed, and recorded for the next run. */
async function discoverWith(cache: LintCache | undefined, options: DiscoverOptions): Promise<DiscoverResult> {
  if (!cache) return discover(options);
  const inputs = { cwd: options.cwd, patterns: options.patterns, ignores: options.ignores, gitignore: options.gitignore !== false };
  const replayed = cache.replayDiscovery(inputs);
  if (replayed) return replayed;
  const recorder = new DiscoveryRecorder();
  const found = await discover({ ...options, readDir: recorder.readDir, readGitignore: recorder.readGitignore });
  cache.keepDiscovery(recorder.snapshot(inputs, found));
  return found;
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
