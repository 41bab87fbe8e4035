/** GitHub wants every path relative to the repository root, whatever folder was linted. */
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostic.js';

const toPosix = (p: string) => p.split(path.sep).join('/');

/** `file` (relative to `from`) as a `/`-separated path relative to `to`. */
export function rebasePath(file: string, from: string, to: string): string {
  return toPosix(path.relative(to, path.resolve(from, file)));
}

/**
 * The same findings with `file` (and related and fix locations) relative to the workspace
 * instead of the linted folder. Only paths change.
 */
export function rebaseDiagnostics(diagnostics: readonly Diagnostic[], lintCwd: string, workspace: string): Diagnostic[] {
  if (path.resolve(lintCwd) === path.resolve(workspace)) return [...diagnostics];
  return diagnostics.map((d) => ({
    ...d,
    file: rebasePath(d.file, lintCwd, workspace),
    ...(d.related ? { related: d.related.map((r) => ({ ...r, file: rebasePath(r.file, lintCwd, workspace) })) } : {}),
  }));
}
