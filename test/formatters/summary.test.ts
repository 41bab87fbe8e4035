import { describe, expect, it } from 'vitest';
import { code, renderFleetSummary, summary } from '../../src/formatters/summary.js';
import { makeContext } from './fixtures.js';
import { fleetFixture } from './fleet-fixture.js';
import { bigFleet } from './big-fleet.js';

const { view } = await fleetFixture();

describe('summary: Markdown code spans', () => {
  it.each([
    ['web-prod', '`web-prod`'],
    ['a|b', '`a\\|b`'], // GFM splits cells at | before it reads code spans
    ['`tick`', '`` `tick` ``'],
    ['a``b', '```a``b```'],
    ['', '`""`'],
    [' both ', '`  both  `'], // one space each side is stripped again by CommonMark
    ['web-prod\r', '`web-prod\\r`'],
    ['x\u001b[31m', '`x\\u001b[31m`'],
    ['rtl\u202eexe', '`rtl\\u202eexe`'],
    ['C:\\logtail', '`C:\\\\logtail`'],
  ])('%j → %s', (value, expected) => {
    expect(code(value)).toBe(expected);
  });

  it('cuts a long value with an ellipsis, never inside a surrogate pair', () => {
    expect(code('x'.repeat(200), 10)).toBe(`\`${'x'.repeat(9)}…\``);
    expect(code(`${'x'.repeat(8)}😀😀`, 10)).toBe(`\`${'x'.repeat(8)}…\``);
  });
});

describe('summary: the fleet view as Markdown', () => {
  it('is terminal-safe: no control character but newlines, whatever the repo holds', () => {
    const text = summary([], makeContext({ fleetView: view }));
    expect(text).toMatch(/^# logtail-lint: fleet view\n\n\*\*9 hosts\*\*/);
    expect(text.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(text).toContain('`x\\u001b[31mred`');
  });

  it('cuts long tables with "and N more" and says where the rest is', () => {
    const text = renderFleetSummary(view, { maxRows: 2 });
    expect(text).toContain('… and 1 more region (the table shows the first 2; `--format html` lists them all).');
    expect(text).toContain('… and 3 more machine groups (the table shows the first 2; `--format html` lists them all).');
    expect(text).toContain('… and 4 more matches (the table shows the first 2; `--format html` lists them all).');
    expect(text).toContain('… and 3 more hosts (the table shows the first 2; `--format html` lists them all).');
    // A cut matrix has no total row (it would not add up to the rows shown).
    expect(text.split('## Hosts by region')[1].split('##')[0]).not.toContain('**total**');
    // Uncut: every row, and no "more" line.
    expect(renderFleetSummary(view)).not.toContain('… and');
  });

  it('hosts that join none come before those that may match', () => {
    const section = renderFleetSummary(view).split('## Hosts that join no group')[1];
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map((r) => r.split('|')[1].trim())).toEqual(['`hosts/crlf`', '`hosts/esc`', '`hosts/杭州-web`', '`hosts/batch`', '`hosts/legacy`']);
    expect(rows[3]).toContain("may match: a group's region is not in the repo");
  });

  it('links file:line when given a URL maker, with the URL in angle brackets', () => {
    const text = renderFleetSummary(view, { lineUrl: (f, l) => `https://github.com/acme/infra/blob/abc/${f.split('/').map(encodeURIComponent).join('/')}#L${l}` });
    expect(text).toContain('[`terraform/sls.tf:7`](<https://github.com/acme/infra/blob/abc/terraform/sls.tf#L7>)');
    expect(text).toContain('[`hosts/web 01/etc/ilogtail/user_defined_id:1`](<https://github.com/acme/infra/blob/abc/hosts/web%2001/etc/ilogtail/user_defined_id#L1>)');
  });

  it('an empty repository says so in every section', () => {
    const empty = renderFleetSummary({
      counts: { hosts: 0, fileHosts: 0, containers: 0, groups: 0, projects: 0, joins: 0, hostsJoining: 0, hostsMayMatch: 0, hostsJoiningNone: 0, groupsWithoutHosts: 0 },
      hostsByRegionNetwork: [],
      groupsByProjectType: [],
      hosts: [],
      groups: [],
      matches: [],
      unjoined: [],
    });
    expect(empty).toContain('No hosts: the repo has no agent files, install scripts or Logtail containers.');
    expect(empty).toContain('No machine groups: the repo defines none');
    expect(empty).toContain('No host matches any machine group.');
    expect(empty).not.toContain('|');
  });

  it('fits a byte budget on a large fleet with multi-byte names, cutting tables further', async () => {
    const { view: big } = await bigFleet();
    const full = renderFleetSummary(big);
    expect(Buffer.byteLength(full)).toBeGreaterThan(full.length); // CJK: bytes, not characters, are counted
    for (const budget of [60_000, 20_000, 5_000]) {
      const text = renderFleetSummary(big, { budgetBytes: budget });
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget);
      expect(text).toContain(`**${big.counts.hostsJoiningNone} hosts join no group**`);
    }
    expect(renderFleetSummary(big, { budgetBytes: 20_000 })).toMatch(/… and \d+ more hosts \(the table shows the first \d+;/);
  });
});
