/**
 * Former rule IDs (RuleMeta.formerIds): a config, `--rule` or suppression that names one applies
 * to the findings it used to cover, and only to those.
 */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../helpers.js';

const REPO = {
  'hosts/web/install.sh': './logtail.sh install cn-hangzou\n',
  'hosts/db/ilogtail_config.json': '{"data_server_list": [{"cluster": "cn-hangzou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com"}]}\n',
};

const found = (r: Awaited<ReturnType<typeof lintTree>>) =>
  r.diagnostics.filter((d) => d.ruleId === 'region/unknown').map((d) => `${d.file} ${d.severity}${d.formerId ? ` ${d.formerId}` : ''}`);

describe('former rule IDs', () => {
  it('findings of install parameters carry the former ID; agent-config findings none', async () => {
    expect(found(await lintTree(REPO))).toEqual(['hosts/db/ilogtail_config.json error', 'hosts/web/install.sh error install/unknown-region']);
  });

  it('a severity for the former ID applies to its findings only', async () => {
    expect(found(await lintTree(REPO, { rules: { 'install/unknown-region': 'off' } }))).toEqual(['hosts/db/ilogtail_config.json error']);
    expect(found(await lintTree(REPO, { rules: { 'install/unknown-region': 'warning' } }))).toEqual([
      'hosts/db/ilogtail_config.json error',
      'hosts/web/install.sh warning install/unknown-region',
    ]);
    // The rule off, the former ID on: the rule still runs for the former ID's findings.
    expect(found(await lintTree(REPO, { rules: { 'region/unknown': 'off', 'install/unknown-region': 'error' } }))).toEqual(['hosts/web/install.sh error install/unknown-region']);
  });

  it('.logtail-lint.json accepts the former ID in rules and suppressions', async () => {
    const config = { rules: { 'install/unknown-region': 'warn' }, suppressions: [{ rule: 'install/unknown-region', file: 'hosts/web/', reason: 'rendered by the deploy job' }] };
    const r = await lintTree({ ...REPO, '.logtail-lint.json': JSON.stringify(config) });
    expect(found(r)).toEqual(['hosts/db/ilogtail_config.json error']);
    expect(r.suppressed.map((d) => `${d.file} ${d.formerId} ${d.reason}`)).toEqual(['hosts/web/install.sh install/unknown-region rendered by the deploy job']);
  });
});
