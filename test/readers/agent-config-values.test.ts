import { describe, expect, it } from 'vitest';
import { withoutRawControls } from '../../src/readers/agent-config.js';
import { lintTree } from '../helpers.js';

const F = 'hosts/web/usr/local/ilogtail/ilogtail_config.json';
const INTRANET = {
  config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
  data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }],
};
const ruleIds = async (text: string) => (await lintTree({ [F]: text })).diagnostics.map((d) => d.ruleId);

describe('agent config values the value rules see', () => {
  it('template placeholders are unknown: no finding from any rule', async () => {
    const text = JSON.stringify({
      config_server_address: 'http://logtail.{{ region }}-intranet.log.aliyuncs.com',
      data_server_list: [{ cluster: '${REGION}', endpoint: '$(REGION)-intranet.log.aliyuncs.com' }],
      working_ip: '{{ ansible_default_ipv4.address }}',
      cpu_usage_limit: '{{ cpu }}',
    });
    expect(await ruleIds(text)).toEqual([]);
  });

  it('a raw newline inside a string is accepted, as jsoncpp accepts it', async () => {
    const text = JSON.stringify(INTRANET).replace(/}$/, ', "working_hostname": "a\nb"}');
    expect(await ruleIds(text)).toEqual([]);
    expect(withoutRawControls('{"a": "x\ny", // "q\n "b\t": 1}')).toBe('{"a": "x y", // "q\n "b ": 1}');
  });

  it('a file jsonc-parser must repair gets syntax findings only, never values it made up', async () => {
    expect(await ruleIds(JSON.stringify(INTRANET).replace(/}$/, ', "cpu_usage_limit": 0x10}'))).toEqual(['config/invalid-json']);
    expect(await ruleIds('{"data_server_list": {{ data_servers | to_json }}}')).not.toContain('config/wrong-type');
  });

  it('a trailing comma alters no value: the value rules still run', async () => {
    const ids = await ruleIds(JSON.stringify(INTRANET).replace(/}$/, ', "max_bytes_per_sec": "2097152",}'));
    expect(ids).toEqual(expect.arrayContaining(['config/trailing-comma', 'config/quoted-number']));
  });
});

describe('structured files at their edges', () => {
  it('YAML with a BOM is read like any other', async () => {
    const result = await lintTree({ 'g.yaml': '\uFEFFgroupName: Y Group\nmachineIdentifyType: ip\nmachineList: ["1.2.3.4"]\n' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['machine-group/invalid-name']);
  });

  it('a truncated .tf.json is one parse error, no made-up machine group', async () => {
    const result = await lintTree({ 'a.tf.json': '{"resource": {"alicloud_log_machine_group": {"g": {"project": "p", "name": "g", "identify_list": [' });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['file/parse-error']);
  });
});
