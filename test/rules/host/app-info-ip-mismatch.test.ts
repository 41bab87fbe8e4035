import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/app-info-ip-mismatch.js';
import { appInfo, fleetOf, relatedSpans, runRule, span } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';
import { findings } from '../../helpers.js';

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

describe('host/app-info-ip-mismatch on hosts with custom identifiers', () => {
  it('does not judge the IP of a host that its custom identifier places in a group', async () => {
    const tree = {
      'infra/main.tf': `provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_project" "p" {\n  project_name = "logs"\n}\nresource "alicloud_log_machine_group" "ids" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\nresource "alicloud_log_machine_group" "ips" {\n  project       = "logs"\n  name          = "db"\n  identify_list = ["10.0.0.9"]\n}\n`,
      'hosts/web/usr/local/ilogtail/ilogtail_config.json': JSON.stringify({ config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }], working_ip: '10.0.0.5' }),
      'hosts/web/usr/local/ilogtail/app_info.json': JSON.stringify({ ip: '10.0.0.5', hostname: 'web' }),
      'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\n',
    };
    expect(await findings(tree, 'host/app-info-ip-mismatch')).toEqual([]);
    expect(await findings(tree, 'host/identity-matches-no-group')).toEqual([]);
    // The same host without its identifier is identified by IP alone, and 10.0.0.5 is in no IP group.
    const { ['hosts/web/etc/ilogtail/user_defined_id']: _dropped, ...ipOnly } = tree;
    expect((await findings(ipOnly, 'host/identity-matches-no-group')).map((d) => d.message)).toEqual([expect.stringContaining('working_ip "10.0.0.5" is in no IP machine group of cn-hangzhou')]);
  });
});
