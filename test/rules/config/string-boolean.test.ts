import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/string-boolean';

describe('config/string-boolean', () => {
  it('reports "false" for a bool key, saying the default wins, with a fix', async () => {
    const text = '{"discard_old_data": "false"}';
    const found = await findings({ [F]: text }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:22-1:29');
    expect(found[0].message).toMatch(/"discard_old_data" is the string "false".*default \(true\).*opposite/);
    expect(found[0].fix?.edits).toEqual([{ range: [21, 28], text: 'false' }]);
  });

  it('accepts any case and writes the fix in lower case', async () => {
    const found = await findings({ [F]: '{"enable_log_time_auto_adjust": "TRUE"}' }, rule);
    expect(found[0].fix?.edits[0].text).toBe('true');
  });

  it('does not report JSON booleans, or other strings (config/wrong-type does)', async () => {
    expect(await findings({ [F]: '{"discard_old_data": false, "enable_host_ip_replace": "yes"}' }, rule)).toEqual([]);
  });
});
