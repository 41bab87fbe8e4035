import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, FILE, intranet, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/trailing-slash';

describe('endpoint/trailing-slash', () => {
  it('config server and endpoint with a trailing slash: info, fix removes it', async () => {
    const tree = classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/');
    const found = await findings(tree, ID);
    expect(found.map(span)).toEqual(['2:28-2:75', '6:19-6:58']);
    expect(found.every((d) => d.severity === 'info')).toBe(true);
    expect(found[0].message).toContain('The agent strips one trailing `/` (StandardizeEndpoint), so this works');
    const start = (tree[FILE] as string).indexOf('"https://logtail');
    expect(found[0].fix?.edits).toEqual([{ range: [start, start + 47], text: '"https://logtail.cn-hangzhou.log.aliyuncs.com"' }]);
    expect(found[1].fix?.edits[0].text).toBe('"https://cn-hangzhou.log.aliyuncs.com"');
  });

  it('two slashes: one is stripped, the rest stays', async () => {
    const [d] = await findings(classic('http://logtail.cn-hangzhou.log.aliyuncs.com//', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'), ID);
    expect(d.message).toContain('keeps the rest');
    expect(d.fix?.edits[0].text).toBe('"http://logtail.cn-hangzhou.log.aliyuncs.com/"');
  });

  it('custom hosts too; LoongCollector', async () => {
    expect((await findings(classic('http://gw.example.com/', 'cn-hangzhou', '10.0.0.1/'), ID)).map(span)).toEqual(['2:28-2:52', '6:19-6:30']);
    expect((await findings(loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com/', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']), ID)).map(span)).toEqual(['3:22-3:67']);
  });

  it('not without a slash; not on a path; odd shapes', async () => {
    expect(await findings(intranet('cn-hangzhou'), ID)).toEqual([]);
    expect(await findings(classic('http://logtail.cn-hangzhou.log.aliyuncs.com/x', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'), ID)).toEqual([]);
    for (const text of ODD_SHAPES) expect(await findings(raw(text), ID)).toEqual([]);
  });
});
