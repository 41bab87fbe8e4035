// Runs one child process and reports its wall time and peak resident set size.
// Peak RSS comes from GNU time (`/usr/bin/time -f %M`: the kernel's ru_maxrss of the child, in KiB)
// when it is installed; otherwise from a preloaded module that writes process.resourceUsage().maxRSS
// at exit (same kernel counter, but it misses memory a process frees before a crash).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('./maxrss-preload.mjs', import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), 'logtail-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

let method;
/** 'gnu-time' or 'preload': how peak RSS is read on this machine. */
export function rssMethod() {
  method ??= spawnSync('/usr/bin/time', ['-f', '%M', '-o', path.join(scratch, 'probe'), 'true']).status === 0 ? 'gnu-time' : 'preload';
  return method;
}

/**
 * Run `node <args>` and wait for it. Returns wall ms, peak RSS in MB (10^6 bytes), exit code, and
 * what it printed. Output goes to files, not pipes: a child that calls process.exit() with a
 * full pipe loses the rest of its output (ajv-cli does), and files cost the child the same in
 * every run. stdout is kept only when `captureStdout`; otherwise it goes to /dev/null.
 */
export function measureNode(args, { cwd, captureStdout = false, env = process.env } = {}) {
  const id = `${process.pid}-${process.hrtime.bigint()}`;
  const rssFile = path.join(scratch, `rss-${id}`);
  const outFile = captureStdout ? path.join(scratch, `out-${id}`) : '/dev/null';
  const errFile = path.join(scratch, `err-${id}`);
  let cmd = process.execPath;
  let argv = args;
  let childEnv = env;
  if (rssMethod() === 'gnu-time') {
    cmd = '/usr/bin/time';
    argv = ['-f', '%M', '-o', rssFile, process.execPath, ...args];
  } else {
    childEnv = { ...env, BENCH_MAXRSS_FILE: rssFile, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --import=${PRELOAD}`.trim() };
  }
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ['ignore', out, err] });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      closeSync(out);
      closeSync(err);
      const take = (file) => {
        const text = readFileSync(file, 'utf8');
        rmSync(file, { force: true });
        return text;
      };
      // GNU time prefixes "Command exited with non-zero status N" when the child fails.
      const rssKiB = existsSync(rssFile) ? Number(take(rssFile).trim().split('\n').pop()) : NaN;
      resolve({ ms, rssMB: (rssKiB * 1024) / 1e6, code: code ?? (signal ? 128 : -1), signal, stdout: captureStdout ? take(outFile) : '', stderr: take(errFile) });
    });
  });
}
