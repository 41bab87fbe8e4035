import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/null-value';

describe('config/null-value', () => {
  it('warns that null empties a string flag', async () => {
    const found = await findings({ [F]: '{\n  "check_point_filename": null\n}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:27-2:31');
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/empties the flag.*installation directory/);
  });

  it('explains typed keys and non-string flags', async () => {
    const found = await findings({ [F]: '{"mem_usage_limit": null, "process_thread_count": null, "default_buffer_file_path": null}' }, rule);
    expect(found.map(span)).toEqual(['1:21-1:25', '1:51-1:55', '1:85-1:89']);
    expect(found[0].message).toContain('typed reader ignores null, so the default (2048) applies');
    expect(found[1].message).toContain('INT32 flag cannot parse');
    expect(found[2].message).toContain('empties the flag');
  });

  it('does not report nulls nested in values, or unknown keys', async () => {
    expect(await findings({ [F]: '{"data_server_list": [null], "no_such_key": null}' }, rule)).toEqual([]);
  });
});
