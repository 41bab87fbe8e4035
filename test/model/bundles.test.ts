import { describe, expect, it } from 'vitest';
import { stripInstallPath } from '../../src/model/bundle-roots.js';
import { splitUserDefinedIdEnv, splitUserIdEnv } from '../../src/model/bundle-values.js';
import { globToRegExp } from '../../src/model/globs.js';
import { fleetOf, span } from './fixtures.js';

describe('stripInstallPath', () => {
  it.each([
    ['hosts/web/etc/ilogtail', 'hosts/web'],
    ['hosts/web/usr/local/ilogtail', 'hosts/web'],
    ['hosts/web/etc/ilogtail/conf/cn-hangzhou-internet', 'hosts/web'],
    ['hosts/web/usr/local/loongcollector/conf', 'hosts/web'],
    ['hosts/web/usr/local/loongcollector/conf/instance_config/local', 'hosts/web'],
    ['hosts/win/LogtailData', 'hosts/win'],
    ['hosts/win/Program Files (x86)/Alibaba/Logtail', 'hosts/win'],
    ['hosts/win/Program Files/Alibaba/Logtail', 'hosts/win'],
    ['etc/ilogtail', ''],
    ['hosts/web', 'hosts/web'],
    ['hosts/web/config', 'hosts/web/config'],
    // LoongCollector's own layout: user_defined_id in conf/, the instance config below it.
    ['hosts/lc/conf', 'hosts/lc'],
    ['hosts/lc/conf/instance_config/local', 'hosts/lc'],
    ['', ''],
  ])('%s → %s', (dir, root) => {
    expect(stripInstallPath(dir)).toBe(root);
  });
});

describe('globToRegExp', () => {
  it('matches folders segment by segment', () => {
    expect(globToRegExp('hosts/*').test('hosts/web')).toBe(true);
    expect(globToRegExp('hosts/*').test('hosts/web/etc')).toBe(false);
    expect(globToRegExp('**/web').test('a/b/web')).toBe(true);
    expect(globToRegExp('**/web').test('web')).toBe(true);
    expect(globToRegExp('hosts/{web,db}').test('hosts/db')).toBe(true);
    expect(globToRegExp('hosts/w?b').test('hosts/web')).toBe(true);
    expect(globToRegExp('a.b').test('axb')).toBe(false);
  });
});

describe('agent splitting of env values', () => {
  it('ALIYUN_LOGTAIL_USER_DEFINED_ID: ends trimmed of commas then spaces, items trimmed (§4)', () => {
    expect(splitUserDefinedIdEnv(',web, db ,')).toEqual(['web', 'db']);
    expect(splitUserDefinedIdEnv(' a,,b ')).toEqual(['a', 'b']);
  });
  it('ALIYUN_LOGTAIL_USER_ID: ends trimmed of spaces then commas, items NOT trimmed (§3)', () => {
    expect(splitUserIdEnv(' 123, 456 ')).toEqual(['123', ' 456']);
    expect(splitUserIdEnv(',123,,456,')).toEqual(['123', '', '456']);
  });
});

const INTRANET = `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }],
  "working_ip": "10.0.0.5"
}
`;

const daemonSet = (env: string) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: logtail-ds
spec:
  template:
    spec:
      containers:
        - name: logtail
          env:
${env}`;

describe('bundles', () => {
  it('groups agent files by their root once install paths are stripped', async () => {
    const fleet = await fleetOf({
      'hosts/web/usr/local/ilogtail/ilogtail_config.json': INTRANET,
      'hosts/web/etc/ilogtail/user_defined_id': 'web\nweb\n  blue \n',
      'hosts/web/etc/ilogtail/users/1234567890123456': '',
      'hosts/web/etc/ilogtail/users/.hidden': '',
      'hosts/web/usr/local/ilogtail/app_info.json': '{ "ip": "10.0.0.6" }',
    });
    expect(fleet.bundles).toHaveLength(1);
    const b = fleet.bundles[0];
    expect(b.id).toBe('hosts/web');
    expect(b.files).toEqual([
      'hosts/web/etc/ilogtail/user_defined_id',
      'hosts/web/etc/ilogtail/users',
      'hosts/web/etc/ilogtail/users/1234567890123456',
      'hosts/web/usr/local/ilogtail/app_info.json',
      'hosts/web/usr/local/ilogtail/ilogtail_config.json',
    ]);
    expect(b.region?.value).toBe('cn-hangzhou');
    expect(b.region?.pointer).toBe('/data_server_list/0/cluster');
    expect(span(b.region!)).toBe('3:37-3:50');
    expect(b.network?.value).toBe('intranet');
    expect(b.network?.pointer).toBe('/data_server_list/0/endpoint');
    expect(b.identifiers.map((i) => i.value)).toEqual(['web', 'blue']);
    expect(span(b.identifiers[1])).toBe('3:3-3:7');
    expect(b.accounts.map((a) => a.value)).toEqual(['1234567890123456']);
    expect(b.usersDirs).toEqual(['hosts/web/etc/ilogtail/users']);
    expect(b.workingIp?.value).toBe('10.0.0.5');
    expect(span(b.workingIp!)).toBe('4:17-4:27');
    expect(b.appInfoIp?.value).toBe('10.0.0.6');
    expect(b.reportedIp?.value).toBe('10.0.0.5');
  });

  it('keeps separate folders apart and the same folder together', async () => {
    const fleet = await fleetOf({
      'hosts/web/user_defined_id': 'web\n',
      'hosts/db/user_defined_id': 'db\n',
      'hosts/web/ilogtail_config.json': INTRANET,
    });
    expect(fleet.bundles.map((b) => [b.id, b.files.length])).toEqual([
      ['hosts/db', 1],
      ['hosts/web', 2],
    ]);
  });

  it('a declared host folder (glob, relative to the config) is one bundle with its declared facts', async () => {
    const fleet = await fleetOf(
      { 'hosts/web/a/user_defined_id': 'web\n', 'hosts/web/b/ilogtail_config.json': INTRANET },
      { hosts: [{ path: 'hosts/*', ecs: false, accountId: '1234567890123456' }] },
    );
    expect(fleet.bundles).toHaveLength(1);
    const b = fleet.bundles[0];
    expect(b.id).toBe('hosts/web');
    expect(b.declared).toMatchObject({ path: 'hosts/*', ecs: false, accountId: '1234567890123456' });
    expect(b.declared?.at.file).toBe('.logtail-lint.json');
    expect(span(b.declared!.at)).toBe('1:11-1:72');
    expect(b.identifiers.map((i) => i.value)).toEqual(['web']);
  });

  it('declared paths are relative to the config folder', async () => {
    const { lint } = await import('../../src/index.js');
    const { writeTree } = await import('../helpers.js');
    const root = writeTree({ 'infra/hosts/web/user_defined_id': 'web\n', 'infra/.logtail-lint.json': JSON.stringify({ hosts: [{ path: 'hosts/web', ecs: true }] }) });
    // Linted from the repository root, with the config found in infra/.
    const { fleet } = await lint({ cwd: root, patterns: ['infra'] });
    expect(fleet.bundles[0].id).toBe('infra/hosts/web');
    expect(fleet.bundles[0].declared?.ecs).toBe(true);
  });

  it('region is unknown when the config fields disagree or one is not a region', async () => {
    const disagree = await fleetOf({ 'h/ilogtail_config.json': '{"data_server_list":[{"cluster":"cn-beijing","endpoint":"cn-hangzhou.log.aliyuncs.com"}]}' });
    expect(disagree.bundles[0].region).toBeUndefined();
    const typo = await fleetOf({ 'h/ilogtail_config.json': '{"data_server_list":[{"cluster":"cn-hangzohu"}]}' });
    expect(typo.bundles[0].region).toBeUndefined();
  });

  it('a key written twice counts as the agent reads it: the last occurrence', async () => {
    const fleet = await fleetOf({
      'h/ilogtail_config.json':
        '{"data_server_list":[{"cluster":"cn-shanghai"}],"working_ip":"10.0.0.1",\n"data_server_list":[{"cluster":"cn-hangzhou"}],"working_ip":"10.0.0.2"}',
    });
    expect(fleet.bundles[0].region?.value).toBe('cn-hangzhou');
    expect(span(fleet.bundles[0].region!)).toBe('2:32-2:45');
    expect(fleet.bundles[0].workingIp?.value).toBe('10.0.0.2');
  });

  it('acceleration: the region comes from cluster, the network from the data endpoint', async () => {
    const fleet = await fleetOf({
      'h/ilogtail_config.json':
        '{"config_server_address":"http://logtail.cn-hangzhou.log.aliyuncs.com","data_server_list":[{"cluster":"cn-hangzhou","endpoint":"log-global.aliyuncs.com"}]}',
    });
    expect(fleet.bundles[0].region?.value).toBe('cn-hangzhou');
    expect(fleet.bundles[0].network?.value).toBe('acceleration');
  });

  it('a container is its own bundle: region from ALIYUN_LOGTAIL_CONFIG, ids split as the agent does', async () => {
    const fleet = await fleetOf({
      'k8s/ds.yaml': daemonSet(
        '            - { name: ALIYUN_LOGTAIL_CONFIG, value: "/etc/ilogtail/conf/cn-shanghai-internet/ilogtail_config.json" }\n' +
          '            - { name: ALIYUN_LOGTAIL_USER_DEFINED_ID, value: "web, db" }\n' +
          '            - { name: ALIYUN_LOGTAIL_USER_ID, value: "123, 456" }\n',
      ),
    });
    const b = fleet.bundles[0];
    expect(b.kind).toBe('container');
    expect(b.id).toBe('k8s/ds.yaml#DaemonSet/logtail-ds/logtail');
    expect(b.region?.value).toBe('cn-shanghai');
    expect(b.network?.value).toBe('internet');
    expect(b.identifiers.map((i) => i.value)).toEqual(['web', 'db']);
    expect(b.accounts.map((a) => a.value)).toEqual(['123', ' 456']);
  });

  it('an unknown env value leaves identifiers open and the region unknown', async () => {
    const fleet = await fleetOf({
      'k8s/ds.yaml': daemonSet(
        '            - { name: ALIYUN_LOGTAIL_CONFIG, value: "${var.region}" }\n            - { name: ALIYUN_LOGTAIL_USER_DEFINED_ID, value: "$(GROUP)" }\n',
      ),
    });
    expect(fleet.bundles[0].region).toBeUndefined();
    expect(fleet.bundles[0].identifiersOpen).toBe(true);
    expect(fleet.index.someBundleIdentifiersOpen).toBe(true);
  });

  it('configMapKeyRef values are resolved from a ConfigMap of the repository', async () => {
    const fleet = await fleetOf({
      'k8s/ds.yaml': daemonSet('            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID\n              valueFrom: {configMapKeyRef: {name: ids, key: id}}\n'),
      'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ids}\ndata:\n  id: web-prod\n',
    });
    expect(fleet.bundles[0].identifiers.map((i) => [i.value, span(i)])).toEqual([['web-prod', '12:26-12:65']]);
    expect(fleet.bundles[0].identifiersOpen).toBe(false);
  });

  it('an install command gives region and network when no config file does', async () => {
    const fleet = await fleetOf({ 'hosts/web/install.sh': './logtail.sh install cn-beijing-internet\n' });
    expect(fleet.bundles[0].region?.value).toBe('cn-beijing');
    expect(fleet.bundles[0].network?.value).toBe('internet');
    expect(span(fleet.bundles[0].region!)).toBe('1:22-1:41');
  });

  it('`install auto` says nothing about the region', async () => {
    expect((await fleetOf({ 'hosts/web/install.sh': './logtail.sh install auto\n' })).bundles[0].region).toBeUndefined();
  });

  it('the model is frozen', async () => {
    const fleet = await fleetOf({ 'h/user_defined_id': 'a\n' });
    expect(Object.isFrozen(fleet)).toBe(true);
    expect(Object.isFrozen(fleet.bundles)).toBe(true);
    expect(Object.isFrozen(fleet.bundles[0])).toBe(true);
    expect(Object.isFrozen(fleet.bundles[0].identifiers)).toBe(true);
  });
});
