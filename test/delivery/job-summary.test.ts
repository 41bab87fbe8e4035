/** The Action's job summary: findings, then the fleet view, within GitHub's 1 MiB step summary limit. */
import { describe, expect, it } from 'vitest';
import { renderJobSummary, SUMMARY_BUDGET } from '../../src/action/summary.js';
import { countBySeverity } from '../../src/core/report-order.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { mapViewFiles } from '../../src/model/fleet-view.js';
import { bigFleet } from '../formatters/big-fleet.js';
import { fleetFixture } from '../formatters/fleet-fixture.js';

/** GitHub's limit for one step's summary. */
const GITHUB_STEP_SUMMARY_LIMIT = 1024 * 1024;

describe('job summary with the fleet view', () => {
  it('puts the fleet view under the findings, as Markdown after a blank line', async () => {
    const { result, view } = await fleetFixture();
    const text = renderJobSummary({ diagnostics: result.diagnostics, counts: countBySeverity(result.diagnostics), rules: result.rules, filesLinted: result.filesLinted, notes: [], view });
    expect(text.indexOf('<h2>logtail-lint</h2>')).toBe(0);
    const at = text.indexOf('\n\n## Fleet view\n\n');
    expect(at).toBeGreaterThan(text.lastIndexOf('</table>'));
    expect(text).toContain('### Hosts that join no group');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('a large fleet with many multi-byte findings stays under 1 MiB in UTF-8 bytes, and says what it left out', async () => {
    const { result, view } = await bigFleet();
    // Findings that quote CJK text (3 UTF-8 bytes a character), far more than a summary holds.
    const real = result.diagnostics[0];
    const diagnostics: Diagnostic[] = Array.from({ length: 4000 }, (_, i) => ({
      ...real,
      file: `infra/hosts/h-${String(i).padStart(5, '0')}/etc/ilogtail/user_defined_id`,
      message: `${real.message} ${'网站杭州主机'.repeat(20)}`,
    }));
    const text = renderJobSummary({
      diagnostics,
      counts: countBySeverity(diagnostics),
      rules: result.rules,
      filesLinted: result.filesLinted,
      notes: [],
      lineUrl: (f, l) => `https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/${f.split('/').map(encodeURIComponent).join('/')}#L${l}`,
      view: mapViewFiles(view, (f) => `infra/${f}`),
    });
    const bytes = Buffer.byteLength(text);
    // Filled close to the budget with multi-byte text: counting characters would overshoot it.
    expect(bytes).toBeGreaterThan(text.length * 1.2);
    expect(bytes).toBeGreaterThan(SUMMARY_BUDGET - 16 * 1024);
    expect(bytes).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(bytes).toBeLessThan(GITHUB_STEP_SUMMARY_LIMIT);
    // Both parts are there and both say they were cut.
    expect(text).toMatch(/<p>… and \d+ more findings not shown: a job summary is limited to 1 MiB\. The step log lists them all\.<\/p>/);
    expect(text).toMatch(/… and \d+ more hosts \(the table shows the first \d+; `logtail-lint --format html` lists them all\)\./);
    expect(text).toContain(`**${view.counts.hostsJoiningNone} hosts join no group**`);
    expect(text).toContain('(<https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/hosts/');
  });
});
