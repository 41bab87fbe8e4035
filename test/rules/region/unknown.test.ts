import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, FILE, internet, intranet, loong, raw, ODD_SHAPES } from '../endpoint/agent-config.js';

const ID = 'region/unknown';

describe('region/unknown', () => {
  it('a typo in cluster: did-you-mean and a fix that replaces the string literal', async () => {
    const tree = classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzohu', 'cn-hangzhou-intranet.log.aliyuncs.com');
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('5:18-5:31');
    expect(d.pointer).toBe('/data_server_list/0/cluster');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('`data_server_list[0].cluster` is `cn-hangzohu`, which is not an SLS region ID');
    expect(d.message).toContain('Did you mean `cn-hangzhou`?');
    const text = tree[FILE] as string;
    expect(d.fix?.edits).toEqual([{ range: [text.indexOf('"cn-hangzohu"'), text.indexOf('"cn-hangzohu"') + 13], text: '"cn-hangzhou"' }]);
  });

  it('a typo inside an endpoint host: fixed to the host the installer writes', async () => {
    const tree = classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzohu-intranet.log.aliyuncs.com');
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('6:19-6:58');
    expect(d.message).toContain('names region `cn-hangzohu`');
    expect(d.message).toContain('Did you mean `cn-hangzhou`?');
    expect(d.fix?.edits[0].text).toBe('"cn-hangzhou-intranet.log.aliyuncs.com"');
  });

  it('a typo in the config server keeps the scheme and the logtail. prefix', async () => {
    const tree = classic('https://logtail.cn-shangai.log.aliyuncs.com', 'cn-shanghai', 'cn-shanghai.log.aliyuncs.com');
    const [d] = await findings(tree, ID);
    expect(span(d)).toBe('2:28-2:73');
    expect(d.fix?.edits[0].text).toBe('"https://logtail.cn-shanghai.log.aliyuncs.com"');
  });

  it('no fix when the host is not in the installer form (project prefix)', async () => {
    const tree = classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'proj.cn-hangzohu.log.aliyuncs.com');
    const [d] = await findings(tree, ID);
    expect(d.message).toContain('Did you mean `cn-hangzhou`?');
    expect(d.fix).toBeUndefined();
  });

  it('no suggestion: unknown region, empty cluster', async () => {
    const found = await findings(classic('http://logtail.cn-atlantis.log.aliyuncs.com', '', 'cn-atlantis.log.aliyuncs.com'), ID);
    expect(found.map(span)).toEqual(['2:28-2:73', '5:18-5:20', '6:19-6:49']);
    expect(found[1].message).toContain('`data_server_list[0].cluster` is empty');
    expect(found[0].message).toContain('`logtail-lint regions`');
    expect(found.every((d) => d.fix === undefined)).toBe(true);
  });

  it('case and underscore slips, and the installer finance forms', async () => {
    const upper = await findings(classic('http://logtail.cn-beijing.log.aliyuncs.com', 'CN-Beijing', 'cn-beijing.log.aliyuncs.com'), ID);
    expect(upper.map((d) => d.fix?.edits[0].text)).toEqual(['"cn-beijing"']);
    const finance = await findings(classic('http://logtail.cn-shanghai-finance-1.log.aliyuncs.com', 'cn-shanghai-finance', 'cn-shanghai-finance-1.log.aliyuncs.com'), ID);
    expect(finance).toHaveLength(1);
    expect(finance[0].message).toContain("`cn-shanghai-finance` is the installer's parameter for a finance region; the region ID is `cn-shanghai-finance-1`");
    expect(finance[0].fix?.edits[0].text).toBe('"cn-shanghai-finance-1"');
  });

  it('LoongCollector primary_region, config_servers and data_servers', async () => {
    const found = await findings(loong('cn-beijng', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-bejing', ['cn-beijing.log.aliyuncs.com', 'cn-beijin.log.aliyuncs.com']), ID);
    expect(found.map((d) => d.pointer)).toEqual(['/primary_region', '/data_servers/0/region', '/data_servers/0/endpoint_list/1']);
    expect(found.map(span)).toEqual(['2:21-2:32', '6:17-6:28', '7:56-7:84']);
    expect(found.map((d) => d.fix?.edits[0].text)).toEqual(['"cn-beijing"', '"cn-beijing"', '"cn-beijing.log.aliyuncs.com"']);
  });

  it('leaves known, special and suffixed values to the other rules', async () => {
    for (const tree of [
      intranet('cn-hangzhou'),
      internet('cn-shanghai-finance-1'),
      intranet('cn-north-2-gov-1'),
      intranet('cn-wuhan-lr'),
      intranet('ap-southeast-2'),
      classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      classic('http://logtail.cn-heyuan-acdr-1-internal.log.aliyuncs.com', 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com'),
      classic('http://gateway.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-intranet', 'cn-hangzhou-acceleration.log.aliyuncs.com'),
      classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic('http://10.0.0.5:8080', 'cn-hangzhou', 'oss-cn-hangzhou.aliyuncs.com'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
  });

  it('one-line configs, configs without data_server_list, odd shapes', async () => {
    const oneLine = '{"config_server_address":"http://logtail.cn-hangzhou-intranet.log.aliyuncs.com","data_server_list":[{"cluster":"cn-hangzou","endpoint":"cn-hangzhou-intranet.log.aliyuncs.com"}]}';
    const [d] = await findings(raw(oneLine), ID);
    expect(span(d)).toBe('1:112-1:124');
    expect(await findings(raw('{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"}'), ID)).toEqual([]);
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
