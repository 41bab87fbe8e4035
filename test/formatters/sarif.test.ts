import { describe, expect, it } from 'vitest';
import { SARIF_MAX_RESULTS, sarif, toArtifactUri } from '../../src/formatters/sarif.js';
import type { Diagnostic, Severity } from '../../src/core/diagnostic.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';
import { validateSarif } from './sarif-schema.js';

const validate = validateSarif;

function expectValidSarif(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

function render(diagnostics: Diagnostic[] = DIAGNOSTICS) {
  return JSON.parse(sarif(diagnostics, makeContext()));
}

function synthetic(count: number, severityOf: (i: number) => Severity): Diagnostic[] {
  return Array.from({ length: count }, (_, i) => ({
    ruleId: 'config/memory-limit-low',
    severity: severityOf(i),
    message: `finding ${i}`,
    file: `f${String(i).padStart(5, '0')}.json`,
    range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
    fingerprint: String(i),
  }));
}

describe('sarif formatter', () => {
  it('validates against the SARIF 2.1.0 schema', () => {
    expectValidSarif(render());
    expectValidSarif(render([]));
  });

  it('the validator does reject a broken log', () => {
    const log = render();
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('lists every rule, sorted, even those with no result', () => {
    const ids = render([]).runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual([...makeContext().rules.keys()].sort());
    expect(ids).toContain('machine-group/empty-identity');
  });

  it('points ruleIndex at the result’s rule', () => {
    const run = render().runs[0];
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
  });

  it('omits ruleIndex for a rule the context does not know', () => {
    const result = render([{ ...DIAGNOSTICS[0], ruleId: 'internal/unknown' }]).runs[0].results[0];
    expect(result.ruleIndex).toBeUndefined();
    expect(result.ruleId).toBe('internal/unknown');
  });

  it('maps severities to SARIF levels', () => {
    const run = render().runs[0];
    const levelOf = (ruleId: string) => run.results.find((r: { ruleId: string }) => r.ruleId === ruleId).level;
    expect(levelOf('config/unknown-region')).toBe('error');
    expect(levelOf('config/memory-limit-low')).toBe('warning');
    expect(levelOf('user-defined-id/trailing-whitespace')).toBe('note');
    const defaults = Object.fromEntries(
      run.tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]),
    );
    expect(defaults['user-defined-id/trailing-whitespace']).toBe('note');
    expect(defaults['machine-group/empty-identity']).toBe('error');
  });

  it('encodes artifact URIs per segment and roots them at %SRCROOT%', () => {
    expect(toArtifactUri('terraform/my module/a#b%c.tf')).toBe('terraform/my%20module/a%23b%25c.tf');
    expect(render().runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/ci/logtail%20config/');
  });

  it('turns fix edits into replacements with character regions', () => {
    const [change] = render().runs[0].results[0].fixes[0].artifactChanges;
    const edit = DIAGNOSTICS[3].fix!.edits[0];
    expect(change.replacements).toEqual([
      { deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] }, insertedContent: { text: edit.text } },
    ]);
  });

  it('fills a missing fingerprint deterministically', () => {
    const d = DIAGNOSTICS[1];
    expect(d.fingerprint).toBeUndefined();
    const fp = render([d]).runs[0].results[0].partialFingerprints['logtailLint/v1'];
    // The report stage's formula (src/core/report-order.ts), as for the first finding of its identity.
    expect(fp).toMatch(/^[0-9a-f]{32}$/);
    expect(render([{ ...d, range: { start: { line: 9, column: 1 }, end: { line: 9, column: 2 } } }]).runs[0].results[0]
      .partialFingerprints['logtailLint/v1']).toBe(fp);
  });

  it(`keeps at most ${SARIF_MAX_RESULTS} results, most severe first, and says how many were dropped`, () => {
    // Ten errors at the very end of reading order must survive the cut; ten infos must go.
    const total = SARIF_MAX_RESULTS + 10;
    const diagnostics = synthetic(total, (i) => (i >= total - 10 ? 'error' : i < 10 ? 'info' : 'warning'));
    const log = render(diagnostics);
    const run = log.runs[0];
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
    expect(run.results.filter((r: { level: string }) => r.level === 'note')).toHaveLength(0);
    const [note] = run.invocations[0].toolExecutionNotifications;
    expect(note.message.text).toMatch(/^10 of 25010 results were left out/);
    expectValidSarif(log);
  });

  it('adds no notification when nothing was dropped', () => {
    expect(render().runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('with a baseline, lists baselined findings as "unchanged" and the rest as "new"; without one, no result has a baselineState', () => {
    const [known, ...fresh] = DIAGNOSTICS;
    const log = JSON.parse(sarif(fresh, makeContext({ baselined: [known], baseline: { file: '/repo/.logtail-lint-baseline.json', matched: 1, stale: 0 } })));
    expectValidSarif(log);
    const states = log.runs[0].results.map((r: { message: { text: string }; baselineState: string }) => [r.message.text, r.baselineState]);
    expect(states).toHaveLength(DIAGNOSTICS.length);
    expect(states.filter(([, s]: string[]) => s === 'unchanged')).toEqual([[known.message, 'unchanged']]);
    expect(states.filter(([, s]: string[]) => s === 'new')).toHaveLength(fresh.length);
    expect(render().runs[0].results.some((r: object) => 'baselineState' in r)).toBe(false);
    // The schema knows the property: a state it does not define is rejected.
    log.runs[0].results[0].baselineState = 'old';
    expect(validate(log)).toBe(false);
  });

  it('over the limit, new findings are kept before baselined ones', () => {
    const all = synthetic(SARIF_MAX_RESULTS + 10, () => 'error');
    const baselined = all.slice(0, 20);
    const log = JSON.parse(sarif(all.slice(20), makeContext({ baselined, baseline: { file: '/b.json', matched: 20, stale: 0 } })));
    const results = log.runs[0].results;
    expect(results).toHaveLength(SARIF_MAX_RESULTS);
    expect(results.filter((r: { baselineState: string }) => r.baselineState === 'unchanged')).toHaveLength(10);
  });
});
