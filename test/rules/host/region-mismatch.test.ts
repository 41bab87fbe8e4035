import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/region-mismatch.js';
import { appInfo, Doc, fleetOf, installCommand, relatedSpans, runRule, span, userDefinedId } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';

describe('host/region-mismatch', () => {
  it('reports the configured region when the identifiers join groups only in another region', () => {
    const found = runRule(
      rule,
      fleetOf(merge(infra(), { agentConfigs: [hostConfig('hosts/web', 'cn-beijing')], userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'web-prod\n')] })),
    );
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/web/usr/local/ilogtail/ilogtail_config.json');
    expect(span(d)).toBe('5:18-5:30');
    expect(d.pointer).toBe('/data_server_list/0/cluster');
    expect(d.message).toContain('This host talks to cn-beijing');
    expect(d.message).toContain('custom identifier "web-prod" (hosts/web/etc/ilogtail/user_defined_id:1) joins machine group "web" of project "app-logs" in cn-hangzhou');
    expect(d.message).toContain('cluster "cn-hangzhou", endpoint "cn-hangzhou-intranet.log.aliyuncs.com"');
    expect(relatedSpans(d)).toEqual(['infra/main.tf@13:20-13:30', 'infra/main.tf@2:12-2:25']);
  });

  it('joins by the reported IP too (app_info.json when there is no working_ip)', () => {
    const doc = new Doc('hosts/db/install.sh', './logtail.sh install cn-shanghai-internet\n', 'script');
    const found = runRule(
      rule,
      fleetOf(merge(infra(), { installCommands: [installCommand(doc, 'cn-shanghai-internet')], appInfos: [appInfo('hosts/db/app_info.json', '{"ip": "10.0.0.5"}', '10.0.0.5')] })),
    );
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/db/install.sh', '1:22-1:42']]);
    expect(found[0].message).toContain('its IP "10.0.0.5"');
    expect(found[0].message).toContain('endpoint "cn-hangzhou.log.aliyuncs.com"');
  });

  it('is silent when the host joins a group in its own region too, or joins nothing', () => {
    const bj = infra({ region: 'cn-beijing', file: 'bj/main.tf', projectName: 'bj-logs', webIds: ['web-prod'] });
    expect(runRule(rule, fleetOf(merge(infra(), bj, { agentConfigs: [hostConfig('h', 'cn-beijing')], userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\n')] })))).toEqual([]);
    expect(runRule(rule, fleetOf(merge(infra(), { agentConfigs: [hostConfig('h', 'cn-beijing')], userDefinedIds: [userDefinedId('h/user_defined_id', 'other\n')] })))).toEqual([]);
  });

  it('is silent when the group region is unknown', () => {
    const facts = merge(infra(), { agentConfigs: [hostConfig('h', 'cn-beijing')], userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\n')] });
    facts.providers = [];
    expect(runRule(rule, fleetOf(facts))).toEqual([]);
  });
});
