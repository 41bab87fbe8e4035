/** Spawns the built CLI (`node bin/logtail-lint.js doctor …`) with the hermetic guard on, asynchronously (the stand-in lives in this process). */
import { spawn } from 'node:child_process';
import { BIN } from '../cli/run-bin.js';

export interface DoctorRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Credentials and metadata are cut off for the SDK too (sdk-research.md §3): only what a test sets. */
export const HERMETIC_ENV = {
  LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED: '1',
  ALIBABA_CLOUD_ECS_METADATA_DISABLED: 'true',
  ALIBABA_CLOUD_CLI_PROFILE_DISABLED: 'true',
  ALIBABA_CLOUD_CREDENTIALS_FILE: '/nonexistent/credentials',
  NO_COLOR: '1',
};

export function runDoctorBin(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<DoctorRun> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'doctor', ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', ...HERMETIC_ENV, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

/** `--connect-to` rules sending every SLS name's port 80 (and 443) to the stand-ins. */
export const toStandIn = (httpPort: number, httpsPort?: number): string[] => [
  '--connect-to',
  `*.log.aliyuncs.com:80:127.0.0.1:${httpPort}`,
  ...(httpsPort ? ['--connect-to', `*.log.aliyuncs.com:443:127.0.0.1:${httpsPort}`] : []),
];
