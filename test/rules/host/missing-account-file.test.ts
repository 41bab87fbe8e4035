import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/missing-account-file.js';
import { container, Doc, fleetOf, relatedSpans, runRule, span, userDefinedId, usersEntries } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';

const OWNER = '1234567890123456';
const cfgDoc = (hosts: string) => new Doc('.logtail-lint.json', `{\n  "projects": [{ "name": "app-logs", "region": "cn-hangzhou", "ownerAccountId": "${OWNER}" }],\n  "hosts": [${hosts}]\n}\n`, 'json');
const idc = (extra: Partial<Parameters<typeof merge>[0]> = {}) =>
  merge(infra(), { agentConfigs: [hostConfig('hosts/idc', 'cn-hangzhou', 'internet')], userDefinedIds: [userDefinedId('hosts/idc/etc/ilogtail/user_defined_id', 'web-prod\n')] }, extra);

function lintWith(facts: ReturnType<typeof merge>, host: { ecs?: boolean; accountId?: string }) {
  const text = JSON.stringify({ path: 'hosts/idc', ...host });
  return runRule(
    rule,
    fleetOf(facts, { configFile: '/repo/.logtail-lint.json', projects: [{ name: 'app-logs', region: 'cn-hangzhou', ownerAccountId: OWNER }], hosts: [{ path: 'hosts/idc', ...host }] }, [cfgDoc(text)]),
  );
}

describe('host/missing-account-file', () => {
  it('reports a non-ECS host that joins a project without naming its owner', () => {
    const found = lintWith(idc({ usersEntries: usersEntries('hosts/idc/etc/ilogtail/users', '1111111111111111') }), { ecs: false });
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/idc/etc/ilogtail/user_defined_id');
    expect(span(d)).toBe('1:1-1:9');
    expect(d.message).toContain('hosts/idc is declared not to be an ECS instance (.logtail-lint.json:3)');
    expect(d.message).toContain(`names the project owner ${OWNER}`);
    expect(d.message).toContain(`Create the empty file hosts/idc/etc/ilogtail/users/${OWNER}`);
    expect(relatedSpans(d)).toEqual(['.logtail-lint.json@2:81-2:99', 'infra/main.tf@13:20-13:30', '.logtail-lint.json@3:13-3:45']);
  });

  it('reports an ECS host of another account; suggests the users/ path under the root when there is none', () => {
    const found = lintWith(idc(), { accountId: '9999999999999999' });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('is declared to belong to account 9999999999999999');
    expect(found[0].message).toContain(`Create the empty file hosts/idc/etc/ilogtail/users/${OWNER}`);
  });

  it('points out an entry that differs from the owner only by spaces (ALIYUN_LOGTAIL_USER_ID items are not trimmed)', () => {
    const doc = new Doc('hosts/idc/ds.yaml', `name: logtail\nconfig: "/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json"\nids: "web-prod"\nuid: "1, ${OWNER}"\n`, 'yaml');
    const facts = merge(infra(), {
      containers: [
        container(doc, { workload: 'DaemonSet/ds', container: 'logtail', configPath: '"/etc/ilogtail/conf/cn-hangzhou-internet/ilogtail_config.json"', userDefinedId: '"web-prod"', userId: `"1, ${OWNER}"` }),
      ],
    });
    const found = lintWith(facts, { ecs: false });
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/idc/ds.yaml', '4:6-4:27']]);
    expect(found[0].message).toContain(`The entry " ${OWNER}" has spaces the agent keeps.`);
    expect(found[0].message).toContain(`Set ALIYUN_LOGTAIL_USER_ID to ${OWNER}.`);
  });

  it('is silent when users/ names the owner, for an ECS host of the owner, or without a declaration', () => {
    expect(lintWith(idc({ usersEntries: usersEntries('hosts/idc/etc/ilogtail/users', OWNER) }), { ecs: false })).toEqual([]);
    expect(lintWith(idc(), { ecs: true, accountId: OWNER })).toEqual([]);
    expect(lintWith(idc(), { ecs: true })).toEqual([]);
    expect(runRule(rule, fleetOf(idc(), { projects: [{ name: 'app-logs', region: 'cn-hangzhou', ownerAccountId: OWNER }] }))).toEqual([]);
  });

  it('is silent when the project owner is unknown', () => {
    expect(runRule(rule, fleetOf(idc(), { hosts: [{ path: 'hosts/idc', ecs: false }] }))).toEqual([]);
  });
});
