import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/flag-type-mismatch';

describe('config/flag-type-mismatch', () => {
  it('warns on a real number for an int key read through its gflag, marking the outcome as inferred', async () => {
    const found = await findings({ [F]: '{\n  "process_thread_count": 4.5\n}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:27-2:30');
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/should be an integer, not 4\.5.*typed reader ignores it.*INT32 flag.*probably cannot parse.*default \(1\).*inferred/);
  });

  it('covers flag-only keys and booleans', async () => {
    const found = await findings({ [F]: '{"config_scan_interval": 2.5, "send_running_status": 1, "batch_send_interval": false}' }, rule);
    expect(found.map(span)).toEqual(['1:26-1:29', '1:54-1:55', '1:80-1:85']);
    expect(found[0].message).toContain('hands it to gflags as text');
  });

  it('says a number for a string flag probably works as text', async () => {
    const found = await findings({ [F]: '{"check_point_filename": 5}' }, rule);
    expect(found[0].message).toContain('string flag and takes the text "5"');
  });

  it('does not report keys without a gflag (config/wrong-type does) or values of the right type', async () => {
    expect(await findings({ [F]: '{"mem_usage_limit": 384.5, "process_thread_count": 4, "config_scan_interval": "10"}' }, rule)).toEqual([]);
  });
});
