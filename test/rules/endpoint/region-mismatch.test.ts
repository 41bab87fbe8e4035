import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { classic, FILE, internet, intranet, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/region-mismatch';
const CS_HZ = 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com';
const EP_HZ = 'cn-hangzhou-intranet.log.aliyuncs.com';

describe('endpoint/region-mismatch', () => {
  it('the vendor doc example: cluster ap-southeast-2 is the odd one out, fixed to cn-hangzhou', async () => {
    const tree = classic(CS_HZ, 'ap-southeast-2', EP_HZ);
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(d.severity).toBe('error');
    expect(span(d)).toBe('5:18-5:34');
    expect(d.pointer).toBe('/data_server_list/0/cluster');
    expect(d.message).toContain('`data_server_list[0].cluster` names region `ap-southeast-2`, but `config_server_address` and `data_server_list[0].endpoint` name `cn-hangzhou`');
    expect(d.related?.map((r) => [span(r), r.message])).toEqual([
      ['2:28-2:82', '`config_server_address` names `cn-hangzhou`'],
      ['6:19-6:58', '`data_server_list[0].endpoint` names `cn-hangzhou`'],
    ]);
    const start = (tree[FILE] as string).indexOf('"ap-southeast-2"');
    expect(d.fix?.edits).toEqual([{ range: [start, start + 16], text: '"cn-hangzhou"' }]);
  });

  it('the endpoint is the odd one out: fixed to the installer host of the same network', async () => {
    const [d] = await findings(classic(CS_HZ, 'cn-hangzhou', 'cn-shanghai-intranet.log.aliyuncs.com'), ID);
    expect(span(d)).toBe('6:19-6:58');
    expect(d.fix?.edits[0].text).toBe('"cn-hangzhou-intranet.log.aliyuncs.com"');
    expect(d.message).toContain('write `cn-hangzhou-intranet.log.aliyuncs.com` here');
  });

  it('the config server is the odd one out: scheme kept', async () => {
    const [d] = await findings(classic('https://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'), ID);
    expect(span(d)).toBe('2:28-2:73');
    expect(d.fix?.edits[0].text).toBe('"https://logtail.cn-hangzhou.log.aliyuncs.com"');
  });

  it('no majority: one finding on the cluster, no fix', async () => {
    const [d, ...more] = await findings(classic('http://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'cn-shanghai.log.aliyuncs.com'), ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('5:18-5:31');
    expect(d.message).toContain('The regions in this file disagree: `data_server_list[0].cluster` names `cn-hangzhou`, `config_server_address` names `cn-beijing`, `data_server_list[0].endpoint` names `cn-shanghai`');
    expect(d.related?.map(span)).toEqual(['2:28-2:72', '6:19-6:49']);
    expect(d.fix).toBeUndefined();
  });

  it('acceleration: log-global carries no region, so config server and cluster must agree', async () => {
    expect(await findings(classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'), ID)).toEqual([]);
    expect(await findings(classic(CS_HZ, 'cn-hangzhou', 'log-global.aliyuncs.com'), ID)).toEqual([]);
    const [d] = await findings(classic('http://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'), ID);
    expect(span(d)).toBe('5:18-5:31');
    expect(d.fix).toBeUndefined();
  });

  it('no fix for a host that is not in the installer form', async () => {
    const [d] = await findings(classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'proj.cn-shanghai.log.aliyuncs.com'), ID);
    expect(span(d)).toBe('6:19-6:54');
    expect(d.fix).toBeUndefined();
    expect(d.message).toContain('change this host to the `cn-hangzhou` one');
  });

  it('LoongCollector: primary_region, config_servers, data_servers', async () => {
    const [d, ...more] = await findings(loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-shanghai', ['cn-beijing.log.aliyuncs.com']), ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('6:17-6:30');
    expect(d.related?.map(span)).toEqual(['2:21-2:33', '3:22-3:66', '7:25-7:54']);
    expect(d.fix?.edits[0].text).toBe('"cn-beijing"');
    expect(await findings(loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com', 'log-global.aliyuncs.com']), ID)).toEqual([]);
  });

  it('several data_server_list entries in one region: all places must agree', async () => {
    const text = [
      '{',
      '  "config_server_address": "http://logtail.cn-beijing-intranet.log.aliyuncs.com",',
      '  "data_server_list": [',
      '    { "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" },',
      '    { "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou.log.aliyuncs.com" }',
      '  ]',
      '}',
      '',
    ].join('\n');
    const [d, ...more] = await findings(raw(text), ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('2:28-2:81');
    expect(d.fix?.edits[0].text).toBe('"http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"');
  });

  it('one entry per region on purpose: each entry is checked on its own', async () => {
    const text = [
      '{',
      '  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",',
      '  "data_server_list": [',
      '    { "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" },',
      '    { "cluster": "cn-shanghai", "endpoint": "cn-shanghai-intranet.log.aliyuncs.com" },',
      '    { "cluster": "cn-beijing", "endpoint": "cn-beijing-intranet.log.aliyuncs.com" },',
      '    { "cluster": "cn-beijing", "endpoint": "cn-qingdao-intranet.log.aliyuncs.com" }',
      '  ]',
      '}',
      '',
    ].join('\n');
    const found = await findings(raw(text), ID);
    expect(found.map(span)).toEqual(['7:18-7:30']);
    expect(found[0].message).toContain('The regions in `data_server_list[3]` disagree');
  });

  it('finance, gov, local, corp, acdr and idpt IDs: no false mismatch', async () => {
    for (const tree of [
      intranet('cn-shanghai-finance-1'),
      internet('cn-hangzhou-finance'),
      intranet('cn-north-2-gov-1'),
      intranet('cn-wuhan-lr'),
      classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      classic('http://logtail.cn-heyuan-acdr-1-internal.log.aliyuncs.com', 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com'),
      classic('http://logtail-gw.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/'),
      classic(CS_HZ, 'cn-hangzhou-intranet', EP_HZ),
      classic(CS_HZ, 'cn-hangzohu', EP_HZ),
      classic('http://10.0.0.1', 'cn-hangzhou', '10.0.0.2'),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
    const [d] = await findings(classic('http://logtail.cn-shanghai-finance-1-intranet.log.aliyuncs.com', 'cn-shanghai', 'cn-shanghai-finance-1-intranet.log.aliyuncs.com'), ID);
    expect(d.pointer).toBe('/data_server_list/0/cluster');
    expect(d.fix?.edits[0].text).toBe('"cn-shanghai-finance-1"');
  });

  it('one-line configs, no data_server_list, odd shapes', async () => {
    const oneLine = `{"config_server_address":"${CS_HZ}","data_server_list":[{"cluster":"ap-southeast-2","endpoint":"${EP_HZ}"}]}`;
    const [d] = await findings(raw(oneLine), ID);
    expect(span(d)).toBe('1:112-1:128');
    expect(await findings(raw(`{"config_server_address": "${CS_HZ}"}`), ID)).toEqual([]);
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});
