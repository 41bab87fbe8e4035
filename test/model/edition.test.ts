import { describe, expect, it } from 'vitest';
import { fleetOf } from './fixtures.js';

const F = 'hosts/web/usr/local/ilogtail/ilogtail_config.json';
const SLS = '{\n  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",\n  "data_server_list": []\n}\n';

/** The verdict for `file` as `edition: reason; reason`. */
async function verdict(tree: Record<string, string>, file = F, config?: Record<string, unknown>): Promise<string> {
  const v = (await fleetOf(tree, config)).editionOf(file);
  return `${v.edition}${v.declared ? ' (declared)' : ''}: ${v.evidence.map((e) => e.reason).join('; ')}`;
}

describe('fleet.editionOf', () => {
  it('an SLS key in the file decides, with where it is', async () => {
    const fleet = await fleetOf({ [F]: SLS });
    const v = fleet.editionOf(F);
    expect(v.edition).toBe('sls');
    expect(v.evidence.map((e) => [e.reason, e.at?.range.start.line])).toEqual([
      ['"config_server_address" in the file', 2],
      ['"data_server_list" in the file', 3],
    ]);
  });

  it('the community ConfigServer key makes it community', async () => {
    expect(await verdict({ [F]: '{"ilogtail_configserver_address": ["10.0.0.5:8899"]}' })).toBe(
      'community: the open-source ConfigServer key "ilogtail_configserver_address" in the file',
    );
  });

  it('the bundle: users/, user_defined_id, install commands, identity writes', async () => {
    expect(await verdict({ [F]: '{}', 'hosts/web/etc/ilogtail/users/1234567890123456': '' })).toBe('sls: the users/ entry hosts/web/etc/ilogtail/users/1234567890123456');
    expect(await verdict({ [F]: '{}', 'hosts/web/etc/ilogtail/user_defined_id': 'web\n' })).toBe('sls: user_defined_id (hosts/web/etc/ilogtail/user_defined_id)');
    expect(await verdict({ [F]: '{}', 'hosts/web/setup.sh': '#!/bin/sh\n./logtail.sh install cn-hangzhou\necho web > /etc/ilogtail/user_defined_id\n' })).toBe(
      'sls: the logtail.sh install command in hosts/web/setup.sh; the write to user_defined_id in hosts/web/setup.sh',
    );
  });

  it('an IP that an SLS machine group lists', async () => {
    const tree = {
      [F]: '{"working_ip": "10.0.0.5"}',
      'tf/main.tf': 'resource "alicloud_log_machine_group" "db" {\n  project       = "p"\n  name          = "db"\n  identify_type = "ip"\n  identify_list = ["10.0.0.5"]\n}\n',
    };
    expect(await verdict(tree)).toBe('sls: IP 10.0.0.5, listed by machine group db');
  });

  it('community signs: the LoongCollector layout, pipeline folders, access keys', async () => {
    expect(await verdict({ 'lc/conf/loongcollector_config.json': '{}' }, 'lc/conf/loongcollector_config.json')).toMatch(
      /^community: loongcollector_config.json, the open-source LoongCollector's instance config/,
    );
    expect(await verdict({ 'agent/ilogtail_config.json': '{}', 'agent/config/local/a.yaml': 'enable: true\n' }, 'agent/ilogtail_config.json')).toBe(
      'community: the local pipeline config agent/config/local/a.yaml',
    );
    expect(await verdict({ [F]: '{"default_access_key_id": "", "cpu_usage_limit": 0.4}' })).toBe(
      'community: "default_access_key_id" and no SLS endpoint, as open-source configs that flush to SLS carry them',
    );
  });

  it('SLS keys win over community signs; the declaration wins over everything', async () => {
    expect(
      await verdict({ 'lc/conf/instance_config/local/loongcollector_config.json': '{"primary_region": "cn-beijing"}' }, 'lc/conf/instance_config/local/loongcollector_config.json'),
    ).toBe('sls: "primary_region" in the file');
    expect(await verdict({ [F]: SLS }, F, { hosts: [{ path: 'hosts/web', edition: 'community' }] })).toBe(
      'community (declared): hosts[] in .logtail-lint.json declares "hosts/web" community',
    );
  });

  it('nothing either way, and files outside every bundle, are unknown', async () => {
    expect(await verdict({ [F]: '{"cpu_usage_limit": 0.4}' })).toBe('unknown: ');
    expect(await verdict({ [F]: '{}' }, 'elsewhere/file.json')).toBe('unknown: ');
  });
});
