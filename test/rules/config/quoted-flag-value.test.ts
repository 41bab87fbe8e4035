import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/quoted-flag-value';

describe('config/quoted-flag-value', () => {
  it('warns on a quoted number that works only through the same-named gflag, with a fix', async () => {
    const text = '{"process_thread_count": "4", "batch_send_interval": "3"}';
    const found = await findings({ [F]: text }, rule);
    expect(found.map(span)).toEqual(['1:26-1:29', '1:54-1:57']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/typed reader ignores strings.*gflag of the same name/);
    expect(found[0].fix?.edits).toEqual([{ range: [25, 28], text: '4' }]);
  });

  it('covers booleans with a same-named gflag', async () => {
    const found = await findings({ [F]: '{"enable_polling_discovery": "false"}' }, rule);
    expect(found.map(span)).toEqual(['1:30-1:37']);
    expect(found[0].fix?.edits[0].text).toBe('false');
  });

  it('does not report keys without such a gflag (config/quoted-number does) or unquoted values', async () => {
    expect(await findings({ [F]: '{"max_bytes_per_sec": "2097152", "process_thread_count": 4}' }, rule)).toEqual([]);
  });

  it('does not claim the flag parses a value that overflows int32', async () => {
    expect(await findings({ [F]: '{"process_thread_count": "3000000000"}' }, rule)).toEqual([]);
  });
});
