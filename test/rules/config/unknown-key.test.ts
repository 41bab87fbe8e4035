import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { GFLAGS, KNOWN_KEYS, TYPED_KEYS } from '../../../src/knowledge/agent-keys.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/unknown-key';

describe('config/unknown-key', () => {
  it('suggests the closest key for a typo, at the key', async () => {
    const found = await findings({ [F]: '{\n  "cpu_usage_limt": 0.4\n}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:3-2:19');
    expect(found[0].severity).toBe('warning');
    expect(found[0].pointer).toBe('/cpu_usage_limt');
    expect(found[0].message).toMatch(/Unknown key "cpu_usage_limt".*gflags.*Did you mean "cpu_usage_limit"\?/);
  });

  it('suggests the right case', async () => {
    const found = await findings({ [F]: '{"Working_IP": "10.0.0.1"}' }, rule);
    expect(found[0].message).toContain('Did you mean "working_ip"?');
  });

  it('points environment variable names to the key', async () => {
    const found = await findings({ [F]: '{"ALIYUN_LOGTAIL_WORKING_IP": "10.0.0.1", "ALIYUN_LOGTAIL_USER_DEFINED_ID": "web"}' }, rule);
    expect(found.map(span)).toEqual(['1:2-1:29', '1:43-1:75']);
    expect(found[0].message).toContain('Write "working_ip" instead');
    expect(found[1].message).toContain("Set it in the agent's environment");
  });

  it('flags keys copied from docs placeholders', async () => {
    const found = await findings({ [F]: '{"...": "same resource keys as above", "config_region": "cn-hangzhou"}' }, rule);
    expect(found).toHaveLength(2);
    expect(found[0].message).toContain('placeholder copied from documentation');
  });

  it('accepts every gflag, typed, 1.8-only, LoongCollector and community key, and $schema', async () => {
    const keys = ['$schema', ...KNOWN_KEYS];
    const text = '{' + keys.map((k) => `${JSON.stringify(k)}: 1`).join(', ') + '}';
    expect(await findings({ [F]: text }, rule)).toEqual([]);
  });

  it('knows all 272 Appendix B flags and the §2.3 keys', () => {
    expect(new Set(Object.values(GFLAGS).flat()).size).toBe(272);
    for (const k of ['cpu_usage_limit', 'data_server_list', 'primary_region', 'data_servers', 'ilogtail_configserver_address', 'config_server_list', 'streamlog_tcp_addr', 'ALIYUN_LOG_FILE_TAGS']) {
      expect(KNOWN_KEYS.has(k), k).toBe(true);
    }
    expect(TYPED_KEYS).not.toContain('user_config_file_path'); // 1.8 only
  });

  it('sums up past 100 unknown keys in one file (not an agent config, or generated)', async () => {
    const text = '{' + Array.from({ length: 150 }, (_, i) => `"k${i}": 1`).join(', ') + '}';
    const found = await findings({ [F]: text }, rule);
    expect(found).toHaveLength(101);
    expect(found[100].message).toMatch(/^50 more unknown keys from here on \(150 in all\)/);
    expect(span(found[100])).toBe(span({ range: { start: { line: 1, column: text.indexOf('"k100"') + 1 }, end: { line: 1, column: text.indexOf('"k100"') + 1 } } }));
  });

  it('looks only at top-level keys', async () => {
    expect(await findings({ [F]: '{"data_server_list": [{"cluster": "a", "endpoint": "b", "extra": 1}]}' }, rule)).toEqual([]);
  });
});
