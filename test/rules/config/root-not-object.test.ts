import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';
const rule = 'config/root-not-object';

describe('config/root-not-object', () => {
  it('reports an array root at its "[", saying the agent probably aborts', async () => {
    const found = await findings({ [F]: '[\n  {"cpu_usage_limit": 0.4}\n]\n' }, rule);
    expect(found.map(span)).toEqual(['1:1-1:2']);
    expect(found[0].message).toMatch(/array.*Json::LogicError.*probably aborts/);
  });

  it('reports a scalar root over the whole value', async () => {
    const found = await findings({ [F]: '"cn-hangzhou"\n' }, rule);
    expect(found.map(span)).toEqual(['1:1-1:14']);
    expect(found[0].message).toContain('The root is a string');
    expect((await findings({ [F]: '42' }, rule)).map(span)).toEqual(['1:1-1:3']);
  });

  it('accepts an object root, even an empty one', async () => {
    expect(await findings({ [F]: '{}' }, rule)).toEqual([]);
  });
});
