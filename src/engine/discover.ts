import * as fs from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, hasMagic } from 'glob';
import { ALWAYS_SKIPPED_DIRS, classifyFile, isAgentUsersDir } from '../core/file-kinds.js';
import type { IgnoreSet } from '../config/types.js';
import type { DiscoveredFile, DiscoverProblem } from '../core/source-file.js';
import { errorText } from './fs-errors.js';

export interface DiscoverOptions {
  /** Paths, directories or globs, relative to `cwd`. */
  patterns: string[];
  cwd: string;
  ignores: IgnoreSet[];
  /** Honour `.gitignore` files, from the repository root down (default true). */
  gitignore?: boolean;
  /** How to list a folder and read a `.gitignore` (default: the file system); the cache records what discovery read (./discover-snapshot.ts). */
  readDir?: (abs: string) => readonly DirEntry[];
  /** The text of `<dir>/.gitignore`, or undefined when there is none or it cannot be read. */
  readGitignore?: (dir: string) => string | undefined;
}

/** What discovery needs of a folder entry (a Dirent, or one the cache kept). */
export type DirEntry = Pick<Dirent, 'name' | 'isDirectory' | 'isFile' | 'isSymbolicLink'>;

export interface DiscoverResult {
  files: DiscoveredFile[];
  problems: DiscoverProblem[];
  /** Patterns that matched nothing at all (a typo the user wants to hear about). */
  unmatched: string[];
}

interface Matcher {
  /** Absolute folder the patterns are relative to. */
  base: string;
  ig: Ignore;
}

/** A folder to walk: its path relative to cwd, the ignore files that apply, and its path relative to each one's folder. */
interface DirTask {
  abs: string;
  rel: string;
  matchers: Matcher[];
  /** Per matcher: the folder's path relative to the matcher's base with a trailing `/` ('' for the base itself), or null when outside it. */
  prefixes: Array<string | null>;
}

/** `path.join` for a normalised absolute folder and an entry name, without normalising again. */
const childPath = (dir: string, name: string) => (dir.endsWith(path.sep) ? dir + name : dir + path.sep + name);

/** The prefix of `dirAbs` for one matcher, computed once where a walk starts. */
function prefixAt(m: Matcher, dirAbs: string): string | null {
  const sub = toPosix(path.relative(m.base, dirAbs));
  if (sub === '') return '';
  return sub.startsWith('..') || path.isAbsolute(sub) ? null : `${sub}/`;
}

/** A subfolder's prefix from its parent's: a folder outside a matcher's base may be the base itself (a config file below the walk's start). */
function childPrefix(parent: string | null, m: Matcher, name: string, childAbs: string): string | null {
  if (parent !== null) return `${parent}${name}/`;
  return childAbs === m.base ? '' : null;
}

/** Does an ignore file that applies in `dir` exclude its entry `name`? */
function ignoredIn(dir: DirTask, name: string, isDir: boolean): boolean {
  for (let i = 0; i < dir.matchers.length; i++) {
    const prefix = dir.prefixes[i];
    if (prefix !== null && dir.matchers[i].ig.ignores(isDir ? `${prefix}${name}/` : `${prefix}${name}`)) return true;
  }
  return false;
}

const toPosix = (p: string) => p.split(path.sep).join('/');
const inside = (p: string, root: string) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

/**
 * Find every file logtail-lint reads below the given patterns. Reads no file contents.
 * Synchronous file-system calls, as in read.ts: one readdir per folder, no thread-pool hops.
 *
 * The linted tree of a pattern is cwd (or, for a pattern outside cwd, the folder it names):
 * every file's real path must stay inside it, whether it was reached by a walk, a glob or by
 * name, so no symlink, in the file or in a folder above it, leads out.
 */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = path.resolve(options.cwd);
  const useGitignore = options.gitignore !== false;
  const readDir = options.readDir ?? ((abs: string) => fs.readdirSync(abs, { withFileTypes: true }));
  const configMatchers: Matcher[] = options.ignores.filter((s) => s.patterns.length > 0).map((s) => ({ base: path.resolve(s.base), ig: ignore().add(s.patterns) }));
  const gitignores = new GitignoreChain(cwd, options.readGitignore ?? readGitignore);
  const files = new Map<string, DiscoveredFile>();
  const problems: DiscoverProblem[] = [];
  const unmatched: string[] = [];
  let candidates = 0; // files a pattern reached, counted even when an earlier pattern had them

  const rel = (abs: string) => toPosix(path.relative(cwd, abs)) || '.';
  const isIgnored = (abs: string, dir: boolean, matchers: readonly Matcher[]) =>
    matchers.some((m) => {
      const sub = toPosix(path.relative(m.base, abs));
      return sub !== '' && !sub.startsWith('..') && !path.isAbsolute(sub) && m.ig.ignores(dir ? `${sub}/` : sub);
    });
  const matchersFor = (dirAbs: string) => (useGitignore ? [...configMatchers, ...gitignores.upTo(dirAbs)] : configMatchers);
  const add = (f: DiscoveredFile) => {
    candidates++;
    if (!files.has(f.path)) files.set(f.path, f);
  };

  /**
   * The real path of `abs` when it stays inside `boundary`; else records why and returns undefined.
   * A link that dangles or loops is said too (`reportBroken`), unless only its name matters.
   */
  function realInside(abs: string, boundary: string, reportBroken = true): string | undefined {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch (err) {
      if (reportBroken) brokenLink(abs, boundary, err as NodeJS.ErrnoException);
      return undefined;
    }
    if (inside(real, boundary)) return real;
    candidates++;
    problems.push({ kind: 'symlink-outside-tree', path: rel(abs), target: real });
    return undefined;
  }

  /** A link realpath could not resolve: one that leads out (to a path missing here) is said as such; a loop or a dangling link inside is broken. */
  function brokenLink(abs: string, boundary: string, err: NodeJS.ErrnoException): void {
    let target: string;
    try {
      target = fs.readlinkSync(abs);
    } catch {
      return; // not a link: a path that vanished, nothing to say here
    }
    candidates++;
    const resolved = path.resolve(path.dirname(abs), target);
    if (err.code !== 'ELOOP' && !inside(resolved, boundary)) problems.push({ kind: 'symlink-outside-tree', path: rel(abs), target: resolved });
    else problems.push({ kind: 'broken-symlink', path: rel(abs), target, loop: err.code === 'ELOOP' });
  }

  /**
   * Walk one folder tree (its real path already checked against `boundary`). A tree named on
   * the command line is linted even when a `.gitignore` above it excludes it (a build/ folder,
   * a generated fixture tree): then only the `.gitignore` files inside it apply.
   *
   * Paths are built as the walk goes down (a folder's path relative to cwd, and relative to each
   * ignore file's folder), not with path.relative per entry: that was most of discovery's time.
   */
  function walk(startAbs: string, boundary: string): void {
    const above = useGitignore && startAbs !== gitignores.top && inside(startAbs, gitignores.top) ? gitignores.upTo(path.dirname(startAbs)) : [];
    const own = useGitignore ? gitignores.own(startAbs) : undefined;
    const startMatchers = isIgnored(startAbs, true, above) ? [...configMatchers, ...(own ? [own] : [])] : matchersFor(startAbs);
    const stack: DirTask[] = [{ abs: startAbs, rel: rel(startAbs), matchers: startMatchers, prefixes: startMatchers.map((m) => prefixAt(m, startAbs)) }];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      const { abs } = dir;
      let entries: readonly DirEntry[];
      try {
        entries = readDir(abs);
      } catch (err) {
        problems.push({ kind: 'unreadable-dir', path: dir.rel, message: errorText(err, abs) });
        continue;
      }
      const own = useGitignore && abs !== startAbs && entries.some((e) => e.name === '.gitignore' && e.isFile()) ? gitignores.own(abs) : undefined;
      const here: DirTask = own ? { ...dir, matchers: [...dir.matchers, own], prefixes: [...dir.prefixes, ''] } : dir;
      const relOf = (name: string) => (dir.rel === '.' ? name : `${dir.rel}/${name}`);
      for (const entry of entries) {
        const name = entry.name;
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRS.has(name) || ignoredIn(here, name, true)) continue;
          const entryAbs = childPath(abs, name);
          const child: DirTask = {
            abs: entryAbs,
            rel: relOf(name),
            matchers: here.matchers,
            prefixes: here.prefixes.map((p, i) => childPrefix(p, here.matchers[i], name, entryAbs)),
          };
          if (
            name === 'users' &&
            isAgentUsersDir(
              path.basename(abs),
              entries.map((e) => e.name),
            )
          )
            addUsersEntries(child, boundary);
          else stack.push(child);
        } else {
          // Files, links, and FIFOs, sockets and devices: those are listed but never opened (read.ts says why).
          const entryRel = relOf(name);
          const kind = classifyFile(entryRel);
          if (!kind || ignoredIn(here, name, false)) continue;
          const entryAbs = childPath(abs, name);
          // Linked folders are never entered (no loops, no duplicates); linked files must stay inside.
          if (entry.isSymbolicLink() && !isLinkedFileInside(entryAbs, boundary)) continue;
          add({ path: entryRel, absPath: entryAbs, kind });
        }
      }
    }
  }

  /** A link to something inside the tree that is not a folder. */
  function isLinkedFileInside(abs: string, boundary: string): boolean {
    if (!realInside(abs, boundary)) return false;
    try {
      return !fs.statSync(abs).isDirectory();
    } catch {
      return false;
    }
  }

  /** Every non-dot entry of a users/ folder is an account ID to the agent, whatever its type. */
  function addUsersEntries(dir: DirTask, boundary: string): void {
    let entries: readonly DirEntry[];
    try {
      entries = readDir(dir.abs);
    } catch (err) {
      problems.push({ kind: 'unreadable-dir', path: dir.rel, message: errorText(err, dir.abs) });
      return;
    }
    // The folder itself is a fact (an empty users/ grants nobody): record it as a directory entry.
    add({ path: dir.rel, absPath: dir.abs, kind: 'users-entry', isDirectory: true, usersDir: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = childPath(dir.abs, entry.name);
      if (ignoredIn(dir, entry.name, entry.isDirectory())) continue;
      // A link's name is the account ID; its target is never read, but one leading out is said.
      if (entry.isSymbolicLink()) realInside(abs, boundary, false);
      add({ path: `${dir.rel}/${entry.name}`, absPath: abs, kind: 'users-entry', isDirectory: entry.isDirectory() });
    }
  }

  /** A path reached by name or by a glob: checked like a walked one, ancestors' ignores included. */
  function addPath(abs: string, boundary: string): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch (err) {
      // A dangling or looping link is said; a missing path is reported as unmatched by the caller.
      brokenLink(abs, boundary, err as NodeJS.ErrnoException);
      return;
    }
    const real = realInside(abs, boundary);
    if (!real) return;
    if (stat.isDirectory()) {
      walk(abs, boundary);
      return;
    }
    // FIFOs, sockets and devices are listed like files; read.ts never opens them.
    if (isIgnored(abs, false, matchersFor(path.dirname(abs)))) return;
    const kind = classifyFile(rel(abs)) ?? usersEntryKind(abs);
    if (kind) add({ path: rel(abs), absPath: abs, kind });
  }

  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    const before = candidates;
    const boundary = treeOf(pattern, cwd);
    if (hasMagic(pattern, { windowsPathsNoEscape: true })) {
      const matches = globSync(pattern, { cwd, dot: true, follow: false, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      for (const abs of matches.sort()) addPath(abs, boundary);
    } else {
      addPath(path.resolve(cwd, pattern), boundary);
    }
    if (candidates === before) unmatched.push(pattern);
  }

  // Two patterns can reach the same link: say it once.
  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.kind}\0${p.path}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems: unique, unmatched };
}

/**
 * The real folder a pattern's files must stay in: cwd for a pattern inside it, else the folder
 * the pattern names before its first glob segment (`logtail-lint ../infra` lints that tree).
 */
function treeOf(pattern: string, cwd: string): string {
  const parts = pattern.split(/[\\/]/);
  const magic = parts.findIndex((seg) => hasMagic(seg, { windowsPathsNoEscape: true }));
  const prefix = path.resolve(cwd, (magic === -1 ? parts : parts.slice(0, magic)).join('/') || '.');
  const lexical = inside(prefix, cwd) ? cwd : prefix;
  try {
    return fs.realpathSync(lexical);
  } catch {
    return lexical;
  }
}

/** A file named directly (pre-commit passes names) that is an entry of an agent users/ folder. */
function usersEntryKind(abs: string): 'users-entry' | undefined {
  const usersDir = path.dirname(abs);
  if (path.basename(usersDir) !== 'users' || path.basename(abs).startsWith('.')) return undefined;
  const agentDir = path.dirname(usersDir);
  try {
    return isAgentUsersDir(path.basename(agentDir), fs.readdirSync(agentDir)) ? 'users-entry' : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `.gitignore` files as git applies them: from the repository root (the nearest folder above
 * with a `.git`) down to a folder. Without a repository, from cwd down. Parsed once per folder.
 */
class GitignoreChain {
  private readonly chains = new Map<string, Matcher[]>();
  private readonly owns = new Map<string, Matcher | undefined>();
  /** The repository root (or cwd): no `.gitignore` above it is read. */
  readonly top: string;

  constructor(
    cwd: string,
    private readonly read: (dir: string) => string | undefined,
  ) {
    this.top = findRepoRoot(cwd) ?? cwd;
  }

  /** Matchers of every `.gitignore` from the top down to `dir` (inclusive). */
  upTo(dir: string): Matcher[] {
    const cached = this.chains.get(dir);
    if (cached) return cached;
    const parent = path.dirname(dir);
    const above = dir === this.top || parent === dir || !inside(dir, this.top) ? [] : this.upTo(parent);
    const own = this.own(dir);
    const chain = own ? [...above, own] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  /** The matcher of `dir/.gitignore`, if it exists and can be read. */
  own(dir: string): Matcher | undefined {
    if (this.owns.has(dir)) return this.owns.get(dir);
    const text = this.read(dir);
    const matcher = text === undefined ? undefined : { base: dir, ig: ignore().add(text) };
    this.owns.set(dir, matcher);
    return matcher;
  }
}

/** `<dir>/.gitignore`, or undefined when there is none or it cannot be read (then it ignores nothing). */
export function readGitignore(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `start` with a `.git`: where `.gitignore` files start to apply. */
export function findRepoRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
