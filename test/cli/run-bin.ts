import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const BIN = path.resolve(import.meta.dirname, '../../bin/logtail-lint.js');

export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawn the built bin (npm test builds dist/ first) the way a user's shell would. */
export function runBin(args: string[], cwd: string, env: Record<string, string> = {}): BinRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
