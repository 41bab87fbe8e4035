import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { internet, intranet, loong, raw, ODD_SHAPES } from '../endpoint/agent-config.js';

const ID = 'region/unverified';

describe('region/unverified', () => {
  it('each pattern-inferred region gets one info', async () => {
    for (const r of ['cn-wuhan-lr', 'ap-southeast-8', 'me-central-1', 'na-south-1', 'sa-east-1']) {
      const found = await findings(intranet(r), ID);
      expect(found, r).toHaveLength(1);
      expect(found[0].severity).toBe('info');
      expect(found[0].message).toContain(`Region \`${r}\``);
      expect(found[0].message).toContain('is accepted');
      expect(found[0].message).toContain(`nslookup ${r}-intranet.log.aliyuncs.com`);
      expect(found[0].related).toHaveLength(2);
    }
  });

  it('range of the first place (LoongCollector)', async () => {
    const [d] = await findings(loong('me-central-1', 'http://logtail.me-central-1.log.aliyuncs.com', 'me-central-1', ['me-central-1.log.aliyuncs.com']), ID);
    expect(span(d)).toBe('2:21-2:35');
  });

  it('verified regions (public, finance, gov, special) are silent; odd shapes do not throw', async () => {
    for (const r of ['cn-hangzhou', 'ap-southeast-7', 'cn-shanghai-finance-1', 'cn-north-2-gov-1', 'ap-southeast-2']) {
      expect(await findings(internet(r), ID), r).toEqual([]);
    }
    for (const text of ODD_SHAPES) expect(await findings(raw(text), ID)).toEqual([]);
  });
});
