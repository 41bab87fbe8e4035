/** scripts/ci-audit.mjs: CI's `npm audit --omit=dev`, which tolerates exactly one failure (a registry without the audit endpoint). */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, no declarations
import { auditVerdict } from '../../scripts/ci-audit.mjs';

/** What `npm audit --omit=dev --json` printed on this project's build machine, whose registry mirror refuses the endpoint. */
const REFUSED = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  method: 'POST',
  uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  headers: { allow: ['GET,HEAD'] },
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
});
const CLEAN = JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } });
const VULNERABLE = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: { yaml: { name: 'yaml', severity: 'moderate', via: [], range: '<2.2.2', fixAvailable: true } },
  metadata: { vulnerabilities: { moderate: 1, total: 1 } },
});

describe('ci-audit', () => {
  it('passes a clean report, says a refused endpoint, fails on anything else', () => {
    expect(auditVerdict(0, CLEAN)).toBe('clean');
    expect(auditVerdict(1, REFUSED)).toBe('refused');
    expect(auditVerdict(1, VULNERABLE)).toBe('failed');
    // Only that refusal: another status, another endpoint, a network error or no JSON all fail.
    expect(auditVerdict(1, REFUSED.replace(/405/g, '500'))).toBe('failed');
    expect(auditVerdict(1, REFUSED.replace(/advisories\/bulk/g, 'audits/quick'))).toBe('failed');
    expect(auditVerdict(1, JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'getaddrinfo ENOTFOUND registry.npmjs.org' } }))).toBe('failed');
    expect(auditVerdict(1, '')).toBe('failed');
    expect(auditVerdict(0, VULNERABLE)).toBe('failed');
  });
});
