import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';

describe('json formatter', () => {
  it('adds docs URLs and fingerprints, and counts the summary', () => {
    const report = JSON.parse(json(DIAGNOSTICS, makeContext()));
    expect(report.version).toBe('0.1.0');
    expect(report.summary).toEqual({ errors: 1, warnings: 2, infos: 1, filesLinted: 7, suppressed: 0 });
    for (const d of report.diagnostics) {
      expect(d.docsUrl).toBe(`https://github.com/logtail-lint/logtail-lint/blob/v0.1.0/docs/rules/${d.ruleId}.md`);
      expect(d.fingerprint).toMatch(d.ruleId === DIAGNOSTICS[1].ruleId ? /^[0-9a-f]{32}$/ : /^[0-9a-f]{64}$/);
    }
  });

  it('uses null for a rule the context does not know', () => {
    const [d] = DIAGNOSTICS;
    const report = JSON.parse(json([{ ...d, ruleId: 'internal/unknown' }], makeContext()));
    expect(report.diagnostics[0].docsUrl).toBeNull();
  });

  it('reports an empty run', () => {
    const report = JSON.parse(json([], makeContext({ filesLinted: 3 })));
    expect(report).toEqual({ version: '0.1.0', diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, filesLinted: 3, suppressed: 0 }, suppressed: [] });
  });

  it('lists suppressed findings with their reason', () => {
    const d = { ruleId: 'file/binary', severity: 'error' as const, message: 'm', file: 'a.json', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
    const report = JSON.parse(json([], makeContext({ suppressed: [{ ...d, reason: 'kept for audit' }] })));
    expect(report.summary.suppressed).toBe(1);
    expect(report.suppressed[0]).toMatchObject({ ruleId: 'file/binary', reason: 'kept for audit' });
  });
});
