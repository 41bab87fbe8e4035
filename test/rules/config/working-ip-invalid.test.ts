import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/working-ip-invalid';

describe('config/working-ip-invalid', () => {
  it('reports a hostname', async () => {
    const found = await findings({ [F]: '{\n  "working_ip": "web-01"\n}' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:17-2:25');
    expect(found[0].message).toMatch(/"web-01", not an IP address.*verbatim.*never matches/);
    expect(found[0].fix).toBeUndefined();
  });

  it('names CIDR blocks, ports, URLs, lists and bad addresses', async () => {
    const cases: Array<[string, string]> = [
      ['10.0.0.0/24', 'CIDR'],
      ['10.0.0.1:80', 'port'],
      ['http://10.0.0.1', 'URL'],
      ['10.0.0.1,10.0.0.2', 'several values'],
      ['10.0.0.256', 'not a valid IPv4'],
    ];
    for (const [value, word] of cases) {
      const found = await findings({ [F]: JSON.stringify({ working_ip: value }) }, rule);
      expect(found, value).toHaveLength(1);
      expect(found[0].message, value).toContain(word);
    }
  });

  it('leaves template placeholders alone: they are rendered at deploy time, so unknown here', async () => {
    for (const value of ['${HOST_IP}', '{{ ansible_default_ipv4.address }}', '$(HOST_IP)']) {
      expect(await findings({ [F]: JSON.stringify({ working_ip: value }) }, rule), value).toEqual([]);
    }
  });

  it('fixes surrounding whitespace', async () => {
    const text = '{"working_ip": " 10.0.0.1 "}';
    const found = await findings({ [F]: text }, rule);
    expect(found[0].fix?.edits).toEqual([{ range: [15, 27], text: '"10.0.0.1"' }]);
  });

  it('accepts IPv4, IPv6 and the empty string (auto-detect)', async () => {
    for (const v of ['10.0.0.1', '2001:db8::1', '']) {
      expect(await findings({ [F]: JSON.stringify({ working_ip: v }) }, rule), v).toEqual([]);
    }
  });

  it('leaves non-strings to config/wrong-type', async () => {
    expect(await findings({ [F]: '{"working_ip": 10}' }, rule)).toEqual([]);
  });
});
