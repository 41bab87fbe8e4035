import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/app-info-ip-mismatch.js';
import { appInfo, fleetOf, relatedSpans, runRule, span } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';

const APP = (ip: string) => appInfo('hosts/db/usr/local/ilogtail/app_info.json', `{\n  "hostname": "db-1",\n  "ip": "${ip}"\n}\n`, ip);

describe('host/app-info-ip-mismatch', () => {
  it('reports an app_info.json ip that differs from working_ip', () => {
    const found = runRule(rule, fleetOf(merge(infra(), { agentConfigs: [hostConfig('hosts/db', 'cn-hangzhou', 'intranet', ',\n  "working_ip": "10.0.0.5"')], appInfos: [APP('172.16.0.5')] })));
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/db/usr/local/ilogtail/app_info.json');
    expect(span(d)).toBe('3:9-3:21');
    expect(d.message).toContain('app_info.json reports ip "172.16.0.5", but working_ip is "10.0.0.5" (hosts/db/usr/local/ilogtail/ilogtail_config.json:9)');
    expect(relatedSpans(d)).toEqual(['hosts/db/usr/local/ilogtail/ilogtail_config.json@9:17-9:27']);
  });

  it('reports an app_info.json ip in no IP group of its region when there is no working_ip', () => {
    const found = runRule(rule, fleetOf(merge(infra(), { agentConfigs: [hostConfig('hosts/db', 'cn-hangzhou')], appInfos: [APP('172.16.0.5')] })));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('no IP machine group of cn-hangzhou');
    expect(relatedSpans(found[0])).toEqual(['hosts/db/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@18:19-18:23']);
  });

  it('is silent when the ip matches working_ip, or a group, or the region is unknown', () => {
    expect(runRule(rule, fleetOf(merge(infra(), { agentConfigs: [hostConfig('hosts/db', 'cn-hangzhou', 'intranet', ',\n  "working_ip": "10.0.0.5"')], appInfos: [APP('10.0.0.5')] })))).toEqual([]);
    expect(runRule(rule, fleetOf(merge(infra(), { agentConfigs: [hostConfig('hosts/db', 'cn-hangzhou')], appInfos: [APP('10.0.0.5')] })))).toEqual([]);
    expect(runRule(rule, fleetOf(merge(infra(), { appInfos: [APP('172.16.0.5')] })))).toEqual([]);
  });
});
