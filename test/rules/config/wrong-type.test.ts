import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/wrong-type';

describe('config/wrong-type', () => {
  it('reports a real number for an integral-only key', async () => {
    const found = await findings({ [F]: '{"mem_usage_limit": 384.5}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:21-1:26');
    expect(found[0].message).toMatch(/must be an integer, but it is a real number \(384\.5\).*default \(2048\).*whole number/);
  });

  it('accepts an integral real such as 100.0, as isInt() does', async () => {
    expect(await findings({ [F]: '{"mem_usage_limit": 2048.0, "max_bytes_per_sec": 2e7}' }, rule)).toEqual([]);
  });

  it('reports objects, arrays and booleans where scalars belong, over the whole value', async () => {
    const found = await findings({ [F]: '{"working_ip": {"ip": "10.0.0.1"}, "cpu_usage_limit": true, "ilogtail_configserver_address": {"a": "h:1"}}' }, rule);
    expect(found.map(span)).toEqual(['1:16-1:34', '1:55-1:59', '1:94-1:106']);
    expect(found[1].message).toContain('must be a number, but it is true');
    expect(found[2].message).toContain('Write an array, e.g. ["10.0.0.5:8899"]');
  });

  it('reports bad entries inside arrays', async () => {
    const found = await findings({ [F]: '{"inotify_black_list": ["/a", 3], "data_server_list": ["cn-hangzhou"]}' }, rule);
    expect(found.map((d) => [span(d), d.pointer])).toEqual([
      ['1:31-1:32', '/inotify_black_list/1'],
      ['1:56-1:69', '/data_server_list/0'],
    ]);
    expect(found[0].message).toContain('"inotify_black_list"[1] must be a string');
  });

  it('reports a non-numeric string for a typed key, and an object for a flag-only key', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": "fast"}' }, rule)).toHaveLength(1);
    const found = await findings({ [F]: '{"config_scan_interval": {"s": 10}}' }, rule);
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('hands only scalars to gflags');
  });

  it('leaves numbers and booleans of the wrong kind for keys read through gflags to config/flag-type-mismatch', async () => {
    expect(await findings({ [F]: '{"config_scan_interval": 1.5, "process_thread_count": true, "check_point_filename": 5}' }, rule)).toEqual([]);
  });

  it('leaves quoted numbers, string booleans and nulls to their own rules', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": "1", "discard_old_data": "true", "mem_usage_limit": null}' }, rule)).toEqual([]);
  });

  it('does not look at unknown keys or keys whose type the reference does not give', async () => {
    expect(await findings({ [F]: '{"my_key": {"a": 1}, "auth_config": [1], "region": 5}' }, rule)).toEqual([]);
  });
});
