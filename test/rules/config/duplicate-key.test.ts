import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/duplicate-key';

describe('config/duplicate-key', () => {
  it('reports the later key with the earlier one as related', async () => {
    const found = await findings({ [F]: '{\n  "mem_usage_limit": 384,\n  "cpu_usage_limit": 0.4,\n  "mem_usage_limit": 2048\n}\n' }, rule);
    expect(found).toHaveLength(1);
    expect(found[0].severity).toBe('warning');
    expect(span(found[0])).toBe('4:3-4:20');
    expect(found[0].related?.map(span)).toEqual(['2:3-2:20']);
    expect(found[0].message).toMatch(/appears again.*line 2.*keeps only this last value/);
  });

  it('finds duplicates at any depth, each against the one before', async () => {
    const text = '{"data_server_list": [{"cluster": "a", "endpoint": "e", "cluster": "b", "cluster": "c"}]}';
    const found = await findings({ [F]: text }, rule);
    expect(found.map(span)).toEqual(['1:57-1:66', '1:73-1:82']);
    expect(found.map((d) => d.related!.map(span)[0])).toEqual(['1:24-1:33', '1:57-1:66']);
  });

  it('compares decoded keys ("\\u0061" is "a")', async () => {
    expect(await findings({ [F]: '{"a": 1, "\\u0061": 2}' }, rule)).toHaveLength(1);
  });

  it('accepts the same key in different objects', async () => {
    expect(await findings({ [F]: '{"data_server_list": [{"cluster": "a", "endpoint": "x"}, {"cluster": "b", "endpoint": "y"}]}' }, rule)).toEqual([]);
  });
});
