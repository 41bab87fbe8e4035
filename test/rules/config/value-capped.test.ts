import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/value-capped';

describe('config/value-capped', () => {
  it('reports buffer_file_num above 50', async () => {
    const found = await findings({ [F]: '{"buffer_file_num": 100}' }, rule);
    expect(found.map(span)).toEqual(['1:21-1:24']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/capped at 50/);
    expect(await findings({ [F]: '{"buffer_file_num": 50}' }, rule)).toEqual([]);
  });

  it('reports mem_usage_limit 80 and 100, raised to 200, without a documented-range finding too', async () => {
    for (const v of [80, 100]) {
      const found = await findings({ [F]: `{"mem_usage_limit": ${v}}` }, rule);
      expect(found.map(span)).toEqual([`1:21-1:${21 + String(v).length}`]);
      expect(found[0].message).toContain('raised to 200');
      expect(await findings({ [F]: `{"mem_usage_limit": ${v}}` }, 'config/out-of-documented-range')).toEqual([]);
    }
  });

  it('reports max_bytes_per_sec of 30 MiB or more (flow control off)', async () => {
    expect((await findings({ [F]: '{"max_bytes_per_sec": 31457280}' }, rule)).map(span)).toEqual(['1:23-1:31']);
    expect(await findings({ [F]: '{"max_bytes_per_sec": 31457279}' }, rule)).toEqual([]);
  });

  it('reports timeouts below the built-in minimum, which the agent raises', async () => {
    const found = await findings({ [F]: '{"oas_connect_timeout": 2, "oas_request_timeout": 10}' }, rule);
    expect(found.map(span)).toEqual(['1:25-1:26']);
    expect(found[0].message).toContain('max(5, value)');
  });

  it('reports config_server_list entries after the first, which are ignored', async () => {
    const found = await findings({ [F]: '{"config_server_list": [{"endpoint_list": ["a:1"]}, {"endpoint_list": ["b:1"]}]}' }, rule);
    expect(found.map(span)).toEqual(['1:53-1:79']);
    expect(found[0].message).toContain('Only the first element');
  });

  it('reports buffer_file_num × buffer_file_size over 4 GiB on the size', async () => {
    const found = await findings({ [F]: '{"buffer_file_num": 50, "buffer_file_size": 104857600}' }, rule);
    expect(found.map(span)).toEqual(['1:45-1:54']);
    expect(found[0].message).toContain('4 GiB / 50 = 85899345');
    expect(await findings({ [F]: '{"buffer_file_num": 25, "buffer_file_size": 104857600}' }, rule)).toEqual([]);
  });
});
