import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, FILE, intranet, loong, raw, ODD_SHAPES } from '../endpoint/agent-config.js';

const ID = 'region/install-suffix-in-cluster';
const cluster = (c: string) => classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', c, 'cn-hangzhou-intranet.log.aliyuncs.com');

describe('region/install-suffix-in-cluster', () => {
  it('cn-hangzhou-intranet in cluster: fix strips the suffix', async () => {
    const tree = cluster('cn-hangzhou-intranet');
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('5:18-5:40');
    expect(d.message).toContain('`-intranet` is a host label');
    expect(d.message).toContain('Write the plain region ID `cn-hangzhou`');
    const start = (tree[FILE] as string).indexOf('"cn-hangzhou-intranet"');
    expect(d.fix?.edits).toEqual([{ range: [start, start + 22], text: '"cn-hangzhou"' }]);
  });

  it('every suffix: install parameters and host labels', async () => {
    for (const [suffix, words] of [
      ['-acceleration', 'log-global.aliyuncs.com'],
      ['-internet', 'install parameter suffix'],
      ['-inner', '`-share` endpoints'],
      ['-internal', 'VPC-only'],
      ['-share', 'host label'],
      ['-vpc', 'legacy'],
      ['_intranet', 'host label'],
    ]) {
      const [d] = await findings(cluster(`cn-hangzhou${suffix}`), ID);
      expect(d.message, suffix).toContain(words);
      expect(d.fix?.edits[0].text, suffix).toBe('"cn-hangzhou"');
    }
  });

  it('a typo under the suffix: the nearest ID, said so', async () => {
    const [d] = await findings(cluster('cn-hangzohu-acceleration'), ID);
    expect(d.message).toContain('the nearest known ID');
    expect(d.fix?.edits[0].text).toBe('"cn-hangzhou"');
  });

  it('special IDs that end like suffixes are not slips; the acdr -internal form is', async () => {
    expect(await findings(intranet('cn-heyuan-acdr-1'), ID)).toEqual([]);
    expect(await findings(intranet('cn-hangzhou-corp'), ID)).toEqual([]);
    const [d] = await findings(cluster('cn-heyuan-acdr-1-internal'), ID);
    expect(d.fix?.edits[0].text).toBe('"cn-heyuan-acdr-1"');
  });

  it('LoongCollector primary_region and data_servers[].region', async () => {
    const found = await findings(loong('cn-beijing-internet', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing-acceleration', ['log-global.aliyuncs.com']), ID);
    expect(found.map(span)).toEqual(['2:21-2:42', '6:17-6:42']);
    expect(found.map((d) => d.pointer)).toEqual(['/primary_region', '/data_servers/0/region']);
  });

  it('hosts are not its business; odd shapes do not throw', async () => {
    expect(await findings(classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou-acceleration.log.aliyuncs.com'), ID)).toEqual([]);
    expect(await findings(cluster('cn-atlantis-intranet'), ID)).toEqual([]);
    for (const text of ODD_SHAPES) expect(await findings(raw(text), ID)).toEqual([]);
  });
});
