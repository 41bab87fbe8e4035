import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/quoted-number';

describe('config/quoted-number', () => {
  it('reports a quoted number for a key read only as a number, with a fix that unquotes it', async () => {
    const text = '{\n  "max_bytes_per_sec": "2097152"\n}\n';
    const found = await findings({ [F]: text }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:24-2:33');
    expect(found[0].pointer).toBe('/max_bytes_per_sec');
    expect(found[0].message).toMatch(/"max_bytes_per_sec" is the string "2097152".*silently ignores.*default \(26214400\).*2097152/);
    const start = text.indexOf('"2097152"');
    expect(found[0].fix?.edits).toEqual([{ range: [start, start + 9], text: '2097152' }]);
  });

  it('covers real-valued and int64 keys too', async () => {
    const found = await findings({ [F]: '{"cpu_usage_limit": "1", "mem_usage_limit": "384", "buffer_file_num": " 25 "}' }, rule);
    expect(found.map(span)).toEqual(['1:21-1:24', '1:45-1:50', '1:71-1:77']);
    expect(found[2].fix?.edits[0].text).toBe('25');
  });

  it('leaves keys that also have a same-named gflag to config/quoted-flag-value', async () => {
    expect(await findings({ [F]: '{"process_thread_count": "4", "send_request_concurrency": "20"}' }, rule)).toEqual([]);
  });

  it('does not report flag-only keys, which gflags parse from text', async () => {
    expect(await findings({ [F]: '{"config_scan_interval": "10", "ilogtail_discard_interval": "43200"}' }, rule)).toEqual([]);
  });

  it('does not report real numbers, or strings that are not numbers', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": 2097152, "mem_usage_limit": "lots"}' }, rule)).toEqual([]);
  });

  it('takes the last of duplicate keys, as the agent does', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": "1", "max_bytes_per_sec": 2097152}' }, rule)).toEqual([]);
    const found = await findings({ [F]: '{"max_bytes_per_sec": 1, "max_bytes_per_sec": "2097152"}' }, rule);
    expect(found.map(span)).toEqual(['1:47-1:56']);
  });
});
