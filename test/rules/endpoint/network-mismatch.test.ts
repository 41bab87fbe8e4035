import { describe, expect, it } from 'vitest';
import { findings, span } from '../../helpers.js';
import { pairAllowed } from '../../../src/rules/endpoint/network-mismatch.js';
import { classic, FILE, internet, intranet, loong, raw, ODD_SHAPES } from './agent-config.js';

const ID = 'endpoint/network-mismatch';
const cs = (host: string) => `http://logtail.${host}`;

describe('endpoint/network-mismatch', () => {
  it('-intranet config server with a public data endpoint', async () => {
    const [d, ...more] = await findings(classic(cs('cn-hangzhou-intranet.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'), ID);
    expect(more).toEqual([]);
    expect(d.severity).toBe('error');
    expect(span(d)).toBe('6:19-6:49');
    expect(d.pointer).toBe('/data_server_list/0/endpoint');
    expect(d.message).toContain('`data_server_list[0].endpoint` is on the Internet (public host), but `config_server_address` is on the Alibaba Cloud internal network (`-intranet`)');
    expect(d.message).toContain(
      'For `cn-hangzhou`, on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` with `cn-hangzhou-intranet.log.aliyuncs.com`; ' +
        'on the Internet (public host) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `cn-hangzhou.log.aliyuncs.com`.',
    );
    expect(d.related?.map((r) => [span(r), r.message])).toEqual([['2:28-2:82', '`config_server_address` is on the Alibaba Cloud internal network (`-intranet`)']]);
    expect(d.fix).toBeUndefined();
  });

  it('public config server with an -intranet, -internal or -share data endpoint; share with internal', async () => {
    for (const [config, data] of [
      ['cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com'],
      ['cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-internal.log.aliyuncs.com'],
      ['cn-hangzhou-share.log.aliyuncs.com', 'cn-hangzhou-internal.log.aliyuncs.com'],
      ['cn-hangzhou-internal.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com'],
      ['cn-hangzhou-share.log.aliyuncs.com', 'log-global.aliyuncs.com'],
      ['cn-hangzhou-internal.log.aliyuncs.com', 'log-global.aliyuncs.com'],
    ]) {
      expect(await findings(classic(cs(config), 'cn-hangzhou', data), ID), `${config} + ${data}`).toHaveLength(1);
    }
  });

  it('every pair the installer writes, and acceleration with either config server', async () => {
    for (const tree of [
      intranet('cn-hangzhou'),
      internet('cn-hangzhou'),
      classic(cs('cn-hangzhou-share.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou-share.log.aliyuncs.com'),
      classic(cs('cn-hangzhou-internal.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou-internal.log.aliyuncs.com'),
      classic(cs('cn-hangzhou-corp.sls.aliyuncs.com'), 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com'),
      classic(cs('cn-hangzhou.log.aliyuncs.com'), 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic(cs('cn-hangzhou-intranet.log.aliyuncs.com'), 'cn-hangzhou', 'log-global.aliyuncs.com'),
      classic(cs('cn-hangzhou-vpc.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou-intranet.log.aliyuncs.com'),
      classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com'),
      classic(cs('cn-heyuan-acdr-1-internal.log.aliyuncs.com'), 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com'),
      intranet('cn-shanghai-finance-1'),
      intranet('cn-wuhan-lr'),
      // not checked: custom hosts, dual stack (no documented config-server form), the idpt domains with a gateway
      classic('http://gw.corp.example', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
      classic(cs('cn-hangzhou-intranet.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou.dualstack.log.aliyuncs.com'),
      classic('http://gw.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com'),
      classic('', 'cn-hangzhou', ''),
    ]) {
      expect(await findings(tree, ID), JSON.stringify(tree)).toEqual([]);
    }
  });

  it('pairAllowed is the B.1 table plus B.2 acceleration', () => {
    expect(pairAllowed('intranet', 'intranet')).toBe(true);
    expect(pairAllowed('vpc-legacy', 'intranet')).toBe(true);
    expect(pairAllowed('internet', 'acceleration')).toBe(true);
    expect(pairAllowed('intranet', 'acceleration')).toBe(true);
    expect(pairAllowed('share', 'acceleration')).toBe(false);
    expect(pairAllowed('acceleration', 'acceleration')).toBe(false);
    expect(pairAllowed('internet', 'intranet')).toBe(false);
  });

  it('log-global as the config server: fixed to the public config server of the file\'s region', async () => {
    const tree = classic('http://log-global.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com');
    const [d, ...more] = await findings(tree, ID);
    expect(more).toEqual([]);
    expect(span(d)).toBe('2:28-2:60');
    expect(d.message).toContain('the transfer-acceleration data host');
    const start = (tree[FILE] as string).indexOf('"http://log-global');
    expect(d.fix?.edits).toEqual([{ range: [start, start + 32], text: '"http://logtail.cn-hangzhou.log.aliyuncs.com"' }]);
    const [noRegion] = await findings(classic('http://log-global.aliyuncs.com', 'cn-atlantis', 'log-global.aliyuncs.com'), ID);
    expect(noRegion.fix).toBeUndefined();
  });

  it('LoongCollector: each endpoint_list entry against config_servers', async () => {
    const found = await findings(loong('cn-beijing', cs('cn-beijing-intranet.log.aliyuncs.com'), 'cn-beijing', ['cn-beijing-intranet.log.aliyuncs.com', 'cn-beijing.log.aliyuncs.com']), ID);
    expect(found.map(span)).toEqual(['7:65-7:94']);
    expect(found[0].pointer).toBe('/data_servers/0/endpoint_list/1');
    expect(found[0].related?.map(span)).toEqual(['3:22-3:75']);
  });

  it('one-line configs and odd shapes', async () => {
    const [d] = await findings(raw('{"config_server_address":"http://logtail.cn-hangzhou-intranet.log.aliyuncs.com","data_server_list":[{"cluster":"cn-hangzhou","endpoint":"cn-hangzhou.log.aliyuncs.com"}]}'), ID);
    expect(span(d)).toBe('1:137-1:167');
    for (const text of ODD_SHAPES) await findings(raw(text), ID);
  });
});

describe('endpoint/network-mismatch leaves unreadable hosts to endpoint/malformed', () => {
  it('install suffix in the host, invalid host', async () => {
    expect(await findings(classic(cs('cn-hangzhou-intranet.log.aliyuncs.com'), 'cn-hangzhou', 'cn-hangzhou-acceleration.log.aliyuncs.com'), ID)).toEqual([]);
    expect(await findings(classic(cs('cn-hangzhou-intranet.log.aliyuncs.com'), 'cn-hangzhou', 'cn_hangzhou.log.aliyuncs.com'), ID)).toEqual([]);
    expect(await findings(classic('http://logtail.cn-hangzhou-internet.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou-intranet.log.aliyuncs.com'), ID)).toEqual([]);
  });
});

describe('endpoint/network-mismatch with a second region', () => {
  it('does not pair the config server with an entry for another region', async () => {
    const text = JSON.stringify({
      config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
      data_server_list: [
        { cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' },
        { cluster: 'cn-shanghai', endpoint: 'cn-shanghai.log.aliyuncs.com' },
      ],
    });
    expect(await findings({ 'h/ilogtail_config.json': text }, 'endpoint/network-mismatch')).toEqual([]);
  });
});
