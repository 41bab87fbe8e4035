import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/int32-overflow';

describe('config/int32-overflow', () => {
  it('reports a value above 2147483647 for an int32 key', async () => {
    const found = await findings({ [F]: '{"max_bytes_per_sec": 3000000000}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:23-1:33');
    expect(found[0].message).toMatch(/3000000000.*32-bit.*default \(26214400\)/);
  });

  it('reports values below -2147483648', async () => {
    expect((await findings({ [F]: '{"truncate_pos_skip_bytes": -2147483649}' }, rule)).map(span)).toEqual(['1:29-1:40']);
  });

  it('accepts the int32 bounds, and large values for int64 keys', async () => {
    expect(await findings({ [F]: '{"bytes_per_sec": 2147483647, "system_boot_time": -2147483648, "mem_usage_limit": 99999999999}' }, rule)).toEqual([]);
  });

  it('hides range findings of the same value (one story per value)', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": 3000000000}' }, 'config/value-capped')).toEqual([]);
    expect(await findings({ [F]: '{"max_bytes_per_sec": 3000000000}' }, 'config/out-of-documented-range')).toEqual([]);
  });
});

describe('config/int32-overflow for keys known only as gflags', () => {
  it('reports an INT32 flag outside int32, and leaves other flags alone', async () => {
    const text = '{"config_scan_interval": 3000000000, "config_scan_interval_ok": 1, "logtail_checkpoint_max_used_time_per_round_in_msec": 3000000000}';
    const found = await findings({ 'h/ilogtail_config.json': text }, 'config/int32-overflow');
    expect(found.map((d) => [d.pointer, span(d)])).toEqual([['/config_scan_interval', '1:26-1:36']]);
  });
});
