import * as fs from 'node:fs';
import type { Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync, hasMagic } from 'glob';
import { ALWAYS_SKIPPED_DIRS, classifyFile, isAgentUsersDir } from './file-kinds.js';
import type { DiscoveredFile } from './source-file.js';

export interface DiscoverOptions {
  /** Paths, directories or globs, relative to `cwd`. */
  patterns: string[];
  cwd: string;
  /** gitignore-style patterns relative to `cwd` (config `ignores`, `--ignore-pattern`). */
  ignores: string[];
  /** Honour `.gitignore` files met on the way down (default true). */
  gitignore?: boolean;
}

export interface DiscoverProblem {
  kind: 'symlink-outside-tree';
  path: string;
  target: string;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  problems: DiscoverProblem[];
  /** Patterns that matched nothing at all (a typo the user wants to hear about). */
  unmatched: string[];
}

interface Matcher {
  /** Folder the patterns are relative to, `/`-separated, relative to cwd ('' = cwd). */
  base: string;
  ig: Ignore;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/**
 * Find every file logtail-lint reads below the given patterns. Reads no file contents.
 * Synchronous file-system calls, as in read.ts: one readdir per folder, no thread-pool hops.
 */
export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = path.resolve(options.cwd);
  const useGitignore = options.gitignore !== false;
  const rootMatchers: Matcher[] = [];
  if (options.ignores.length > 0) rootMatchers.push({ base: '', ig: ignore().add(options.ignores) });
  const files = new Map<string, DiscoveredFile>();
  const problems: DiscoverProblem[] = [];
  const unmatched: string[] = [];

  const isIgnored = (rel: string, dir: boolean, matchers: readonly Matcher[]) => {
    for (const m of matchers) {
      if (m.base !== '' && !rel.startsWith(m.base + '/')) continue;
      const sub = m.base === '' ? rel : rel.slice(m.base.length + 1);
      if (sub === '' || sub.startsWith('../')) continue;
      if (m.ig.ignores(dir ? sub + '/' : sub)) return true;
    }
    return false;
  };

  const add = (f: DiscoveredFile) => {
    if (!files.has(f.path)) files.set(f.path, f);
  };

  /** Walk one tree; `boundary` is the real path no symlink may leave. */
  function walk(startAbs: string, boundary: string, inherited: Matcher[]): void {
    const stack: Array<{ abs: string; matchers: Matcher[] }> = [{ abs: startAbs, matchers: inherited }];
    while (stack.length > 0) {
      const { abs, matchers: parentMatchers } = stack.pop()!;
      let entries: Dirent[];
      try {
        entries = fs.readdirSync(abs, { withFileTypes: true });
      } catch {
        continue; // unreadable folder: nothing to lint in it
      }
      const relDir = toPosix(path.relative(cwd, abs));
      let matchers = parentMatchers;
      if (useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
        try {
          const text = fs.readFileSync(path.join(abs, '.gitignore'), 'utf8');
          matchers = [...parentMatchers, { base: relDir, ig: ignore().add(text) }];
        } catch {
          /* an unreadable .gitignore ignores nothing */
        }
      }
      const names = entries.map((e) => e.name);
      const parentName = path.basename(abs);
      for (const entry of entries) {
        const entryAbs = path.join(abs, entry.name);
        const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (ALWAYS_SKIPPED_DIRS.has(entry.name) || isIgnored(rel, true, matchers)) continue;
          if (entry.name === 'users' && isAgentUsersDir(parentName, names)) {
            addUsersEntries(entryAbs, rel, boundary, matchers);
            continue;
          }
          stack.push({ abs: entryAbs, matchers });
        } else if (entry.isFile() || entry.isSymbolicLink()) {
          if (isIgnored(rel, false, matchers)) continue;
          const kind = classifyFile(rel);
          if (!kind) continue;
          if (entry.isSymbolicLink() && !linkStaysInside(entryAbs, rel, boundary, true)) continue;
          add({ path: rel, absPath: entryAbs, kind });
        }
      }
    }
  }

  /** Every non-dot entry of a users/ folder is an account ID to the agent, whatever its type. */
  function addUsersEntries(dirAbs: string, relDir: string, boundary: string, matchers: Matcher[]): void {
    let entries: Dirent[];
    try {
      entries = fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch {
      return;
    }
    // The folder itself is a fact (an empty users/ grants nobody): record it as a directory entry.
    add({ path: relDir, absPath: dirAbs, kind: 'users-entry', isDirectory: true, usersDir: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = `${relDir}/${entry.name}`;
      if (isIgnored(rel, entry.isDirectory(), matchers)) continue;
      const abs = path.join(dirAbs, entry.name);
      if (entry.isSymbolicLink()) linkStaysInside(abs, rel, boundary, false);
      add({ path: rel, absPath: abs, kind: 'users-entry', isDirectory: entry.isDirectory() });
    }
  }

  /** True when a symlink resolves inside the tree; records a problem when it points out. */
  function linkStaysInside(abs: string, rel: string, boundary: string, mustBeFile: boolean): boolean {
    let target: string;
    try {
      target = fs.realpathSync(abs);
    } catch {
      return false; // dangling link: nothing to read
    }
    if (target !== boundary && !target.startsWith(boundary + path.sep)) {
      problems.push({ kind: 'symlink-outside-tree', path: rel, target });
      return false;
    }
    if (!mustBeFile) return true;
    try {
      return fs.statSync(abs).isFile();
    } catch {
      return false;
    }
  }

  const cwdReal = realpathOr(cwd);
  for (const pattern of options.patterns.length > 0 ? options.patterns : ['.']) {
    const before = files.size;
    if (hasMagic(pattern, { windowsPathsNoEscape: true })) {
      const matches = globSync(pattern, {
        cwd,
        dot: true,
        follow: false,
        absolute: true,
        ignore: ['**/node_modules/**', '**/.git/**'],
      });
      for (const abs of matches.sort()) addPath(abs, cwdReal);
    } else {
      addPath(path.resolve(cwd, pattern), cwdReal, pattern);
    }
    if (files.size === before && !problems.some((p) => p.path.startsWith(pattern))) unmatched.push(pattern);
  }

  function addPath(abs: string, defaultBoundary: string, original?: string): void {
    let stat;
    try {
      stat = fs.lstatSync(abs);
    } catch {
      return; // reported as unmatched by the caller
    }
    const rel = toPosix(path.relative(cwd, abs)) || '.';
    if (stat.isDirectory()) {
      if (rel !== '.' && isIgnored(rel, true, rootMatchers)) return;
      const real = realpathOr(abs);
      // A directory named on the command line is its own tree: links may not leave it.
      walk(abs, original !== undefined ? real : defaultBoundary, rootMatchers);
      return;
    }
    if (isIgnored(rel, false, rootMatchers)) return;
    const kind = classifyFile(rel) ?? usersEntryKind(rel);
    if (!kind) return;
    if (stat.isSymbolicLink() && !linkStaysInside(abs, rel, defaultBoundary, true)) return;
    add({ path: rel, absPath: abs, kind });
  }

  return { files: [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), problems, unmatched };
}

/** A file named directly (pre-commit passes names) that sits in an agent users/ folder. */
function usersEntryKind(rel: string): 'users-entry' | undefined {
  const parts = rel.split('/');
  if (parts.length >= 2 && parts[parts.length - 2] === 'users' && !parts[parts.length - 1].startsWith('.')) {
    return 'users-entry';
  }
  return undefined;
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
