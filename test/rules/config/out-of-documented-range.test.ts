import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/out-of-documented-range';

describe('config/out-of-documented-range', () => {
  it('reports cpu_usage_limit below 0.1, explaining it is in cores', async () => {
    const found = await findings({ [F]: '{"cpu_usage_limit": 0.05}' }, rule);
    expect(found.map(span)).toEqual(['1:21-1:25']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/0\.1 to the number of CPU cores.*cores, not a fraction/);
  });

  it('does not guess an upper bound for cpu_usage_limit (the reference gives none)', async () => {
    expect(await findings({ [F]: '{"cpu_usage_limit": 10}' }, rule)).toEqual([]);
  });

  it('reports documented ranges of the S8 table', async () => {
    const text = '{"mem_usage_limit": 64, "process_thread_count": 0, "send_request_concurrency": 51, "buffer_file_size": 1024, "max_bytes_per_sec": 512, "buffer_file_num": 0}';
    const found = await findings({ [F]: text }, rule);
    expect(found.map((d) => d.pointer)).toEqual(['/mem_usage_limit', '/process_thread_count', '/send_request_concurrency', '/buffer_file_size', '/max_bytes_per_sec', '/buffer_file_num']);
    expect(found[1].message).toContain('0 means no processing threads');
  });

  it('reports max_read_buffer_size above the documented 8 MiB, which the code still accepts', async () => {
    const found = await findings({ [F]: '{"max_read_buffer_size": 16777216}' }, rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('the code accepts up to 1 GiB');
    expect(await findings({ [F]: '{"max_read_buffer_size": 16777216}' }, 'config/value-rejected')).toEqual([]);
  });

  it('reports an undocumented data_endpoint_policy', async () => {
    const found = await findings({ [F]: '{"data_endpoint_policy": "random"}' }, rule);
    expect(found.map(span)).toEqual(['1:26-1:34']);
    expect(found[0].message).toContain('"designated_first", "designated_locked"');
  });

  it('accepts the installer template values', async () => {
    const text = '{"cpu_usage_limit": 0.4, "mem_usage_limit": 384, "max_bytes_per_sec": 20971520, "bytes_per_sec": 1048576, "buffer_file_num": 25, "buffer_file_size": 20971520, "buffer_map_num": 5}';
    expect(await findings({ [F]: text }, rule)).toEqual([]);
  });
});
