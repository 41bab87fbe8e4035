/** The committed Action bundle under a real Node 24: the job summary ends with the fleet view. */
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { FLEET_TREE } from '../formatters/fleet-fixture.js';
import { node24Missing, runAction } from './runner.js';

describe.skipIf(node24Missing() !== undefined && !process.env.CI)('the Action job summary with the fleet view (real Node 24)', () => {
  it('appends the fleet view under the findings, with repository-root paths linked to the commit', () => {
    const tree: Record<string, string> = { '.logtail-lint.json': '{}\n' };
    for (const [p, c] of Object.entries(FLEET_TREE)) tree[`infra/${p}`] = c as string;
    tree['infra/.logtail-lint.json'] = '{}\n';
    const r = runAction(writeTree(tree), { inputs: { 'working-directory': 'infra' } });
    expect(r.status).toBe(1);
    const fleetAt = r.summary.indexOf('\n\n## Fleet view\n\n');
    expect(fleetAt).toBeGreaterThan(r.summary.indexOf('<h3><code>infra/terraform/sls.tf</code></h3>'));
    const fleet = r.summary.slice(fleetAt);
    expect(fleet).toContain('**9 hosts** · **5 machine groups** in 2 projects');
    expect(fleet).toContain('### Hosts that join no group');
    expect(fleet).toContain('| `infra/hosts/crlf`'); // hosts are named from the repository root too
    expect(fleet).toContain(
      '[`infra/hosts/crlf/etc/ilogtail/user_defined_id:1`](<https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/hosts/crlf/etc/ilogtail/user_defined_id#L1>)',
    );
    // No finding text is lost to the fleet view: the findings part is whole.
    expect(r.summary).not.toContain('more findings not shown');
  });
});
