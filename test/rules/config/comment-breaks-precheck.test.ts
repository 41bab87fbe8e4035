import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/comment-breaks-precheck';

describe('config/comment-breaks-precheck', () => {
  it('reports a comment with one double quote', async () => {
    const found = await findings({ [F]: '{\n  // say "hi\n  "cpu_usage_limit": 0.4\n}\n' }, rule);
    expect(found).toHaveLength(1);
    expect(span(found[0])).toBe('2:3-2:13');
    expect(found[0].message).toMatch(/unpaired double quote.*pre-check.*built-in defaults/);
  });

  it('reports a comment with a lone "{" or "}"', async () => {
    const open = await findings({ [F]: '{\n  /* see { below */\n  "cpu_usage_limit": 0.4\n}\n' }, rule);
    expect(open.map(span)).toEqual(['2:3-2:20']);
    expect(open[0].message).toContain('an unclosed "{"');
    const close = await findings({ [F]: '{\n  "cpu_usage_limit": 0.4 // }\n}\n' }, rule);
    expect(close.map(span)).toEqual(['2:26-2:30']);
    expect(close[0].message).toContain('an unmatched "}"');
  });

  it('reports a comment after the root object too (the pre-check reads to the end)', async () => {
    const found = await findings({ [F]: '{"cpu_usage_limit": 0.4}\n// TODO {\n' }, rule);
    expect(found.map(span)).toEqual(['2:1-2:10']);
    // One quote after the root flips the quote state but leaves the count at 0: accepted.
    expect(await findings({ [F]: '{"cpu_usage_limit": 0.4}\n// end of "config\n' }, rule)).toEqual([]);
  });

  it('accepts comments with balanced quotes and braces', async () => {
    expect(await findings({ [F]: '{\n  // set "cpu" to {0.4}\n  "cpu_usage_limit": 0.4\n}\n' }, rule)).toEqual([]);
  });

  it('accepts braces and quotes inside strings', async () => {
    expect(await findings({ [F]: '{"working_hostname": "a{b\\"c"}\n' }, rule)).toEqual([]);
  });
});
