import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/trailing-comma';

describe('config/trailing-comma', () => {
  it('reports a trailing comma in an object, with a fix', async () => {
    const text = '{\n  "cpu_usage_limit": 0.4,\n}\n';
    const found = await findings({ [F]: text }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:25-2:26');
    expect(found[0].message).toMatch(/Trailing comma before "\}".*jsoncpp 1\.8\.4.*Remove the comma/);
    expect(found[0].fix?.edits).toEqual([{ range: [text.indexOf(','), text.indexOf(',') + 1], text: '' }]);
  });

  it('reports trailing commas in arrays and at every depth, once each', async () => {
    const text = '{"inotify_black_list": ["/a", "/b",], "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "x",},],}';
    const found = await findings({ [F]: text }, rule);
    expect(found.map(span)).toEqual(['1:35-1:36', '1:102-1:103', '1:104-1:105', '1:106-1:107']);
    expect(found[0].message).toContain('before "]"');
  });

  it('accepts commas between members, and comments after the last one', async () => {
    expect(await findings({ [F]: '{\n  "cpu_usage_limit": 0.4, // cores\n  "mem_usage_limit": 384 // MB\n}\n' }, rule)).toEqual([]);
  });
});
