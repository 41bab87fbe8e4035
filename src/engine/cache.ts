/**
 * The lint cache (`--cache`): what each file yields (its read result, its plain facts and its
 * file-scoped findings), keyed by the file's content hash, the tool's version and build, the
 * configuration and the working directory. The pipeline (./cached-pipeline.ts) takes a file's
 * entry instead of reading and parsing it when the file is unchanged, and still builds the model
 * and runs every fleet-scoped rule over all files, so a change to one file re-checks every join.
 *
 * Unchanged means: with the `metadata` strategy (the default, as git's index and ESLint do),
 * the same size, mtime, ctime and inode as when the hash was taken, else the same content hash
 * (the file is read and hashed, and only re-parsed when the hash differs); with `content`, the
 * same hash always. A file modified within RACY_MS of the run that hashed it is re-hashed next
 * time whatever its metadata says ("racy" entries in git): a second write in the same mtime tick
 * would not show in its metadata.
 *
 * The file: a header line (format and key), a line with every file's path and metadata (one
 * JSON array, parsed at once), discovery's snapshot (./discover-snapshot.ts), the fleet-scoped
 * findings with the inputs they were computed from, one line per file with its read problems,
 * facts and findings (decoded only when used), and a last line with a checksum of all before it.
 * A run that changes a few files writes only those, to `<cache>.delta` (same layout, naming the
 * base's checksum, plus the paths removed); a delta for another base is ignored. A cache that is missing,
 * unreadable, corrupt, or written by another version, configuration or working directory is
 * ignored and rewritten, never trusted and never fatal. It is written with a temp file and a
 * rename, and only when something changed.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { readFileSync, rmSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';
import type { DiscoveredFile, DiscoverProblem, FileKind, ReadFile } from '../core/source-file.js';
import type { Facts } from '../facts/index.js';
import { writeFileAtomic } from './atomic-write.js';
import type { DiscoverResult } from './discover.js';
import { replaySnapshot, type SnapshotInputs } from './discover-snapshot.js';
import { decodePlain, encodePlain, guardFacts, NotPlainData, plainFacts } from './cache-codec.js';
import { decodeRead, lstatOf, readBytes, usersEntryRead, type ReadOptions } from './read.js';

export const CACHE_STRATEGIES = ['metadata', 'content'] as const;
export type CacheStrategy = (typeof CACHE_STRATEGIES)[number];
export const DEFAULT_CACHE_LOCATION = '.logtail-lint-cache';

const FORMAT = 3;
const RACY_MS = 2000;

/** What a cache is valid for: an entry written under another key is never used. */
export interface CacheKey {
  /** Version and build of logtail-lint (src/core/version.ts). */
  tool: string;
  /** Hash of the resolved configuration. */
  config: string;
  cwd: string;
}

/**
 * The cache file for `--cache-location` as ESLint resolves it: a folder (one that exists, or a
 * path ending with a slash) gets a file named after a hash of the working directory in it;
 * anything else is the file. Default: `.logtail-lint-cache` in the working directory.
 */
export function cacheFileFor(location: string | undefined, cwd: string): string {
  const target = path.resolve(cwd, location ?? DEFAULT_CACHE_LOCATION);
  const isFolder = location !== undefined && (/[\\/]$/.test(location) || isDirectory(target));
  return isFolder ? path.join(target, `.cache_${createHash('sha1').update(cwd).digest('hex').slice(0, 12)}`) : target;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false; // missing, or not reachable: a file to create (or fail to write, which is not fatal)
  }
}

/** One file's metadata row: path, kind, flags, size, mtimeMs, ctimeMs, ino, racy (1/0), ReadFile.size, content hash. */
type Row = [string, FileKind, number, number, number, number, number, number, number, string];
const R = { path: 0, kind: 1, flags: 2, size: 3, mtimeMs: 4, ctimeMs: 5, ino: 6, racy: 7, readSize: 8, hash: 9 } as const;

interface Entry {
  row: Row;
  /** `problems \t facts \t findings`, JSON texts ('' for none): read from the file's bytes only when used. */
  body: () => string;
}

/** What the cache has for a file: its entry (the file is unchanged), or the file read afresh. */
export type Lookup =
  | { hit: true; read: ReadFile; hash: string; facts: () => Partial<Facts>; findings: () => Diagnostic[] }
  | { hit: false; read: ReadFile; hash?: string; remember: (facts: Facts, findings: Diagnostic[]) => void };

const flagsOf = (f: DiscoveredFile) => (f.isDirectory ? 1 : 0) | (f.usersDir ? 2 : 0);
const sha1 = (data: Uint8Array | string) => createHash('sha1').update(data).digest('hex');

/** The cache file's checksum, fed in pieces: crc32 where zlib has it (Node >= 20.15; several times faster), else sha1. It names its algorithm. */
function checksummer(algorithm = typeof zlib.crc32 === 'function' ? 'crc32' : 'sha1'): { update(b: Uint8Array): void; digest(): string } {
  if (algorithm === 'crc32') {
    let crc = 0;
    return { update: (b) => void (crc = zlib.crc32(b, crc)), digest: () => `crc32:${crc}` };
  }
  const h = createHash('sha1');
  return { update: (b) => void h.update(b), digest: () => `sha1:${h.digest('hex')}` };
}

/** Lines of file bodies written per chunk when saving. */
const LINES_PER_CHUNK = 2000;
/** The delta file, beside the base: `<cache>.delta`. */
const DELTA = '.delta';
/** A delta may hold up to 1/DELTA_SHARE of the base's files; past that, the base is written again. */
const DELTA_SHARE = 8;

/** The base file as read: its checksum (what a delta names), its entries, snapshot and fleet findings. */
interface Base {
  sum: string;
  entries: ReadonlyMap<string, Entry>;
  snapshot: string;
  fleet: string;
}
/** A delta's snapshot or fleet line that is the base's. */
const SAME = '=';

/** Writes a cache file (base or delta): a header, `lines`, the bodies one per line, and `#<checksum>`. Returns the checksum. */
function writeCacheFile(file: string, header: object, lines: string, bodies: readonly string[]): string {
  let digest = '';
  writeFileAtomic(file, (write) => {
    const sum = checksummer();
    const emit = (text: string) => {
      const chunk = Buffer.from(text, 'utf8');
      sum.update(chunk);
      write(chunk);
    };
    emit(`${JSON.stringify({ logtailLintCache: FORMAT, ...header })}\n${lines}`);
    for (let i = 0; i < bodies.length; i += LINES_PER_CHUNK) emit(`${bodies.slice(i, i + LINES_PER_CHUNK).join('\n')}\n`);
    digest = sum.digest();
    write(Buffer.from(`#${digest}`, 'latin1'));
  });
  return digest;
}
/** A users/ entry's "content": what reading it gives (src/engine/read.ts usersEntryRead); its name is the path. */
const usersHash = (st: Stats) => `users:${st.isFile() ? st.size : 0}`;
const sameMeta = (st: Stats, r: Row) => st.size === r[R.size] && st.mtimeMs === r[R.mtimeMs] && st.ctimeMs === r[R.ctimeMs] && st.ino === r[R.ino];

export class LintCache {
  /** How loading went: `loaded`, `missing`, or why the file was ignored. */
  readonly status: string;
  private readonly stored: Map<string, Entry>;
  private readonly next = new Map<string, Entry>();
  /** The base file as read (without its delta), which a delta is written against. */
  private base: Base | undefined;
  /** Discovery's result as the last run recorded it (./discover-snapshot.ts), and this run's. */
  private readonly storedSnapshot: string;
  private nextSnapshot = '';
  /** The fleet-scoped findings and the signature of their inputs, as the last run left them, and this run's. */
  private readonly storedFleet: string;
  private nextFleet = '';
  private readonly startedAt = Date.now();
  private changed = false;

  private constructor(
    readonly file: string,
    readonly strategy: CacheStrategy,
    private readonly key: CacheKey,
    loaded: Loaded,
  ) {
    this.stored = loaded.entries;
    this.storedSnapshot = loaded.snapshot;
    this.storedFleet = loaded.fleet;
    this.status = loaded.status;
    this.base = loaded.base;
  }

  static open(file: string, strategy: CacheStrategy, key: CacheKey): LintCache {
    return new LintCache(file, strategy, key, load(file, key));
  }

  /** Discovery's result from the last run, when no folder it walked changed (./discover-snapshot.ts). */
  replayDiscovery(inputs: SnapshotInputs): DiscoverResult | undefined {
    // The content strategy trusts no metadata, folders' included: discovery walks every time.
    const found = this.storedSnapshot === '' || this.strategy === 'content' ? undefined : replaySnapshot(this.storedSnapshot, inputs);
    if (found) this.nextSnapshot = this.storedSnapshot;
    return found;
  }

  /** Keep what this run's discovery recorded (undefined: it cannot be replayed). */
  keepDiscovery(snapshot: string | undefined): void {
    this.nextSnapshot = snapshot ?? '';
  }

  /**
   * The fleet-scoped findings of the last run, when they were computed from exactly these
   * inputs (`signature`: every file's path, kind and content hash, and discovery's problems):
   * the model and the fleet-scoped rules are pure functions of them, so they would find the same.
   */
  fleetFindings(signature: string): Diagnostic[] | undefined {
    if (this.storedFleet === '') return undefined;
    const tab = this.storedFleet.indexOf('\t');
    if (this.storedFleet.slice(0, tab) !== signature) return undefined;
    try {
      const findings = decodePlain(this.storedFleet.slice(tab + 1)) as Diagnostic[];
      this.nextFleet = this.storedFleet;
      return findings;
    } catch {
      return undefined; // unreachable with a file this class wrote (the checksum held)
    }
  }

  keepFleetFindings(signature: string, findings: readonly Diagnostic[]): void {
    try {
      this.nextFleet = `${signature}\t${encodePlain(findings)}`;
    } catch (err) {
      if (!(err instanceof NotPlainData)) throw err;
      this.nextFleet = '';
    }
  }

  /** The file's cached result when it is unchanged; otherwise the file, read afresh, and how to remember what it yields. */
  lookup(file: DiscoveredFile, options: ReadOptions): Lookup {
    const entry = this.stored.get(file.path);
    const usable = entry && entry.row[R.kind] === file.kind && entry.row[R.flags] === flagsOf(file) ? entry : undefined;
    if (file.kind === 'users-entry') {
      const st = lstatOf(file);
      if (typeof st === 'string') return this.fresh(file, usersEntryRead(file, st), undefined, undefined);
      const hash = usersHash(st);
      if (usable && usable.row[R.hash] === hash) return this.hit(file, usable, st);
      return this.fresh(file, usersEntryRead(file, st), st, hash);
    }
    if (usable && this.strategy === 'metadata' && usable.row[R.racy] === 0) {
      const st = statSync(file.absPath, { throwIfNoEntry: false });
      if (st && sameMeta(st, usable.row)) return this.hit(file, usable, st);
    }
    const raw = readBytes(file, options);
    if (!raw.bytes) return this.fresh(file, raw.read, undefined, undefined); // too large or unreadable: nothing worth keeping
    const hash = sha1(raw.bytes);
    if (usable && usable.row[R.hash] === hash) return this.hit(file, usable, raw.stat);
    return this.fresh(file, decodeRead(file, raw), raw.stat, hash);
  }

  /** Forget a file (it was just rewritten by --fix): the next lookup reads it. */
  forget(file: string): void {
    this.stored.delete(file);
    if (this.next.delete(file)) this.changed = true;
  }

  /**
   * The entries of this run's files (others were deleted, or not linted this time), written when
   * anything changed: as a delta file beside the base (what changed since the base was written)
   * while the delta is small, else as a new base. A run that changes one file writes kilobytes,
   * not the whole cache.
   */
  save(): void {
    const same = this.next.size === this.stored.size && [...this.next.keys()].every((k) => this.stored.has(k));
    if (!this.changed && same && this.nextSnapshot === this.storedSnapshot && this.nextFleet === this.storedFleet) return;
    const base = this.base;
    const changed = base ? [...this.next.values()].filter((e) => base.entries.get(e.row[R.path]) !== e) : [];
    const removed = base ? [...base.entries.keys()].filter((p) => !this.next.has(p)) : [];
    if (base && changed.length + removed.length <= base.entries.size / DELTA_SHARE) {
      // The snapshot and the fleet findings are written again only when they changed.
      const [snapshot, fleet] = [this.nextSnapshot === base.snapshot ? SAME : this.nextSnapshot, this.nextFleet === base.fleet ? SAME : this.nextFleet];
      const delta = `${JSON.stringify(changed.map((e) => e.row))}\n${JSON.stringify(removed)}\n${snapshot}\n${fleet}\n`;
      writeCacheFile(
        `${this.file}${DELTA}`,
        { ...this.key, base: base.sum },
        delta,
        changed.map((e) => e.body()),
      );
    } else {
      const rows: Row[] = [];
      const bodies: string[] = [];
      for (const e of this.next.values()) {
        rows.push(e.row);
        bodies.push(e.body());
      }
      const sum = writeCacheFile(this.file, this.key, `${JSON.stringify(rows)}\n${this.nextSnapshot}\n${this.nextFleet}\n`, bodies);
      // A delta left behind names the old base: it would be ignored, but it is no use either.
      rmSync(`${this.file}${DELTA}`, { force: true });
      this.base = { sum, entries: new Map(this.next), snapshot: this.nextSnapshot, fleet: this.nextFleet };
    }
    this.stored.clear();
    for (const [p, e] of this.next) this.stored.set(p, e);
    this.changed = false;
  }

  private isRacy(st: Stats): boolean {
    return st.mtimeMs >= this.startedAt - RACY_MS || st.ctimeMs >= this.startedAt - RACY_MS;
  }

  private hit(file: DiscoveredFile, entry: Entry, st: Stats): Lookup {
    const row = entry.row;
    const racy = this.isRacy(st) ? 1 : 0;
    if (sameMeta(st, row) && racy === row[R.racy]) {
      this.next.set(file.path, entry);
    } else {
      this.changed = true;
      const moved: Row = [row[R.path], row[R.kind], row[R.flags], st.size, st.mtimeMs, st.ctimeMs, st.ino, racy, row[R.readSize], row[R.hash]];
      this.next.set(file.path, { row: moved, body: entry.body });
    }
    // The body was written by this class and the checksum held, so it decodes.
    const body = entry.body();
    const t1 = body.indexOf('\t');
    const t2 = body.indexOf('\t', t1 + 1);
    const problems = t1 === 0 ? [] : (JSON.parse(body.slice(0, t1)) as ReadFile['problems']);
    return {
      hit: true,
      read: { file, size: row[R.readSize], problems },
      hash: row[R.hash],
      facts: () => (t2 === t1 + 1 ? {} : guardFacts(decodePlain(body.slice(t1 + 1, t2)) as Partial<Facts>)),
      findings: () => (t2 === body.length - 1 ? [] : (decodePlain(body.slice(t2 + 1)) as Diagnostic[])),
    };
  }

  private fresh(file: DiscoveredFile, read: ReadFile, st: Stats | undefined, hash: string | undefined): Lookup {
    return {
      hit: false,
      read,
      hash,
      remember: (facts, findings) => {
        if (!st || hash === undefined) return;
        try {
          const plain = plainFacts(facts);
          const row: Row = [file.path, file.kind, flagsOf(file), st.size, st.mtimeMs, st.ctimeMs, st.ino, this.isRacy(st) ? 1 : 0, read.size, hash];
          const problems = read.problems.length === 0 ? '' : JSON.stringify(read.problems);
          const kept = Object.keys(plain).length === 0 ? '' : encodePlain(plain);
          const body = `${problems}\t${kept}\t${findings.length === 0 ? '' : encodePlain(findings)}`;
          this.next.set(file.path, { row, body: () => body });
          this.changed = true;
        } catch (err) {
          if (!(err instanceof NotPlainData)) throw err; // a fact that cannot be kept: the file is read again next time
        }
      },
    };
  }
}

/**
 * What the fleet-scoped findings are computed from: every file's path, kind, flags and content
 * hash, in order, and what discovery could not walk; undefined when a file has no hash (it was
 * too large or unreadable: such files are read, and the fleet rules run, every time).
 */
export function fleetSignature(files: ReadonlyArray<{ file: DiscoveredFile; hash?: string }>, problems: readonly DiscoverProblem[]): string | undefined {
  const parts: string[] = [];
  for (const { file, hash } of files) {
    if (hash === undefined) return undefined;
    parts.push(`${file.path}\0${file.kind}\0${flagsOf(file)}\0${hash}\n`);
  }
  parts.push(JSON.stringify(problems));
  return sha1(parts.join(''));
}

interface Loaded {
  entries: Map<string, Entry>;
  snapshot: string;
  fleet: string;
  status: string;
  base?: Base;
}

/** A cache file's lines after its header, once its header and checksum are good; else why not. */
function readCacheFile(file: string, check: (header: Record<string, unknown>) => string | undefined): { line: (i: number) => string; count: number; sum: string } | string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'missing' : `unreadable (${code ?? err})`;
  }
  try {
    const nl = buf.indexOf(10);
    const header = JSON.parse(buf.toString('utf8', 0, nl === -1 ? buf.length : nl)) as Record<string, unknown>;
    if (header.logtailLintCache !== FORMAT) return 'ignored: another cache format';
    const wrong = check(header);
    if (wrong) return wrong;
    const last = buf.lastIndexOf(10);
    const trailer = buf.toString('latin1', last + 1);
    if (last < nl || trailer[0] !== '#') return 'ignored: corrupt (checksum)';
    const sum = checksummer(trailer.slice(1, trailer.indexOf(':')));
    sum.update(buf.subarray(0, last + 1));
    const digest = sum.digest();
    if (`#${digest}` !== trailer) return 'ignored: corrupt (checksum)';
    const ends: number[] = [];
    for (let at = buf.indexOf(10, nl + 1); at !== -1 && at <= last; at = buf.indexOf(10, at + 1)) ends.push(at);
    return { line: (i) => buf.toString('utf8', i === 0 ? nl + 1 : ends[i - 1] + 1, ends[i]), count: ends.length, sum: digest };
  } catch {
    return 'ignored: corrupt';
  }
}

function entriesOf(rows: unknown, line: (i: number) => string, first: number, into: Map<string, Entry>): void {
  if (!Array.isArray(rows)) throw new Error('bad rows');
  rows.forEach((row: Row, i) => {
    if (!Array.isArray(row) || row.length !== 10 || typeof row[R.path] !== 'string' || typeof row[R.hash] !== 'string') throw new Error('bad row');
    let body: string | undefined;
    into.set(row[R.path], { row, body: () => (body ??= line(first + i)) });
  });
}

function load(file: string, key: CacheKey): Loaded {
  const none = (status: string): Loaded => ({ entries: new Map(), snapshot: '', fleet: '', status });
  const forKey = (header: Record<string, unknown>) => {
    for (const k of ['tool', 'config', 'cwd'] as const) {
      if (header[k] !== key[k]) return `ignored: written for another ${k === 'tool' ? 'version' : k === 'config' ? 'configuration' : 'working directory'}`;
    }
    return undefined;
  };
  // The base: rows, snapshot, fleet findings, one line per file.
  const b = readCacheFile(file, forKey);
  if (typeof b === 'string') return none(b);
  let loaded: Loaded;
  try {
    const rows = JSON.parse(b.line(0)) as Row[];
    if (!Array.isArray(rows) || b.count !== rows.length + 3) throw new Error('bad cache');
    const entries = new Map<string, Entry>();
    entriesOf(rows, b.line, 3, entries);
    const [snapshot, fleet] = [b.line(1), b.line(2)];
    loaded = { entries, snapshot, fleet, status: 'loaded', base: { sum: b.sum, entries: new Map(entries), snapshot, fleet } };
  } catch {
    return none('ignored: corrupt');
  }
  // The delta, when it was written against this base: changed rows, removed paths, snapshot, fleet findings, one line per changed file.
  const d = readCacheFile(`${file}${DELTA}`, (header) => forKey(header) ?? (header.base === b.sum ? undefined : 'ignored: another base'));
  if (typeof d === 'string') return loaded;
  try {
    const rows = JSON.parse(d.line(0)) as Row[];
    const removed = JSON.parse(d.line(1)) as unknown;
    if (!Array.isArray(rows) || !Array.isArray(removed) || d.count !== rows.length + 4) throw new Error('bad delta');
    const entries = new Map(loaded.entries);
    for (const p of removed) entries.delete(String(p));
    entriesOf(rows, d.line, 4, entries);
    const [snapshot, fleet] = [d.line(2), d.line(3)];
    return { ...loaded, entries, snapshot: snapshot === SAME ? loaded.snapshot : snapshot, fleet: fleet === SAME ? loaded.fleet : fleet };
  } catch {
    return loaded; // a broken delta is ignored: the base alone is a consistent (older) cache
  }
}
