import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/plaintext-access-key';

describe('config/plaintext-access-key', () => {
  it('warns on both keys, at their values', async () => {
    const found = await findings({ [F]: '{\n  "default_access_key_id": "LTAI5tExample",\n  "default_access_key": "secret"\n}' }, rule);
    expect(found.map(span)).toEqual(['2:28-2:43', '3:25-3:33']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/clear text.*ilogtail\.LOG.*environment variable/);
    expect(found[1].message).toContain('AccessKey secret');
  });

  it('reports partial files too (they are merged and logged as well)', async () => {
    expect(await findings({ 'conf/instance_config/local/keys.json': '{"default_access_key": "s"}' }, rule)).toHaveLength(1);
  });

  it('accepts empty values and files without the keys', async () => {
    expect(await findings({ [F]: '{"default_access_key_id": "", "default_access_key": ""}' }, rule)).toEqual([]);
    expect(await findings({ [F]: '{"cpu_usage_limit": 0.4}' }, rule)).toEqual([]);
  });
});
