/**
 * SARIF the Action uploads stays within GitHub code scanning's limits even for a huge run:
 * at most 25,000 results per run (the most severe kept) and at most 10 MB gzip-compressed.
 */
import { describe, expect, it } from 'vitest';
import { ruleMetadata } from '../../src/engine/lint.js';
import { sarif } from '../../src/formatters/sarif.js';
import type { Diagnostic, Severity } from '../../src/core/diagnostic.js';
import { GITHUB_SARIF_LIMITS, githubSarifProblems } from './github-limits.js';

/** Deterministic, varied text (so gzip does not make the size check trivial). */
function words(seed: number, count: number): string {
  const vocab = ['endpoint', 'region', 'cn-hangzhou', 'ap-southeast-1', 'machine', 'group', 'user_defined_id', 'ilogtail', 'config', 'project'];
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(`${vocab[x % vocab.length]}-${(x >> 8) % 100000}`);
  }
  return out.join(' ');
}

describe('SARIF within GitHub code scanning limits', () => {
  it('a run with 40,000 findings keeps 25,000 (errors first) and stays under 10 MB gzip-compressed', () => {
    const rules = ruleMetadata();
    const ids = [...rules.keys()];
    const severities: Severity[] = ['info', 'warning', 'error'];
    const diagnostics: Diagnostic[] = Array.from({ length: 40_000 }, (_, i) => ({
      ruleId: ids[i % ids.length],
      severity: severities[i % 3],
      message: `Finding ${i}: ${words(i, 30)}`,
      file: `hosts/${words(i + 7, 1)}/etc/ilogtail/users/${String(i).padStart(16, '0')}`,
      range: { start: { line: 1 + (i % 500), column: 1 + (i % 40) }, end: { line: 1 + (i % 500), column: 20 + (i % 40) } },
      related: [{ file: `terraform/${words(i + 3, 1)}.tf`, range: { start: { line: 3, column: 1 }, end: { line: 3, column: 9 } }, message: words(i + 5, 8) }],
      fingerprint: i.toString(16).padStart(32, '0'),
    }));
    const text = sarif(diagnostics, {
      cwd: '/home/runner/work/infra/infra',
      rules,
      toolVersion: '0.1.0',
      color: false,
      getLine: () => undefined,
      filesLinted: 40_000,
    });
    const log = JSON.parse(text);
    expect(githubSarifProblems(log, text)).toEqual([]);
    const results = log.runs[0].results as Array<{ level: string }>;
    expect(results).toHaveLength(GITHUB_SARIF_LIMITS.resultsPerRun);
    // 13,333 errors and 13,334 warnings exist: every error is kept, then warnings fill the rest.
    expect(results.filter((r) => r.level === 'error')).toHaveLength(13_333);
    expect(results.filter((r) => r.level === 'note')).toHaveLength(0);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toContain('15000 of 40000 results were left out');
  });
});
