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
}

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
  const configMatchers: Matcher[] = options.ignores.filter((s) => s.patterns.length > 0).map((s) => ({ base: path.resolve(s.base), ig: ignore().add(s.patterns) }));
  const gitignores = new GitignoreChain(cwd);
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
   */
  function walk(startAbs: string, boundary: string): void {
    const above = useGitignore && startAbs !== gitignores.top && inside(startAbs, gitignores.top) ? gitignores.upTo(path.dirname(startAbs)) : [];
    const own = useGitignore ? gitignores.own(startAbs) : undefined;
    const startMatchers = isIgnored(startAbs, true, above) ? [...configMatchers, ...(own ? [own] : [])] : matchersFor(startAbs);
    const stack: Array<{ abs: string; matchers: Matcher[] }> = [{ abs: startAbs, matchers: startMatchers }];
    while (stack.length > 0) {
      const { abs, matchers: parentMatchers } = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = fs.readdirSync(abs, { withFileTypes: true });
      } catch (err) {
        problems.push({ kind: 'unreadable-dir', path: rel(abs), message: errorText(err, abs) });
        continue;
      }
      const own = useGitignore && abs !== startAbs && entries.some((e) => e.name === '.gitignore' && e.isFile()) ? gitignores.own(abs) : undefined;
      const matchers = own ? [...parentMatchers, own] : parentMatchers;
      const names = entries.map((e) => e.name);
      for (const entry of entries) {
        const entryAbs = path.join(abs, entry.name);
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(entryAbs, true, matchers)) continue;
          if (entry.name === 'users' && isAgentUsersDir(path.basename(abs), names)) addUsersEntries(entryAbs, boundary, matchers);
          else stack.push({ abs: entryAbs, matchers });
        } else {
          // Files, links, and FIFOs, sockets and devices: those are listed but never opened (read.ts says why).
          if (isIgnored(entryAbs, false, matchers)) continue;
          const kind = classifyFile(rel(entryAbs));
          // Linked folders are never entered (no loops, no duplicates); linked files must stay inside.
          if (!kind || (entry.isSymbolicLink() && !isLinkedFileInside(entryAbs, boundary))) continue;
          add({ path: rel(entryAbs), absPath: entryAbs, kind });
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
  function addUsersEntries(dirAbs: string, boundary: string, matchers: readonly Matcher[]): void {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch (err) {
      problems.push({ kind: 'unreadable-dir', path: rel(dirAbs), message: errorText(err, dirAbs) });
      return;
    }
    // The folder itself is a fact (an empty users/ grants nobody): record it as a directory entry.
    add({ path: rel(dirAbs), absPath: dirAbs, kind: 'users-entry', isDirectory: true, usersDir: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const abs = path.join(dirAbs, entry.name);
      if (isIgnored(abs, entry.isDirectory(), matchers)) continue;
      // A link's name is the account ID; its target is never read, but one leading out is said.
      if (entry.isSymbolicLink()) realInside(abs, boundary, false);
      add({ path: rel(abs), absPath: abs, kind: 'users-entry', isDirectory: entry.isDirectory() });
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

  constructor(cwd: string) {
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
    let matcher: Matcher | undefined;
    try {
      matcher = { base: dir, ig: ignore().add(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')) };
    } catch {
      matcher = undefined; // none, or unreadable: ignores nothing
    }
    this.owns.set(dir, matcher);
    return matcher;
  }
}

function findRepoRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}
