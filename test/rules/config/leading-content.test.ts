import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/leading-content';

describe('config/leading-content', () => {
  it('reports the CR of a blank first line saved with CRLF, fixable', async () => {
    const found = await findings({ [F]: '\r\n{"cpu_usage_limit": 0.4}\r\n' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:1-1:2');
    expect(found[0].message).toMatch(/carriage return.*skips only spaces, LF and TAB.*blank first line/);
    expect(found[0].fix?.edits).toEqual([{ range: [0, 1], text: '' }]);
  });

  it('reports a form feed and a non-breaking space, naming them', async () => {
    const ff = await findings({ [F]: '\f{}' }, rule);
    expect(span(ff[0])).toBe('1:1-1:2');
    expect(ff[0].message).toContain('form feed');
    const nbsp = await findings({ [F]: '  \u00a0{}' }, rule);
    expect(span(nbsp[0])).toBe('1:3-1:4');
    expect(nbsp[0].message).toContain('non-breaking space');
    expect(nbsp[0].fix?.edits).toEqual([{ range: [2, 3], text: '' }]);
  });

  it('reports a header comment before "{", without a fix', async () => {
    const found = await findings({ [F]: '// Logtail config for web\n{\n  "cpu_usage_limit": 0.4\n}\n' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('1:1-1:26');
    expect(found[0].message).toMatch(/comment comes before the opening "\{".*Move the comment inside the object/);
    expect(found[0].fix).toBeUndefined();
  });

  it('reports stray text such as a copied markdown fence', async () => {
    const found = await findings({ [F]: '```json\n{"cpu_usage_limit": 0.4}\n```\n' }, rule);
    expect(found.map(span)).toEqual(['1:1-1:8']);
    expect(found[0].message).toContain('"```json"');
    expect(found[0].fix).toBeUndefined();
  });

  it('reports what follows a BOM, but not the BOM itself (config/bom does)', async () => {
    const found = await findings({ [F]: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('\r\n{}')]) }, rule);
    expect(found.map(span)).toEqual(['1:1-1:2']);
  });

  it('accepts spaces, LF and TAB before "{", and CRLF endings after it', async () => {
    expect(await findings({ [F]: ' \n\t{\r\n  "cpu_usage_limit": 0.4\r\n}\r\n' }, rule)).toEqual([]);
  });

  it('accepts a comment inside the object', async () => {
    expect(await findings({ [F]: '{\n  // resources\n  "cpu_usage_limit": 0.4\n}\n' }, rule)).toEqual([]);
  });
});
