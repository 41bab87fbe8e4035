/**
 * Baselines: today's findings recorded in a file (`--write-baseline`), so that a later run reports
 * only the findings that are not in it (`--baseline`, or the config's `baseline`).
 *
 * An entry is keyed by what survives edits around a finding, never by its line: the rule, the
 * file, the JSON pointer and the Terraform address / ROS logical ID when the finding has them,
 * and the offending text (the source text the finding's range covers, whitespace-normalised; a
 * hash of it when it is long). Identical keys are counted, as ESLint's suppressions file does, so
 * a second copy of a known mistake in the same place is reported. Inserting lines above a finding
 * leaves its key alone; changing the offending value gives a new key, so the finding is new.
 *
 * Paths in the file are relative to the file's own folder, so the same baseline works from any
 * working directory (the CLI at the repository root, the Action in a `working-directory`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/load.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceFile } from '../core/source-file.js';
import { writeFileAtomic } from './atomic-write.js';

export const BASELINE_VERSION = 1;
export const DEFAULT_BASELINE_FILE = '.logtail-lint-baseline.json';

/** Offending text longer than this is stored shortened, with a hash of the whole. */
const MAX_TEXT = 120;

export interface BaselineEntry {
  /** Relative to the baseline file's folder, `/`-separated. */
  file: string;
  rule: string;
  pointer?: string;
  address?: string;
  /** The offending text, whitespace-normalised (shortened, with `…`, when `hash` is set). */
  text: string;
  /** sha256 of the whole normalised text (first 16 hex digits), when `text` is shortened. */
  hash?: string;
  /** How many findings have this key. */
  count: number;
}

export interface Baseline {
  /** Absolute path. */
  file: string;
  entries: BaselineEntry[];
}

export interface BaselineMatch {
  /** Findings not in the baseline: what is reported. */
  fresh: Diagnostic[];
  /** Findings the baseline covers. */
  baselined: Diagnostic[];
  /** Baseline findings that no longer occur (the file can be shrunk with --write-baseline). */
  stale: number;
}

/** The text of a file, for the offending text of its findings (undefined: not text, or gone). */
export type SourceOf = (file: string) => SourceFile | undefined;

type Key = Omit<BaselineEntry, 'count'>;

const keyString = (k: Key) => JSON.stringify([k.file, k.rule, k.pointer ?? null, k.address ?? null, k.text, k.hash ?? null]);

/** The baseline key of a finding, under `rule` (its ID, or the former ID it had). */
function keyOf(d: Diagnostic, rule: string, fileKey: string, sourceOf: SourceOf): Key {
  const source = sourceOf(d.file);
  const raw = source ? source.text.slice(source.offsetAt(d.range.start), source.offsetAt(d.range.end)) : '';
  const normalized = raw.replace(/\s+/g, ' ').trim();
  const long = normalized.length > MAX_TEXT;
  const key: Key = { file: fileKey, rule, text: long ? `${normalized.slice(0, MAX_TEXT - 1)}…` : normalized };
  if (d.pointer !== undefined) key.pointer = d.pointer;
  if (d.address !== undefined) key.address = d.address;
  if (long) key.hash = createHash('sha256').update(normalized).digest('hex').slice(0, 16);
  return key;
}

/** Turns a finding's path (relative to `cwd`) into one relative to the baseline's folder. */
function fileKeyer(baselineFile: string, cwd: string): (file: string) => string {
  const dir = path.dirname(baselineFile);
  return (file) => path.relative(dir, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** The entries that record `diagnostics`, sorted, identical keys counted. */
export function baselineEntries(diagnostics: readonly Diagnostic[], sourceOf: SourceOf, baselineFile: string, cwd: string): BaselineEntry[] {
  const fileKey = fileKeyer(baselineFile, cwd);
  const byKey = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    const key = keyOf(d, d.ruleId, fileKey(d.file), sourceOf);
    const s = keyString(key);
    const entry = byKey.get(s);
    if (entry) entry.count++;
    else byKey.set(s, { ...key, count: 1 });
  }
  return [...byKey.values()].sort(compareEntries);
}

const cmp = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  return cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.pointer, b.pointer) || cmp(a.address, b.address) || cmp(a.text, b.text) || cmp(a.hash, b.hash);
}

/**
 * The file's text: pretty-printed, one entry per line (so a review diff shows one line per
 * finding added or fixed), sorted, and the same bytes whenever the findings are the same.
 */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const lines = [...entries].sort(compareEntries).map((e) => {
    // A fixed key order, whatever order the entry's properties were set in.
    const ordered = { file: e.file, rule: e.rule, pointer: e.pointer, address: e.address, text: e.text, hash: e.hash, count: e.count };
    return `    ${JSON.stringify(ordered)}`;
  });
  return `{\n  "version": ${BASELINE_VERSION},\n  "findings": [${lines.length === 0 ? '' : `\n${lines.join(',\n')}\n  `}]\n}\n`;
}

export function writeBaseline(file: string, entries: readonly BaselineEntry[]): void {
  try {
    writeFileAtomic(file, formatBaseline(entries));
  } catch (err) {
    throw new UsageError(`cannot write the baseline ${file} (${(err as NodeJS.ErrnoException).code ?? err}).`);
  }
}

/** Reads a baseline; a missing, corrupt or wrong-version file is a usage error (one line). */
export function readBaseline(file: string): Baseline {
  const bad = (why: string) => new UsageError(`baseline ${file}: ${why}. Write it again with --write-baseline.`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `baseline file not found: ${file} (create it with --write-baseline).` : `cannot read the baseline ${file} (${code ?? err}).`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw bad(`not valid JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (!isObject(data)) throw bad('not a JSON object');
  if (data.version !== BASELINE_VERSION) throw bad(`version ${JSON.stringify(data.version)}, but this logtail-lint reads version ${BASELINE_VERSION}`);
  if (!Array.isArray(data.findings)) throw bad('"findings" is not an array');
  const entries = data.findings.map((e: unknown, i: number) => {
    const why = entryProblem(e);
    if (why) throw bad(`findings[${i}] ${why}`);
    return e as BaselineEntry;
  });
  return { file, entries };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function entryProblem(e: unknown): string | undefined {
  if (!isObject(e)) return 'is not an object';
  for (const k of ['file', 'rule', 'text'] as const) if (typeof e[k] !== 'string') return `has no string "${k}"`;
  for (const k of ['pointer', 'address', 'hash'] as const) if (e[k] !== undefined && typeof e[k] !== 'string') return `has a "${k}" that is not a string`;
  if (!Number.isInteger(e.count) || (e.count as number) < 1) return 'has a "count" that is not a whole number of at least 1';
  return undefined;
}

/**
 * Splits sorted findings into those the baseline covers and the rest, in order. A finding whose
 * rule was renamed still matches an entry written under its former ID. `inScope` limits the stale
 * count to entries of the files this run reports on (pre-commit's file list).
 */
export function matchBaseline(
  diagnostics: readonly Diagnostic[],
  baseline: Baseline,
  sourceOf: SourceOf,
  cwd: string,
  inScope: (file: string) => boolean = () => true,
): BaselineMatch {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(keyString(e), (left.get(keyString(e)) ?? 0) + e.count);
  const fileKey = fileKeyer(baseline.file, cwd);
  const take = (key: Key) => {
    const s = keyString(key);
    const n = left.get(s) ?? 0;
    if (n === 0) return false;
    left.set(s, n - 1);
    return true;
  };
  const fresh: Diagnostic[] = [];
  const baselined: Diagnostic[] = [];
  for (const d of diagnostics) {
    const file = fileKey(d.file);
    const hit = take(keyOf(d, d.ruleId, file, sourceOf)) || (d.formerId !== undefined && take(keyOf(d, d.formerId, file, sourceOf)));
    (hit ? baselined : fresh).push(d);
  }
  const dir = path.dirname(baseline.file);
  const relToCwd = (f: string) => path.relative(cwd, path.resolve(dir, f)).split(path.sep).join('/');
  let stale = 0;
  for (const e of baseline.entries) {
    const n = left.get(keyString(e)) ?? 0;
    if (n === 0 || !inScope(relToCwd(e.file))) continue;
    stale += n;
    left.set(keyString(e), 0); // entries with one key are counted once
  }
  return { fresh, baselined, stale };
}
