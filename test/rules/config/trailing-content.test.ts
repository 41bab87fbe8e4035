import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/trailing-content';

describe('config/trailing-content', () => {
  it('reports text after the root object up to its last character', async () => {
    const found = await findings({ [F]: '{"cpu_usage_limit": 0.4}\nxyz\n\n' }, rule);
    expect(found.map(span)).toEqual(['2:1-2:4']);
    expect(found[0].severity).toBe('warning');
    expect(found[0].message).toMatch(/"xyz".*ignores the rest/);
  });

  it('reports a second object, suggesting to merge it', async () => {
    const found = await findings({ [F]: '{"cpu_usage_limit": 0.4}\n{"mem_usage_limit": 384}\n' }, rule);
    expect(found.map(span)).toEqual(['2:1-2:25']);
    expect(found[0].message).toMatch(/second object.*Merge/);
  });

  it('accepts comments and whitespace after the root object', async () => {
    expect(await findings({ [F]: '{"cpu_usage_limit": 0.4}\n// end\n\n' }, rule)).toEqual([]);
  });
});
