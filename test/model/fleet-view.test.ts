/** The fleet view from real file text: a repository in a temporary folder, through lint(). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { fleetView, mapViewFiles, type FleetView, type HostView } from '../../src/model/fleet-view.js';
import { fleetOf } from './fixtures.js';

/** The installer's ilogtail_config.json: `<region>-intranet` hosts, or the bare region for the internet. */
const agentConfig = (region: string, network: 'intranet' | 'internet' = 'intranet', extra = '') => {
  const host = network === 'intranet' ? `${region}-intranet` : region;
  return `{
  "config_server_address": "http://logtail.${host}.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "${region}", "endpoint": "${host}.log.aliyuncs.com" }]${extra}
}
`;
};

const provider = (region: string) => `provider "alicloud" {\n  region = "${region}"\n}\n`;

const userdefinedGroup = (name: string, ids: string[], extra = '') => `resource "alicloud_log_machine_group" "${name}" {
  project       = "app-logs"
  name          = "${name}"
  identify_type = "userdefined"
  identify_list = [${ids.map((i) => JSON.stringify(i)).join(', ')}]${extra}
}
`;

const ipGroup = (name: string, list: string) => `resource "alicloud_log_machine_group" "${name}" {
  project       = "app-logs"
  name          = "${name}"
  identify_type = "ip"
  identify_list = ${list}
}
`;

const host = (view: FleetView, id: string): HostView => {
  const h = view.hosts.find((x) => x.id === id);
  if (!h) throw new Error(`no host ${id} in ${view.hosts.map((x) => x.id).join(', ')}`);
  return h;
};

const HANGZHOU_TF = provider('cn-hangzhou') + userdefinedGroup('web', ['web-prod', 'api-prod']) + ipGroup('db', '["10.0.1.15"]');

describe('fleet view: joins', () => {
  it('joins a host by custom identifier and by reported IP in its region, at the lines that say so', async () => {
    const view = fleetView(
      await fleetOf({
        'tf/main.tf': HANGZHOU_TF,
        'hosts/web/etc/ilogtail/user_defined_id': 'web-prod\n',
        'hosts/web/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
        'hosts/db/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou', 'intranet', ',\n  "working_ip": "10.0.1.15"'),
      }),
    );
    expect(view.matches).toEqual([
      {
        host: 'hosts/db',
        group: 'tf/main.tf#alicloud_log_machine_group.db',
        via: 'ip',
        value: '10.0.1.15',
        at: { file: 'hosts/db/usr/local/ilogtail/ilogtail_config.json', line: 4 },
        entryAt: { file: 'tf/main.tf', line: 14 },
        state: 'joins',
      },
      {
        host: 'hosts/web',
        group: 'tf/main.tf#alicloud_log_machine_group.web',
        via: 'userdefined',
        value: 'web-prod',
        at: { file: 'hosts/web/etc/ilogtail/user_defined_id', line: 1 },
        entryAt: { file: 'tf/main.tf', line: 8 },
        state: 'joins',
      },
    ]);
    expect(host(view, 'hosts/web')).toMatchObject({ state: 'joins', reasons: [], joins: ['tf/main.tf#alicloud_log_machine_group.web'], region: 'cn-hangzhou', network: 'intranet' });
    expect(host(view, 'hosts/db')).toMatchObject({ state: 'joins', ip: '10.0.1.15', joins: ['tf/main.tf#alicloud_log_machine_group.db'] });
    expect(view.unjoined).toEqual([]);
    expect(view.groups.map((g) => [g.name, g.hosts, g.at])).toEqual([
      ['web', 1, { file: 'tf/main.tf', line: 6 }], // the name line
      ['db', 1, { file: 'tf/main.tf', line: 12 }],
    ]);
    expect(view.counts).toMatchObject({ hosts: 2, groups: 2, joins: 2, hostsJoining: 2, hostsJoiningNone: 0, hostsMayMatch: 0, groupsWithoutHosts: 0 });
  });

  it('a group in another region is no join: the host joins none', async () => {
    const view = fleetView(
      await fleetOf({
        'tf/main.tf': HANGZHOU_TF,
        'hosts/sh/etc/ilogtail/user_defined_id': 'web-prod\n',
        'hosts/sh/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-shanghai'),
      }),
    );
    expect(view.matches.map((m) => [m.host, m.value, m.state])).toEqual([['hosts/sh', 'web-prod', 'other-region']]);
    expect(host(view, 'hosts/sh')).toMatchObject({ state: 'none', reasons: [], joins: [], region: 'cn-shanghai' });
    expect(view.unjoined).toEqual(['hosts/sh']);
    expect(view.counts).toMatchObject({ joins: 0, hostsJoiningNone: 1, groupsWithoutHosts: 2 });
  });

  it('an identifier no group lists (a CR kept from a Windows editor) joins none', async () => {
    const view = fleetView(
      await fleetOf({
        'tf/main.tf': HANGZHOU_TF,
        'hosts/w/etc/ilogtail/user_defined_id': 'web-prod\r\n',
        'hosts/w/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
      }),
    );
    expect(host(view, 'hosts/w')).toMatchObject({ identifiers: ['web-prod\r'], state: 'none', reasons: [] });
    expect(view.matches).toEqual([]);
  });

  it('a host whose region the repo does not state may match, and is no join', async () => {
    const view = fleetView(
      await fleetOf({
        'tf/main.tf': HANGZHOU_TF,
        'hosts/x/etc/ilogtail/user_defined_id': 'web-prod\n',
      }),
    );
    expect(host(view, 'hosts/x')).toMatchObject({ region: null, network: null, regionAt: null, state: 'may-match', reasons: ['host-region-unknown'], joins: [] });
    expect(view.matches.map((m) => m.state)).toEqual(['may-match']);
    expect(view.groups.find((g) => g.name === 'web')).toMatchObject({ hosts: 0, mayMatchHosts: 1 });
    expect(view.counts).toMatchObject({ joins: 0, hostsMayMatch: 1, hostsJoiningNone: 0 });
  });

  it('a group of unknown identify type or of unknown region may match, and is no join', async () => {
    const view = fleetView(
      await fleetOf({
        // No provider region: the group's region is unknown. The ROS type is not a valid one (case matters).
        'tf/nowhere.tf': userdefinedGroup('batch', ['batch-prod']),
        'ros/groups.yaml': `ROSTemplateFormatVersion: '2015-09-01'
Resources:
  Pay:
    Type: ALIYUN::SLS::MachineGroup
    Properties:
      ProjectName: app-logs
      GroupName: pay
      MachineIdentifyType: userDefined
      MachineList:
        - pay-prod
`,
        'hosts/batch/etc/ilogtail/user_defined_id': 'batch-prod\n',
        'hosts/batch/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
        'hosts/pay/etc/ilogtail/user_defined_id': 'pay-prod\n',
        'hosts/pay/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
      }),
    );
    expect(view.groups.map((g) => [g.name, g.region, g.type])).toEqual([
      ['batch', null, 'userdefined'],
      ['pay', null, null],
    ]);
    expect(host(view, 'hosts/batch')).toMatchObject({ state: 'may-match', reasons: ['group-region-unknown'] });
    expect(host(view, 'hosts/pay')).toMatchObject({ state: 'may-match', reasons: ['group-type-unknown'] });
    expect(view.counts.joins).toBe(0);
  });

  it('identifiers known only at apply or run time make "may match", not "none"', async () => {
    const view = fleetView(
      await fleetOf({
        'tf/main.tf': provider('cn-hangzhou') + userdefinedGroup('web', ['web-prod']) + ipGroup('bastion', '[alicloud_instance.bastion.private_ip]'),
        // Identifiers from a variable the script gets at run time.
        'hosts/app/setup.sh': '#!/bin/sh\necho "$ROLE" > /etc/ilogtail/user_defined_id\n',
        'hosts/app/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
        // Identified by IP alone: its IP is what the apply-time list may hold.
        'hosts/b/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou', 'intranet', ',\n  "working_ip": "10.9.9.9"'),
      }),
    );
    expect(host(view, 'hosts/app')).toMatchObject({ identifiersOpen: true, state: 'may-match', reasons: ['host-identifiers-open'] });
    expect(host(view, 'hosts/b')).toMatchObject({ ip: '10.9.9.9', state: 'may-match', reasons: ['group-identifiers-open'] });
    expect(view.groups.find((g) => g.name === 'bastion')).toMatchObject({ identifiers: 0, identifiersComplete: false, type: 'ip' });
  });

  it('a host identified by IP alone, IP not in the repo: may match where IP groups exist, none where there are none', async () => {
    const withIp = fleetView(await fleetOf({ 'tf/main.tf': HANGZHOU_TF, 'hosts/a/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou') }));
    expect(host(withIp, 'hosts/a')).toMatchObject({ ip: null, identifiers: [], state: 'may-match', reasons: ['host-ip-unknown'] });
    const noIp = fleetView(
      await fleetOf({ 'tf/main.tf': provider('cn-hangzhou') + userdefinedGroup('web', ['web-prod']), 'hosts/a/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou') }),
    );
    expect(host(noIp, 'hosts/a')).toMatchObject({ state: 'none', reasons: [] });
  });

  it('a repository without machine groups: every host joins none', async () => {
    const view = fleetView(await fleetOf({ 'hosts/a/etc/ilogtail/user_defined_id': 'a\n', 'hosts/a/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-beijing') }));
    expect(view.counts).toMatchObject({ hosts: 1, groups: 0, projects: 0, joins: 0, hostsJoiningNone: 1 });
    expect(view.groupsByProjectType).toEqual([]);
  });
});

describe('fleet view: counts and order', () => {
  const TREE = {
    'tf/main.tf': HANGZHOU_TF,
    'tf/other.tf': `resource "alicloud_log_machine_group" "ops" {\n  project       = "ops-logs"\n  name          = "ops"\n  identify_type = "userdefined"\n  identify_list = ["ops"]\n}\n`,
    'hosts/b/etc/ilogtail/user_defined_id': 'api-prod\n',
    'hosts/b/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou', 'internet'),
    'hosts/a/etc/ilogtail/user_defined_id': 'web-prod\n',
    'hosts/a/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-hangzhou'),
    'hosts/c/usr/local/ilogtail/ilogtail_config.json': agentConfig('cn-shanghai'),
    'hosts/d/etc/ilogtail/user_defined_id': 'nothing\n',
    'k8s/ds.yaml': `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logtail-ds
spec:
  template:
    spec:
      containers:
        - name: logtail
          env:
            - name: ALIYUN_LOGTAIL_CONFIG
              value: /etc/ilogtail/conf/cn-hangzhou/ilogtail_config.json
            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID
              value: web-prod,api-prod
`,
  };

  it('hosts by region x network and groups by project x type, known values first, unknown last', async () => {
    const view = fleetView(await fleetOf(TREE));
    expect(view.hostsByRegionNetwork).toEqual([
      { region: 'cn-hangzhou', network: 'internet', hosts: 1 },
      { region: 'cn-hangzhou', network: 'intranet', hosts: 2 },
      { region: 'cn-shanghai', network: 'intranet', hosts: 1 },
      { region: null, network: null, hosts: 1 },
    ]);
    expect(view.groupsByProjectType).toEqual([
      { project: 'app-logs', type: 'userdefined', groups: 1 },
      { project: 'app-logs', type: 'ip', groups: 1 },
      { project: 'ops-logs', type: 'userdefined', groups: 1 },
    ]);
    expect(view.hosts.map((h) => [h.id, h.kind, h.state])).toEqual([
      ['hosts/a', 'files', 'joins'],
      ['hosts/b', 'files', 'joins'],
      ['hosts/c', 'files', 'none'],
      ['hosts/d', 'files', 'none'],
      ['k8s/ds.yaml#DaemonSet/logtail-ds/logtail', 'container', 'joins'],
    ]);
    // The container carries two identifiers of one group: one join, two matches.
    const k8s = view.matches.filter((m) => m.host.startsWith('k8s/'));
    expect(k8s.map((m) => [m.value, m.state])).toEqual([
      ['api-prod', 'joins'],
      ['web-prod', 'joins'],
    ]);
    expect(view.counts).toEqual({
      hosts: 5,
      fileHosts: 4,
      containers: 1,
      groups: 3,
      projects: 2, // named by the groups (app-logs, ops-logs); none is defined
      joins: 3,
      hostsJoining: 3,
      hostsMayMatch: 0,
      hostsJoiningNone: 2,
      groupsWithoutHosts: 2,
    });
    expect(view.unjoined).toEqual(['hosts/c', 'hosts/d']);
    expect(host(view, 'hosts/d')).toMatchObject({ region: null, at: { file: 'hosts/d/etc/ilogtail/user_defined_id', line: 1 } });
    expect(host(view, 'hosts/c')).toMatchObject({ at: { file: 'hosts/c/usr/local/ilogtail/ilogtail_config.json', line: 3 } });
  });

  it('is plain JSON data, and the same for the same files written in another order', async () => {
    const view = fleetView(await fleetOf(TREE));
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    const protos = new Set<unknown>();
    const walk = (v: unknown) => {
      if (v === null || typeof v !== 'object') return;
      protos.add(Object.getPrototypeOf(v));
      for (const x of Object.values(v)) walk(x);
    };
    walk(view);
    expect(protos).toEqual(new Set([Object.prototype, Array.prototype]));
    const reversed = Object.fromEntries(Object.entries(TREE).reverse());
    expect(fleetView(await fleetOf(reversed))).toEqual(view);
  });

  it('mapViewFiles maps every location and nothing else', async () => {
    const view = fleetView(await fleetOf(TREE));
    const mapped = mapViewFiles(view, (f) => `infra/${f}`);
    const files = (v: FleetView) => [...v.hosts.flatMap((h) => [h.at, ...(h.regionAt ? [h.regionAt] : [])]), ...v.groups.map((g) => g.at), ...v.matches.flatMap((m) => [m.at, m.entryAt])];
    expect(files(mapped).every((l) => l.file.startsWith('infra/'))).toBe(true);
    expect(files(mapped).map((l) => l.file.slice('infra/'.length))).toEqual(files(view).map((l) => l.file));
    expect({ ...mapped, hosts: [], groups: [], matches: [] }).toEqual({ ...view, hosts: [], groups: [], matches: [] });
    expect(mapped.hosts.map((h) => [h.id, h.label, h.root])).toEqual([
      ['hosts/a', 'infra/hosts/a', 'infra/hosts/a'],
      ['hosts/b', 'infra/hosts/b', 'infra/hosts/b'],
      ['hosts/c', 'infra/hosts/c', 'infra/hosts/c'],
      ['hosts/d', 'infra/hosts/d', 'infra/hosts/d'],
      ['k8s/ds.yaml#DaemonSet/logtail-ds/logtail', 'infra/k8s/ds.yaml DaemonSet/logtail-ds container logtail', 'infra/k8s/ds.yaml'],
    ]);
    const atRoot = fleetView(await fleetOf({ 'etc/ilogtail/user_defined_id': 'web-prod\n' }));
    expect(atRoot.hosts.map((h) => [h.label, h.root])).toEqual([['.', '']]);
    expect(mapViewFiles(atRoot, (f) => (f === '' ? 'infra' : `infra/${f}`)).hosts.map((h) => [h.label, h.root])).toEqual([['infra', 'infra']]);
    expect(files(view).some((l) => l.file.startsWith('infra/'))).toBe(false); // the input is unchanged
  });
});

describe('fleet view of examples/', () => {
  it('shows the planted mistakes: the CRLF host, the typo, the Shanghai container join none', async () => {
    const result = await lint({ cwd: path.resolve(import.meta.dirname, '../../examples') });
    const view = fleetView(result.fleet);
    expect(view.counts).toMatchObject({ hosts: 7, containers: 1, groups: 5, joins: 3, hostsJoiningNone: 3, hostsMayMatch: 1 });
    expect(view.hosts.filter((h) => h.state === 'none').map((h) => h.id)).toEqual(['hosts/web-02', 'hosts/web-03', 'k8s/logtail-ds.yaml#DaemonSet/logtail-ds/logtail']);
    expect(host(view, 'hosts/legacy-01')).toMatchObject({ state: 'may-match', reasons: ['host-ip-unknown', 'host-region-unknown'] });
  });
});
