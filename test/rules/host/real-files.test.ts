/** host/ rules on real files, through discovery, the readers and the model. */
import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const INTRANET = `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }],
  "working_ip": "10.0.0.5"
}
`;

describe('host/ rules on real files', () => {
  it('network-unreachable: an intranet endpoint on a declared non-ECS host, with the declaration as related', async () => {
    const found = await findings(
      {
        '.logtail-lint.json': '{\n  "hosts": [{ "path": "hosts/*", "ecs": false }]\n}\n',
        'hosts/idc/usr/local/ilogtail/ilogtail_config.json': INTRANET,
      },
      'host/network-unreachable',
    );
    expect(found.map((d) => [d.file, span(d), d.pointer])).toEqual([['hosts/idc/usr/local/ilogtail/ilogtail_config.json', '3:64-3:103', '/data_server_list/0/endpoint']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([['.logtail-lint.json', '2:13-2:48']]);
  });

  it('app-info-ip-mismatch: app_info.json next to a config with another working_ip', async () => {
    const found = await findings(
      {
        'hosts/db/usr/local/ilogtail/ilogtail_config.json': INTRANET,
        'hosts/db/usr/local/ilogtail/app_info.json': '{\n  "hostname": "db-1",\n  "ip": "172.16.0.5"\n}\n',
      },
      'host/app-info-ip-mismatch',
    );
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/db/usr/local/ilogtail/app_info.json', '3:9-3:21']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([['hosts/db/usr/local/ilogtail/ilogtail_config.json', '4:17-4:27']]);
  });

  it('internet-on-ecs: a same-region ECS host on the Internet endpoint', async () => {
    const found = await findings(
      {
        '.logtail-lint.json': '{ "hosts": [{ "path": "hosts/web", "region": "cn-hangzhou" }] }\n',
        'hosts/web/usr/local/ilogtail/ilogtail_config.json': INTRANET.replace(/-intranet/g, ''),
      },
      'host/internet-on-ecs',
    );
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/web/usr/local/ilogtail/ilogtail_config.json', '3:64-3:94']]);
  });

  it('identity-matches-no-group: Terraform groups, a user_defined_id line and its region from ilogtail_config.json', async () => {
    const found = await findings({ ...TF, ...host('hosts/web', 'cn-hangzhou'), 'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\nweb-prd\n' }, 'host/identity-matches-no-group');
    expect(found.map((d) => [d.file, span(d)])).toEqual([['hosts/web/etc/ilogtail/user_defined_id', '2:1-2:8']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([
      ['hosts/web/usr/local/ilogtail/ilogtail_config.json', '3:37-3:50'],
      ['infra/main.tf', '19:20-19:30'],
    ]);
  });

  it('identity-matches-no-group: a Kubernetes container env, split on commas', async () => {
    const found = await findings({ ...TF, 'k8s/logtail-ds.yaml': DS('web-prod,web-prd') }, 'host/identity-matches-no-group');
    expect(found.map((d) => [d.file, d.message.slice(0, 39)])).toEqual([['k8s/logtail-ds.yaml', 'Custom identifier "web-prd" matches no ']]);
  });

  it('region-mismatch: an aliased provider puts the group in cn-beijing; the host talks to cn-hangzhou', async () => {
    const tree = { ...TF, ...host('hosts/bj', 'cn-hangzhou'), 'hosts/bj/etc/ilogtail/user_defined_id': 'bj-web\n' };
    const found = await findings(tree, 'host/region-mismatch');
    expect(found.map((d) => [d.file, span(d), d.pointer])).toEqual([['hosts/bj/usr/local/ilogtail/ilogtail_config.json', '3:37-3:50', '/data_server_list/0/cluster']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([
      ['infra/main.tf', '32:20-32:28'],
      ['infra/main.tf', '7:12-7:24'],
    ]);
    // The same host in cn-beijing joins its group: no finding from either rule.
    const ok = { ...TF, ...host('hosts/bj', 'cn-beijing'), 'hosts/bj/etc/ilogtail/user_defined_id': 'bj-web\n' };
    expect(await findings(ok, 'host/region-mismatch')).toEqual([]);
    expect(await findings(ok, 'host/identity-matches-no-group')).toEqual([]);
  });

  it('only aliased providers: resources without provider = have no known region, so nothing is judged', async () => {
    const tf = TF['infra/main.tf'].replace('provider "alicloud" {\n  region = "cn-hangzhou"\n}\n', '');
    const tree = { 'infra/main.tf': tf, ...host('hosts/web', 'cn-shanghai'), 'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\n' };
    expect(await findings(tree, 'host/region-mismatch')).toEqual([]);
  });

  it('unused-group-identifier: a group identifier no host carries', async () => {
    const found = await findings({ ...TF, ...host('hosts/web', 'cn-hangzhou'), 'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\nbj-web\n' }, 'host/unused-group-identifier');
    expect(found.map((d) => [d.file, span(d)])).toEqual([['infra/main.tf', '19:32-19:44']]);
  });

  it('missing-account-file and users-not-project-owner: declared host and project owner', async () => {
    const cfg = (ecs: boolean) =>
      JSON.stringify({ projects: [{ name: 'app-logs', region: 'cn-hangzhou', ownerAccountId: '1234567890123456' }], hosts: [{ path: 'hosts/*', ecs }] }, null, 2) + '\n';
    const base = { ...TF, ...host('hosts/web', 'cn-hangzhou'), 'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\n', 'hosts/web/etc/ilogtail/users/1234567890123465': '' };
    const missing = await findings({ ...base, '.logtail-lint.json': cfg(false) }, 'host/missing-account-file');
    expect(missing.map((d) => [d.file, span(d)])).toEqual([['hosts/web/etc/ilogtail/user_defined_id', '1:1-1:9']]);
    expect(missing[0].related?.map((r) => [r.file, span(r)])).toEqual([
      ['.logtail-lint.json', '6:25-6:43'],
      ['infra/main.tf', '19:20-19:30'],
      ['.logtail-lint.json', '10:5-13:6'],
    ]);
    expect(await findings({ ...base, '.logtail-lint.json': cfg(false) }, 'host/users-not-project-owner')).toEqual([]);
    const other = await findings({ ...base, '.logtail-lint.json': cfg(true) }, 'host/users-not-project-owner');
    expect(other.map((d) => [d.file, span(d)])).toEqual([['hosts/web/etc/ilogtail/users/1234567890123465', '1:1-1:1']]);
    expect(await findings({ ...base, '.logtail-lint.json': cfg(true) }, 'host/missing-account-file')).toEqual([]);
  });

  it('identifier-shared-across-projects: the same identifier in two projects of one region', async () => {
    const tf = TF['infra/main.tf'] + `
resource "alicloud_log_machine_group" "other" {
  project       = "other-logs"
  name          = "web"
  identify_type = "userdefined"
  identify_list = ["web-canary"]
}
`;
    const found = await findings({ 'infra/main.tf': tf }, 'host/identifier-shared-across-projects');
    expect(found.map((d) => [d.file, span(d)])).toEqual([['infra/main.tf', '39:20-39:32']]);
    expect(found[0].related?.map((r) => [r.file, span(r)])).toEqual([['infra/main.tf', '19:32-19:44']]);
  });
});

const TF = {
  'infra/main.tf': `provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "bj"
  region = "cn-beijing"
}

resource "alicloud_log_project" "app" {
  project_name = "app-logs"
}

resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.app.project_name
  name          = "web"
  identify_type = "userdefined"
  topic         = "web"
  identify_list = ["web-prod", "web-canary"]
}

resource "alicloud_log_project" "bj" {
  provider     = alicloud.bj
  project_name = "bj-logs"
}

resource "alicloud_log_machine_group" "bj" {
  provider      = alicloud.bj
  project       = alicloud_log_project.bj.project_name
  name          = "bj-web"
  identify_type = "userdefined"
  identify_list = ["bj-web"]
}
`,
};

function host(root: string, region: string): Record<string, string> {
  return {
    [`${root}/usr/local/ilogtail/ilogtail_config.json`]: `{
  "config_server_address": "http://logtail.${region}-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "${region}", "endpoint": "${region}-intranet.log.aliyuncs.com" }]
}
`,
  };
}

function DS(ids: string): string {
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logtail-ds
spec:
  template:
    spec:
      containers:
        - name: logtail
          image: registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest
          env:
            - name: ALIYUN_LOGTAIL_CONFIG
              value: /etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json
            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID
              value: "${ids}"
`;
}
