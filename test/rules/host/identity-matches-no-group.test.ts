import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/host/identity-matches-no-group.js';
import { container, Doc, fleetOf, group, relatedSpans, runRule, span, userDefinedId } from '../../model/fixtures.js';
import { hostConfig, infra, merge } from './scene.js';
import { findings } from '../../helpers.js';

const run = (...parts: Parameters<typeof merge>) => runRule(rule, fleetOf(merge(...parts)));

describe('host/identity-matches-no-group', () => {
  it('reports an identifier no group of the region lists, with did-you-mean and the region groups', () => {
    const found = run(infra(), {
      agentConfigs: [hostConfig('hosts/web', 'cn-hangzhou')],
      userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'web-prod\nweb-prd\n')],
    });
    expect(found).toHaveLength(1);
    const [d] = found;
    expect(d.file).toBe('hosts/web/etc/ilogtail/user_defined_id');
    expect(span(d)).toBe('2:1-2:8');
    expect(d.message).toContain('Custom identifier "web-prd" matches no machine group in cn-hangzhou');
    expect(d.message).toContain('hosts/web/usr/local/ilogtail/ilogtail_config.json:5');
    expect(d.message).toContain('Did you mean "web-prod" (machine group "web" of project "app-logs", infra/main.tf:13)?');
    expect(relatedSpans(d)).toEqual(['hosts/web/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@13:20-13:30']);
  });

  it('reports a working_ip no IP group of the region lists', () => {
    const found = run(infra(), { agentConfigs: [hostConfig('hosts/db', 'cn-hangzhou', 'intranet', ',\n  "working_ip": "10.0.0.9"')] });
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe('hosts/db/usr/local/ilogtail/ilogtail_config.json');
    expect(span(found[0])).toBe('9:17-9:27');
    expect(found[0].pointer).toBe('/working_ip');
    expect(found[0].message).toContain('working_ip "10.0.0.9" is in no IP machine group of cn-hangzhou');
    expect(relatedSpans(found[0])).toEqual(['hosts/db/usr/local/ilogtail/ilogtail_config.json@5:18-5:31', 'infra/main.tf@18:19-18:23']);
  });

  it('splits ALIYUN_LOGTAIL_USER_DEFINED_ID on commas like the agent, and points at the env value', () => {
    const doc = new Doc('k8s/ds.yaml', 'name: logtail\nconfig: "/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json"\nids: "web-prod, web-prd"\n', 'yaml');
    const found = run(infra(), {
      containers: [container(doc, { workload: 'DaemonSet/logtail-ds', container: 'logtail', configPath: '"/etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json"', userDefinedId: '"web-prod, web-prd"' })],
    });
    expect(found.map((d) => [d.file, span(d)])).toEqual([['k8s/ds.yaml', '3:6-3:25']]);
    expect(found[0].message).toContain('"web-prd"');
  });

  it('is silent when every identifier and the IP match, or when the region has no such groups', () => {
    expect(
      run(infra(), {
        agentConfigs: [hostConfig('hosts/web', 'cn-hangzhou', 'intranet', ',\n  "working_ip": "10.0.0.5"')],
        userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'web-prod\nweb-canary\n')],
      }),
    ).toEqual([]);
    // Groups exist only in cn-hangzhou: a host in cn-shanghai with any identifier is not judged here.
    expect(run(infra(), { agentConfigs: [hostConfig('h', 'cn-shanghai')], userDefinedIds: [userDefinedId('h/user_defined_id', 'x\n')] })).toEqual([]);
  });

  it('is silent when the host region is unknown', () => {
    expect(run(infra(), { userDefinedIds: [userDefinedId('hosts/web/etc/ilogtail/user_defined_id', 'nope\n')] })).toEqual([]);
  });

  it('is silent when a group of the region has identifiers only known at apply time', () => {
    const d = new Doc('infra/more.tf', 'resource "alicloud_log_machine_group" "more" {\n  project = "app-logs"\n  name = "more"\n  identify_type = "userdefined"\n  identify_list = var.ids\n}\n');
    const open = group(d, { address: 'alicloud_log_machine_group.more', name: '"more"', project: '"app-logs"', type: '"userdefined"', ids: 'var.ids' });
    const found = run(infra(), { machineGroups: [open] }, {
      agentConfigs: [hostConfig('h', 'cn-hangzhou')],
      userDefinedIds: [userDefinedId('h/user_defined_id', 'anything\n')],
    });
    expect(found).toEqual([]);
  });

  it('is silent when a group of unknown region lists the identifier', () => {
    const d = new Doc('other/main.tf', 'resource "alicloud_log_machine_group" "x" {\n  project = "elsewhere"\n  name = "x"\n  identify_type = "userdefined"\n  identify_list = ["lonely"]\n}\n');
    const g = group(d, { address: 'alicloud_log_machine_group.x', name: '"x"', project: '"elsewhere"', type: '"userdefined"', ids: ['"lonely"'] });
    expect(run(infra(), { machineGroups: [g] }, { agentConfigs: [hostConfig('h', 'cn-hangzhou')], userDefinedIds: [userDefinedId('h/user_defined_id', 'lonely\n')] })).toEqual([]);
  });

  it('leaves a host whose identifiers join only another region to host/region-mismatch', () => {
    expect(run(infra(), { agentConfigs: [hostConfig('h', 'cn-beijing')], userDefinedIds: [userDefinedId('h/user_defined_id', 'web-prod\n')] }, infra({ region: 'cn-beijing', file: 'bj/main.tf', webIds: ['bj-web'] }))).toEqual([]);
  });
});

describe('host/identity-matches-no-group with spare identifiers', () => {
  it('an extra identifier is no finding when another one places the host in a group', async () => {
    const tree = {
      'infra/main.tf': 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_machine_group" "w" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
      'hosts/web/usr/local/ilogtail/ilogtail_config.json': JSON.stringify({ config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }] }),
      'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\nextra-id\n',
    };
    expect(await findings(tree, 'host/identity-matches-no-group')).toEqual([]);
    // A near-miss of a group's identifier is still a likely typo, even beside a matching one.
    const typo = await findings({ ...tree, 'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\nweb-prd\n' }, 'host/identity-matches-no-group');
    expect(typo.map((d) => d.message)).toEqual([expect.stringContaining('it gets configuration only through "web-prod"')]);
    expect(await findings({ ...tree, 'hosts/web/etc/ilogtail/user_defined_id': 'web-prd\nextra-id\n' }, 'host/identity-matches-no-group')).toHaveLength(2);
  });
});
