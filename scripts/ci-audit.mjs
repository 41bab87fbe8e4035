#!/usr/bin/env node
// CI: `npm audit --omit=dev` must be clean. One failure is tolerated, and said: a registry (or
// proxy) that refuses the audit endpoint itself (HTTP 405 on the bulk advisories POST, as the
// registry mirror of this project's build machine does). Any report of a vulnerability, and any
// other error, fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BULK_ENDPOINT = '/-/npm/v1/security/advisories/bulk';

/** 'clean', 'refused' (the registry has no audit endpoint) or 'failed', from npm audit's exit status and --json output. */
export function auditVerdict(status, stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return 'failed';
  }
  if (status === 0 && report.vulnerabilities && Object.keys(report.vulnerabilities).length === 0) return 'clean';
  if (status !== 0 && report.statusCode === 405 && typeof report.uri === 'string' && new URL(report.uri).pathname === BULK_ENDPOINT && !('vulnerabilities' in report))
    return 'refused';
  return 'failed';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = auditVerdict(r.status, r.stdout);
  if (verdict === 'clean') console.log('npm audit --omit=dev: no vulnerabilities');
  else if (verdict === 'refused') console.log(`npm audit --omit=dev: SKIPPED, the registry refuses the audit endpoint (${JSON.parse(r.stdout).message})`);
  else {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    console.error('npm audit --omit=dev failed');
    process.exitCode = 1;
  }
}
