import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { errorText, notRegular } from './fs-errors.js';
import { SourceFile, type DiscoveredFile, type FileKind, type ReadFile, type ReadProblem, type ReadStat } from '../core/source-file.js';
import { emptyFacts, type Facts } from '../facts/index.js';
import type { FileReader, TextFile } from '../readers/index.js';

export interface ReadOptions {
  maxFileSize: number;
}

// ignoreBOM: the BOM is taken off by hand below, so a second one stays in the text (and --fix keeps it).
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Read every discovered file once, one open file at a time. Synchronous on purpose: a lint run
 * has nothing else to do meanwhile, and the promise API's thread-pool round trips (open, stat,
 * read, close per file) left the process idle half the time at 10k files (bench/README.md).
 */
export function readAll(files: readonly DiscoveredFile[], options: ReadOptions): ReadFile[] {
  return files.map((f) => readOne(f, options));
}

export function readOne(file: DiscoveredFile, options: ReadOptions): ReadFile {
  if (file.kind === 'users-entry') return readUsersEntry(file);
  const raw = readBytes(file, options);
  return raw.bytes ? decodeRead(file, raw) : raw.read;
}

/** The text of bytes read, with the stat `--fix` checks before it writes over the file. */
export function decodeRead(file: DiscoveredFile, raw: { bytes: Uint8Array; stat: Stats }): ReadFile {
  const { stat } = raw;
  return {
    ...decode(file, raw.bytes),
    stat: { dev: stat.dev, ino: stat.ino, size: stat.size, mtimeMs: stat.mtimeMs, mode: stat.mode, uid: stat.uid, gid: stat.gid, nlink: stat.nlink } satisfies ReadStat,
  };
}

const REGULAR_ONLY = 'logtail-lint reads regular files only; add it to "ignores" in .logtail-lint.json.';

/** What reading a file's bytes gave: the bytes and the file's stat, or the ReadFile of a file that is not read (too large, unreadable). */
export type RawRead = { bytes: Uint8Array; stat: Stats; read?: undefined } | { bytes?: undefined; stat?: Stats; read: ReadFile };

/** Open, stat and read one file (not a users/ entry); the cache (./cache.ts) hashes the bytes before decoding them. */
export function readBytes(file: DiscoveredFile, options: ReadOptions): RawRead {
  let fd: number | undefined;
  try {
    // Only a regular file is opened: opening a FIFO waits for a writer forever, a device may act.
    const special = notRegular(statSync(file.absPath));
    if (special) return { read: unreadable(file, `a ${special}, not a regular file`, REGULAR_ONLY) };
    // O_NONBLOCK: a file swapped for a FIFO since the stat still cannot block the run.
    fd = openSync(file.absPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const stat = fstatSync(fd);
    const swapped = notRegular(stat);
    if (swapped) return { read: unreadable(file, `a ${swapped}, not a regular file`, REGULAR_ONLY) };
    const { size } = stat;
    if (size > options.maxFileSize) {
      return { stat, read: { file, size, problems: [{ kind: 'too-large', size, limit: options.maxFileSize }] } };
    }
    return { bytes: readExactly(fd, size), stat };
  } catch (err) {
    return { read: unreadable(file, errorText(err, file.absPath)) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unreadable(file: DiscoveredFile, message: string, advice?: string): ReadFile {
  return { file, size: 0, problems: [{ kind: 'unreadable', message, ...(advice ? { advice } : {}) }] };
}

/** Read `size` bytes (fewer if the file shrank meanwhile; a file that grew is read to `size`). */
function readExactly(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/** Turn bytes into a SourceFile, recording binary content and invalid UTF-8 as problems. */
export function decode(file: DiscoveredFile, bytes: Uint8Array): ReadFile {
  const size = bytes.length;
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { file, size, problems: [{ kind: 'binary', offset: nul }] };
  const hasBom = size >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const problems: ReadProblem[] = [];
  let text: string;
  try {
    // The BOM stays in the text (as U+FEFF) so positions match what the agent sees.
    text = utf8Strict.decode(bytes.subarray(hasBom ? 3 : 0));
    if (hasBom) text = '\uFEFF' + text;
  } catch {
    text = utf8Lenient.decode(bytes);
    const offset = firstInvalidUtf8(bytes);
    // Everything before the first invalid byte is valid UTF-8: decoding it gives the exact offset.
    problems.push({ kind: 'not-utf8', offset, charOffset: utf8Lenient.decode(bytes.subarray(0, offset)).length });
  }
  return { file, size, problems, source: new SourceFile(file, text, hasBom) };
}

function readUsersEntry(file: DiscoveredFile): ReadFile {
  return usersEntryRead(file, lstatOf(file));
}

/** The lstat of a users/ entry (its name is what the agent reads), or the error code. */
export function lstatOf(file: DiscoveredFile): Stats | string {
  try {
    return lstatSync(file.absPath);
  } catch (err) {
    return errorText(err, file.absPath);
  }
}

export function usersEntryRead(file: DiscoveredFile, st: Stats | string): ReadFile {
  if (typeof st === 'string') return unreadable(file, st);
  return { file, size: st.isFile() ? st.size : 0, problems: [], source: new SourceFile(file, '', false) };
}

/**
 * Byte offset of the first invalid UTF-8 sequence (for the diagnostic's position), by the same
 * rules as the decoder: no overlong forms (C0, C1, E0 80-9F, F0 80-8F), no surrogates (ED A0-BF)
 * and nothing past U+10FFFF (F4 90-BF, F5-FF). Checking only the continuation bytes' shape missed
 * those, and put the finding past the end of the file (found by npm run fuzz).
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : (b & 0xf0) === 0xe0 ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (len > 1 && !(bytes[i + 1] >= lo && bytes[i + 1] <= hi)) return i;
    for (let k = 2; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

// ---------------------------------------------------------------- text → facts

/** A reader that threw on a file: a logtail-lint bug. The run goes on without that reader's facts of that file. */
export interface ReaderFailure {
  reader: string;
  file: string;
  error: Error;
}

/**
 * The readers by file kind, loaded on the first file that needs one: a warm `--cache` run with no
 * file changed never loads the parsers (yaml alone is a quarter of a megabyte of code).
 */
let readersByKind: Map<FileKind, FileReader[]> | undefined;
async function loadReaders(): Promise<Map<FileKind, FileReader[]>> {
  const { FILE_READERS } = await import('../readers/index.js');
  const byKind = new Map<FileKind, FileReader[]>();
  for (const r of FILE_READERS) for (const k of r.kinds) byKind.set(k, [...(byKind.get(k) ?? []), r]);
  return byKind;
}

/**
 * Hand every text file to the readers of its kind (src/readers/index.ts). A reader that throws is
 * contained like a rule that throws: what it had added for that file is taken back, the failure
 * is recorded (the run exits 2) and every other file and reader still runs.
 */
export async function readFacts(files: readonly ReadFile[]): Promise<{ facts: Facts; readerFailures: ReaderFailure[] }> {
  const facts = emptyFacts();
  const readerFailures: ReaderFailure[] = [];
  for (const f of files) await readFileFacts(f, facts, readerFailures);
  return { facts, readerFailures };
}

/** One file's facts, added to `facts` (what readFacts does per file; the cache keeps them per file). */
export async function readFileFacts(f: ReadFile, facts: Facts, readerFailures: ReaderFailure[]): Promise<void> {
  // Files that never became text (too large, binary, unreadable) are only reported by file/* rules.
  if (!f.source) return;
  const lists = Object.values(facts) as unknown[][];
  readersByKind ??= await loadReaders();
  for (const reader of readersByKind.get(f.file.kind) ?? []) {
    if (reader.sniff && !reader.sniff.test(f.source.text)) continue;
    const lengths = lists.map((l) => l.length);
    try {
      await reader.read(f as TextFile, facts);
    } catch (err) {
      lists.forEach((l, i) => (l.length = lengths[i]));
      readerFailures.push({ reader: reader.name, file: f.file.path, error: err instanceof Error ? err : new Error(String(err)) });
    }
  }
}
