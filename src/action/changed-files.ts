/**
 * `only-changed`: which files does the pull request change? The event payload names the base
 * and head commits but lists no files, and the Action makes no network calls, so the answer
 * comes from git in the checkout, when the commits are there (actions/checkout with
 * `fetch-depth: 0`, or `fetch-depth: 2` for the pull request's merge commit).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export type ChangedFiles = { ok: true; files: Set<string>; how: string } | { ok: false; reason: string };

/** What the payload holds is not trusted: any field may be missing or of any type. */
interface EventPayload {
  pull_request?: { base?: { sha?: unknown }; head?: { sha?: unknown } };
  before?: unknown;
  after?: unknown;
}

const ZERO_SHA = /^0+$/;

/**
 * A commit ID as the event payload gives it (SHA-1 or SHA-256 hex). Anything else from the payload
 * is never handed to git: no option (`--output=…`), no revision syntax (`HEAD~1`, `@{…}`), no path.
 */
export const isCommitId = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value);

/** git with an argument array (no shell), so no value from the payload or the repository is ever parsed as shell. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    // safe.directory: in container jobs the checkout belongs to another user.
    return execFileSync('git', ['-c', 'safe.directory=*', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

// --end-of-options before every revision: even a checked commit ID is never read as an option.
const hasCommit = (cwd: string, sha: string) => isCommitId(sha) && git(cwd, ['cat-file', '-e', '--end-of-options', `${sha}^{commit}`]) !== undefined;

/** Paths changed between two commits, relative to `workspace`; undefined when git fails. */
function diff(top: string, workspace: string, range: string[]): Set<string> | undefined {
  // Names only, and no external diff or textconv driver a repository's .gitattributes could name.
  const out = git(top, ['diff', '--name-only', '--no-renames', '-z', '--no-ext-diff', '--no-textconv', '--end-of-options', ...range, '--']);
  if (out === undefined) return undefined;
  const toWorkspace = (p: string) => path.relative(workspace, path.join(top, p)).split(path.sep).join('/');
  return new Set(
    out
      .split('\0')
      .filter((p) => p !== '')
      .map(toWorkspace),
  );
}

/**
 * `eventPath`: GITHUB_EVENT_PATH; `cwd`: a folder inside the checkout; `workspace`: the folder
 * the returned paths are relative to.
 */
export function changedFiles(eventName: string | undefined, eventPath: string | undefined, cwd: string, workspace: string): ChangedFiles {
  if (!eventPath) return { ok: false, reason: 'GITHUB_EVENT_PATH is not set' };
  let event: EventPayload;
  try {
    const parsed: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
    event = typeof parsed === 'object' && parsed !== null ? (parsed as EventPayload) : {};
  } catch (err) {
    return { ok: false, reason: `cannot read the event payload ${eventPath} (${(err as Error).message})` };
  }
  const top = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return { ok: false, reason: `${cwd} is not inside a git checkout` };

  const base = event.pull_request?.base?.sha;
  const head = event.pull_request?.head?.sha;
  if (base !== undefined || head !== undefined) {
    if (!isCommitId(base) || !isCommitId(head)) return { ok: false, reason: "the pull request's base or head in the event payload is not a commit ID" };
    if (hasCommit(top, base) && hasCommit(top, head)) {
      // Three dots: from the merge base, exactly the pull request's "Files changed".
      const files = diff(top, workspace, [`${base}...${head}`]);
      if (files) return { ok: true, files, how: `git diff ${base.slice(0, 7)}...${head.slice(0, 7)}` };
    }
    // The merge commit actions/checkout makes for a pull request: parent 1 is the base branch.
    const parents = git(top, ['rev-list', '--parents', '-n', '1', '--end-of-options', 'HEAD'])?.trim().split(' ') ?? [];
    if (parents.length === 3 && parents[2] === head && hasCommit(top, parents[1])) {
      const files = diff(top, workspace, [parents[1], 'HEAD']);
      if (files) return { ok: true, files, how: `git diff HEAD^1 HEAD (the pull request's merge commit)` };
    }
    return {
      ok: false,
      reason: `the pull request's base (${base.slice(0, 7)}) and head (${head.slice(0, 7)}) commits are not both in the checkout; use actions/checkout with fetch-depth: 0`,
    };
  }
  if (eventName === 'push' && event.before && event.after && !ZERO_SHA.test(String(event.before))) {
    if (!isCommitId(event.before) || !isCommitId(event.after)) return { ok: false, reason: "the push's before or after in the event payload is not a commit ID" };
    if (hasCommit(top, event.before) && hasCommit(top, event.after)) {
      const files = diff(top, workspace, [event.before, event.after]);
      if (files) return { ok: true, files, how: `git diff ${event.before.slice(0, 7)} ${event.after.slice(0, 7)} (the push)` };
    }
    return {
      ok: false,
      reason: `the pushed commits (${event.before.slice(0, 7)}..${event.after.slice(0, 7)}) are not both in the checkout; use actions/checkout with fetch-depth: 0`,
    };
  }
  return { ok: false, reason: `a ${eventName ?? 'this'} event names no base and head commits to compare` };
}
