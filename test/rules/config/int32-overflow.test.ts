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
