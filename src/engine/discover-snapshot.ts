/**
 * Discovery's result, kept by the cache so that a run in which no folder changed does not walk
 * the tree again (git's "untracked cache" does the same). What discovery finds depends only on
 * the folders' entries (an entry added, removed or renamed changes its folder's mtime and ctime),
 * the `.gitignore` files it read, the repository root they start from, the real paths of the
 * folders linted, and the inputs (patterns, ignores, gitignore on or off, cwd). A snapshot
 * records all of them; replaying it stats every folder it walked, reads each `.gitignore` again,
 * and gives the recorded files only when everything is as it was.
 *
 * Only plain walks are recorded: folders named on the command line (no globs, no single files),
 * no symbolic link anywhere (whether a link stays inside the tree depends on its target, not on
 * its folder), and no problem (an unreadable folder). Anything else is walked every time.
 */
import * as fs from 'node:fs';
import path from 'node:path';
import { hasMagic } from 'glob';
import type { DiscoveredFile, FileKind } from '../core/source-file.js';
import type { IgnoreSet } from '../config/types.js';
import { findRepoRoot, readGitignore, type DirEntry, type DiscoverResult } from './discover.js';

/** A folder modified this close to the run that listed it may change again within the same mtime tick. */
const RACY_MS = 2000;

export interface SnapshotInputs {
  cwd: string;
  patterns: readonly string[];
  ignores: readonly IgnoreSet[];
  gitignore: boolean;
}

interface Snapshot {
  inputs: string;
  root: string | null;
  /** Each pattern's folder and its real path. */
  starts: Array<[string, string]>;
  /** Folders walked: path relative to cwd ('' for cwd itself), mtimeMs, ctimeMs, ino. */
  dirs: Array<[string, number, number, number]>;
  /** `.gitignore` files read (or looked for: null). */
  gitignores: Array<[string, string | null]>;
  kinds: FileKind[];
  /** Files found, in order: index of their folder in `dirs`, name, index in `kinds`, flags (1: a folder in users/, 2: the users/ folder itself). */
  files: Array<[number, string, number, number]>;
}

const toPosix = (p: string) => (path.sep === '/' ? p : p.split(path.sep).join('/'));
const relOf = (cwd: string, abs: string) => (abs === cwd ? '' : abs.startsWith(cwd + path.sep) ? toPosix(abs.slice(cwd.length + 1)) : toPosix(path.relative(cwd, abs))); // most folders are below cwd: no path.relative
const absOf = (cwd: string, rel: string) =>
  rel === '' ? cwd : rel === '..' || rel.startsWith('../') ? path.resolve(cwd, rel) : `${cwd}${path.sep}${path.sep === '/' ? rel : rel.replaceAll('/', path.sep)}`;

const inputsKey = (i: SnapshotInputs) => JSON.stringify([i.cwd, i.patterns, i.ignores, i.gitignore]);
const startsOf = (i: SnapshotInputs): Array<[string, string]> | undefined => {
  // cwd's real path is the boundary links must stay in (discover.ts treeOf).
  const starts: Array<[string, string]> = [[i.cwd, fs.realpathSync(i.cwd)]];
  for (const p of i.patterns.length > 0 ? i.patterns : ['.']) {
    const abs = path.resolve(i.cwd, p);
    if (hasMagic(p, { windowsPathsNoEscape: true }) || fs.statSync(abs, { throwIfNoEntry: false })?.isDirectory() !== true) return undefined;
    starts.push([abs, fs.realpathSync(abs)]);
  }
  return starts;
};

/** Records what one discovery reads (pass its hooks to discover()), and makes a snapshot of it. */
export class DiscoveryRecorder {
  private readonly dirs: Snapshot['dirs'] = [];
  private readonly gitignores: Snapshot['gitignores'] = [];
  private plain = true;
  private readonly startedAt = Date.now();

  readonly readDir = (abs: string): readonly DirEntry[] => {
    let entries: fs.Dirent[];
    try {
      // Statted first: a listing is never older than the metadata recorded with it.
      const st = fs.statSync(abs);
      entries = fs.readdirSync(abs, { withFileTypes: true });
      if (st.mtimeMs >= this.startedAt - RACY_MS || st.ctimeMs >= this.startedAt - RACY_MS) this.plain = false;
      this.dirs.push([abs, st.mtimeMs, st.ctimeMs, st.ino]);
    } catch (err) {
      this.plain = false;
      throw err;
    }
    if (entries.some((e) => e.isSymbolicLink())) this.plain = false;
    return entries;
  };

  readonly readGitignore = (dir: string): string | undefined => {
    const text = readGitignore(dir);
    this.gitignores.push([dir, text ?? null]);
    return text;
  };

  /** The snapshot as text, or undefined when this discovery cannot be replayed (see above). */
  snapshot(inputs: SnapshotInputs, result: DiscoverResult): string | undefined {
    const starts = this.plain && result.problems.length === 0 && result.unmatched.length === 0 ? startsOf(inputs) : undefined;
    if (!starts) return undefined;
    const dirs: Snapshot['dirs'] = this.dirs.map(([abs, ...meta]) => [relOf(inputs.cwd, abs), ...meta]);
    const dirIndex = new Map(dirs.map(([rel], i) => [rel, i]));
    const kinds: FileKind[] = [];
    const files: Snapshot['files'] = [];
    for (const f of result.files) {
      const slash = f.path.lastIndexOf('/');
      const dir = dirIndex.get(slash === -1 ? '' : f.path.slice(0, slash));
      if (dir === undefined) return undefined; // a file of a folder discovery did not list: not a plain walk
      if (!kinds.includes(f.kind)) kinds.push(f.kind);
      files.push([dir, f.path.slice(slash + 1), kinds.indexOf(f.kind), (f.isDirectory ? 1 : 0) | (f.usersDir ? 2 : 0)]);
    }
    const snap: Snapshot = { inputs: inputsKey(inputs), root: findRepoRoot(inputs.cwd) ?? null, starts, dirs, gitignores: this.gitignores, kinds, files };
    return JSON.stringify(snap);
  }
}

const childPath = (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/** The recorded result when nothing it depends on changed; undefined otherwise (then discovery walks). */
export function replaySnapshot(text: string, inputs: SnapshotInputs): DiscoverResult | undefined {
  let snap: Snapshot;
  try {
    snap = JSON.parse(text) as Snapshot;
  } catch {
    return undefined;
  }
  if (snap.inputs !== inputsKey(inputs) || snap.root !== (findRepoRoot(inputs.cwd) ?? null)) return undefined;
  if (JSON.stringify(startsOf(inputs)) !== JSON.stringify(snap.starts)) return undefined;
  const { cwd } = inputs;
  const dirAbs: string[] = [];
  for (const [rel, mtimeMs, ctimeMs, ino] of snap.dirs) {
    const abs = absOf(cwd, rel);
    const st = fs.statSync(abs, { throwIfNoEntry: false });
    if (!st || st.mtimeMs !== mtimeMs || st.ctimeMs !== ctimeMs || st.ino !== ino) return undefined;
    dirAbs.push(abs);
  }
  for (const [dir, text] of snap.gitignores) if ((readGitignore(dir) ?? null) !== text) return undefined;
  // As discovery makes them: a walked users/ entry always says whether it is a folder.
  const files: DiscoveredFile[] = snap.files.map(([dir, name, k, flags]) => {
    const rel = snap.dirs[dir][0];
    const kind = snap.kinds[k];
    const f: DiscoveredFile = { path: rel === '' ? name : `${rel}/${name}`, absPath: childPath(dirAbs[dir], name), kind };
    if (kind === 'users-entry') f.isDirectory = (flags & 1) !== 0;
    if (flags & 2) f.usersDir = true;
    return f;
  });
  return { files, problems: [], unmatched: [] };
}
