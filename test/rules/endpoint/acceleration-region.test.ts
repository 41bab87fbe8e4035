import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/acceleration-region';
const acc = (region: string, configServer = `http://logtail.${region}.log.aliyuncs.com`) => classic(configServer, region, 'log-global.aliyuncs.com');

describe('endpoint/acceleration-region', () => {
  it('a region whose acceleration is only inferred', async () => {
    const [d, ...more] = await findings(acc('ap-southeast-6'), ID);
    expect(more).toEqual([]);
    expect(d.severity).toBe('info');
    expect(span(d)).toBe('6:19-6:44');
    expect(d.message).toContain('no `-acceleration` install command for `ap-southeast-6` (Manila)');
    expect(d.message).toContain('enable it there');
    expect(d.related?.map(span)).toEqual(['5:18-5:34']);
  });

  it('finance, gov and local regions: not documented', async () => {
    for (const r of ['cn-shanghai-finance-1', 'cn-north-2-gov-1', 'cn-nanjing', 'cn-wuhan-lr']) {
      const [d] = await findings(acc(r), ID);
      expect(d.message, r).toContain(`transfer acceleration is not documented for \`${r}\``);
    }
    const [fin] = await findings(acc('cn-shanghai-finance-1'), ID);
    expect(fin.message).toContain('finance cloud');
  });

  it('the region comes from the config server when cluster is not a known region; LoongCollector', async () => {
    const [d] = await findings(classic('http://logtail.me-central-1.log.aliyuncs.com', 'cn-atlantis', 'log-global.aliyuncs.com'), ID);
    expect(d.message).toContain('`me-central-1`');
    expect(d.related).toBeUndefined();
    const lc = await findings(loong('sa-east-1', 'http://logtail.sa-east-1.log.aliyuncs.com', 'sa-east-1', ['log-global.aliyuncs.com']), ID);
    expect(lc.map(span)).toEqual(['7:25-7:50']);
  });

  it('documented regions, retired ones and non-acceleration endpoints are silent; odd shapes', async () => {
    for (const tree of [
      acc('cn-hangzhou'),
      acc('cn-hangzhou', 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com'),
      acc('ap-southeast-2'),
      classic('http://logtail.ap-southeast-6.log.aliyuncs.com', 'ap-southeast-6', 'ap-southeast-6.log.aliyuncs.com'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
