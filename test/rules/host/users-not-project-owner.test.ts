import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/users-not-project-owner.js';
import { fleetOf, relatedSpans, runRule, span, userDefinedId, usersEntries } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';

const OWNER = '1234567890123456';
const projects = [{ name: 'app-logs', region: 'cn-hangzhou', ownerAccountId: OWNER }];
const host = (...names: string[]) =>
  merge(infra(), {
    agentConfigs: [hostConfig('hosts/web', 'cn-hangzhou')],
    userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'web-prod\n')],
    usersEntries: usersEntries('hosts/web/etc/ilogtail/users', ...names),
  });

describe('host/users-not-project-owner', () => {
  it('reports users/ naming only other accounts than the owner of the joined project, with did-you-mean', () => {
    const found = runRule(rule, fleetOf(host('1234567890123465'), { projects }));
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/web/etc/ilogtail/users/1234567890123465');
    expect(span(d)).toBe('1:1-1:1');
    expect(d.message).toContain('hosts/web names only account "1234567890123465" in users/, but the project it joins ("app-logs") is owned by 1234567890123456');
    expect(d.message).toContain('Did you mean 1234567890123456?');
    expect(relatedSpans(d)).toEqual(['.logtail-lint.json@1:1-1:1']);
  });

  it('is silent when one entry is the owner, when the owner is unknown, or when the host joins nothing', () => {
    expect(runRule(rule, fleetOf(host('1111111111111111', OWNER), { projects }))).toEqual([]);
    expect(runRule(rule, fleetOf(host('1111111111111111')))).toEqual([]);
    const lonely = merge(infra(), { agentConfigs: [hostConfig('h', 'cn-hangzhou')], usersEntries: usersEntries('h/users', '1111111111111111') });
    expect(runRule(rule, fleetOf(lonely, { projects }))).toEqual([]);
  });

  it('leaves hosts that need the owner entry to host/missing-account-file', () => {
    expect(runRule(rule, fleetOf(host('1111111111111111'), { projects, hosts: [{ path: 'hosts/web', ecs: false }] }))).toEqual([]);
  });
});
