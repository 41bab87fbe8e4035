import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, internet, intranet, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/custom-host';

describe('endpoint/custom-host', () => {
  it('a corporate gateway for both planes: one warning each', async () => {
    const found = await findings(classic('http://sls-gw.corp.example.com', 'cn-hangzhou', 'sls-gw.corp.example.com:8080'), ID);
    expect(found.map(span)).toEqual(['2:28-2:60', '6:19-6:49']);
    expect(found.every((d) => d.severity === 'warning' && d.fix === undefined)).toBe(true);
    expect(found[0].message).toBe(
      '`config_server_address` is `sls-gw.corp.example.com`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). ' +
        'logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS config server of region `cn-hangzhou`, then silence this warning for the file if you wish.',
    );
    expect(found[1].message).toContain('to the SLS data endpoint of region `cn-hangzhou`');
  });

  it('IP addresses; the region is named only when the file names one', async () => {
    const [d] = await findings(classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', '10.0.0.5'), ID);
    expect(span(d)).toBe('6:19-6:29');
    const [noRegion] = await findings(classic('http://10.0.0.5', 'cn-atlantis', '10.0.0.6'), ID);
    expect(noRegion.message).toContain("of the project's region");
    const lc = await findings(loong('cn-beijing', 'http://10.1.1.1', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']), ID);
    expect(lc.map((x) => x.pointer)).toEqual(['/config_servers/0']);
  });

  it('SLS hosts, malformed values and aliyuncs hosts are not custom; odd shapes', async () => {
    for (const tree of [
      intranet('cn-hangzhou'),
      internet('cn-hangzhou'),
      classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-idpt-2', 'log.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      classic('http://', 'cn-hangzhou', 'oss-cn-hangzhou.aliyuncs.com'),
      classic('', 'cn-hangzhou', 'bad host'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
