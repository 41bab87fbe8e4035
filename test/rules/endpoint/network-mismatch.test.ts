import { describe, expect, it } from 'vitest';
import { testRule } from '../../rule-tester.js';
import { pairAllowed } from '../../../src/rules/endpoint/network-mismatch.js';
import { classic, FILE, internet, intranet, LC_FILE, loong, oddShapes, raw } from './agent-config.js';

const ID = 'endpoint/network-mismatch';
/** The config server the installer writes for an endpoint host. */
const cs = (host: string) => `http://logtail.${host}`;
/** A cn-hangzhou file with the config server of `configHost` and this data endpoint. */
const pair = (configHost: string, endpoint: string) => classic(cs(configHost), 'cn-hangzhou', endpoint);

testRule(ID, {
  valid: [
    { name: 'the installer pair: intranet', files: intranet('cn-hangzhou') },
    { name: 'the installer pair: Internet', files: internet('cn-hangzhou') },
    { name: 'the installer pair: share', files: pair('cn-hangzhou-share.log.aliyuncs.com', 'cn-hangzhou-share.log.aliyuncs.com') },
    { name: 'the installer pair: internal', files: pair('cn-hangzhou-internal.log.aliyuncs.com', 'cn-hangzhou-internal.log.aliyuncs.com') },
    { name: 'the installer pair: corp', files: classic(cs('cn-hangzhou-corp.sls.aliyuncs.com'), 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'acceleration with the public config server', files: pair('cn-hangzhou.log.aliyuncs.com', 'log-global.aliyuncs.com') },
    { name: 'acceleration with the intranet config server', files: pair('cn-hangzhou-intranet.log.aliyuncs.com', 'log-global.aliyuncs.com') },
    { name: 'a legacy -vpc config server with an intranet endpoint', files: pair('cn-hangzhou-vpc.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com') },
    { name: 'https and a trailing slash', files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com') },
    { name: 'the acdr -internal pair', files: classic(cs('cn-heyuan-acdr-1-internal.log.aliyuncs.com'), 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com') },
    { name: 'the installer pair: intranet, a finance region', files: intranet('cn-shanghai-finance-1') },
    { name: 'the installer pair: intranet, a local region', files: intranet('cn-wuhan-lr') },
    { name: 'not checked: a custom config server', files: classic('http://gw.corp.example', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com') },
    { name: 'not checked: dual stack (no documented config-server form)', files: pair('cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou.dualstack.log.aliyuncs.com') },
    { name: 'not checked: the idpt domain behind a gateway', files: classic('http://gw.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'not checked: empty values', files: classic('', 'cn-hangzhou', '') },
    { name: 'left to endpoint/malformed: an install suffix in the data host', files: pair('cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou-acceleration.log.aliyuncs.com') },
    { name: 'left to endpoint/malformed: an invalid data host', files: pair('cn-hangzhou-intranet.log.aliyuncs.com', 'cn_hangzhou.log.aliyuncs.com') },
    { name: 'left to endpoint/malformed: an install suffix in the config server', files: pair('cn-hangzhou-internet.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com') },
    {
      name: 'the config server is not paired with an entry for another region',
      files: {
        'h/ilogtail_config.json': JSON.stringify({
          config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
          data_server_list: [
            { cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' },
            { cluster: 'cn-shanghai', endpoint: 'cn-shanghai.log.aliyuncs.com' },
          ],
        }),
      },
    },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'an -intranet config server with a public data endpoint',
      files: pair('cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:49', severity: 'error', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint` is on the Internet (public host), but `config_server_address` is on the Alibaba Cloud internal network (`-intranet`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` with `cn-hangzhou-intranet.log.aliyuncs.com`; on the Internet (public host) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `cn-hangzhou.log.aliyuncs.com`.',
          related: [{ at: `${FILE}@2:28-2:82`, message: '`config_server_address` is on the Alibaba Cloud internal network (`-intranet`)' }] },
      ],
    },
    {
      name: 'a public config server with an -intranet data endpoint',
      files: pair('cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:73`], message:
          '`data_server_list[0].endpoint` is on the Alibaba Cloud internal network (`-intranet`), but `config_server_address` is on the Internet (public host): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Internet (public host) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `cn-hangzhou.log.aliyuncs.com`; on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` with `cn-hangzhou-intranet.log.aliyuncs.com`.' },
      ],
    },
    {
      name: 'a public config server with an -internal data endpoint',
      files: pair('cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-internal.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:73`], message:
          '`data_server_list[0].endpoint` is on the VPC-only internal domain (`-internal`), but `config_server_address` is on the Internet (public host): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Internet (public host) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `cn-hangzhou.log.aliyuncs.com`; on the VPC-only internal domain (`-internal`) the installer writes `http://logtail.cn-hangzhou-internal.log.aliyuncs.com` with `cn-hangzhou-internal.log.aliyuncs.com`.' },
      ],
    },
    {
      name: 'a -share config server with an -internal data endpoint',
      files: pair('cn-hangzhou-share.log.aliyuncs.com', 'cn-hangzhou-internal.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:79`], message:
          '`data_server_list[0].endpoint` is on the VPC-only internal domain (`-internal`), but `config_server_address` is on the Alibaba Group inner network (`-share`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Alibaba Group inner network (`-share`) the installer writes `http://logtail.cn-hangzhou-share.log.aliyuncs.com` with `cn-hangzhou-share.log.aliyuncs.com`; on the VPC-only internal domain (`-internal`) the installer writes `http://logtail.cn-hangzhou-internal.log.aliyuncs.com` with `cn-hangzhou-internal.log.aliyuncs.com`.' },
      ],
    },
    {
      name: 'an -internal config server with an -intranet data endpoint',
      files: pair('cn-hangzhou-internal.log.aliyuncs.com', 'cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:82`], message:
          '`data_server_list[0].endpoint` is on the Alibaba Cloud internal network (`-intranet`), but `config_server_address` is on the VPC-only internal domain (`-internal`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the VPC-only internal domain (`-internal`) the installer writes `http://logtail.cn-hangzhou-internal.log.aliyuncs.com` with `cn-hangzhou-internal.log.aliyuncs.com`; on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` with `cn-hangzhou-intranet.log.aliyuncs.com`.' },
      ],
    },
    {
      name: 'a -share config server with acceleration',
      files: pair('cn-hangzhou-share.log.aliyuncs.com', 'log-global.aliyuncs.com'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:79`], message:
          '`data_server_list[0].endpoint` is on transfer acceleration (`log-global.aliyuncs.com`), but `config_server_address` is on the Alibaba Group inner network (`-share`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Alibaba Group inner network (`-share`) the installer writes `http://logtail.cn-hangzhou-share.log.aliyuncs.com` with `cn-hangzhou-share.log.aliyuncs.com`; on transfer acceleration (`log-global.aliyuncs.com`) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `log-global.aliyuncs.com`.' },
      ],
    },
    {
      name: 'an -internal config server with acceleration',
      files: pair('cn-hangzhou-internal.log.aliyuncs.com', 'log-global.aliyuncs.com'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:82`], message:
          '`data_server_list[0].endpoint` is on transfer acceleration (`log-global.aliyuncs.com`), but `config_server_address` is on the VPC-only internal domain (`-internal`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the VPC-only internal domain (`-internal`) the installer writes `http://logtail.cn-hangzhou-internal.log.aliyuncs.com` with `cn-hangzhou-internal.log.aliyuncs.com`; on transfer acceleration (`log-global.aliyuncs.com`) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `log-global.aliyuncs.com`.' },
      ],
    },
    {
      name: "log-global as the config server: fixed to the public config server of the file's region",
      files: classic('http://log-global.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      findings: [
        { at: '2:28-2:60', pointer: '/config_server_address', message:
          "`config_server_address` is `log-global.aliyuncs.com`, the transfer-acceleration data host. With acceleration the config server stays the region's public one (`http://logtail.<region>.log.aliyuncs.com`) and only the data endpoint is `log-global.aliyuncs.com`. Write `http://logtail.cn-hangzhou.log.aliyuncs.com`." },
      ],
      output: pair('cn-hangzhou.log.aliyuncs.com', 'log-global.aliyuncs.com'),
    },
    {
      name: 'log-global as the config server in a file that names no known region: no fix',
      files: classic('http://log-global.aliyuncs.com', 'cn-atlantis', 'log-global.aliyuncs.com'),
      findings: [
        { at: '2:28-2:60', pointer: '/config_server_address', message:
          "`config_server_address` is `log-global.aliyuncs.com`, the transfer-acceleration data host. With acceleration the config server stays the region's public one (`http://logtail.<region>.log.aliyuncs.com`) and only the data endpoint is `log-global.aliyuncs.com`. Write the public config server of the project's region." },
      ],
    },
    {
      name: 'LoongCollector: each endpoint_list entry against config_servers',
      files: loong('cn-beijing', cs('cn-beijing-intranet.log.aliyuncs.com'), 'cn-beijing', ['cn-beijing-intranet.log.aliyuncs.com', 'cn-beijing.log.aliyuncs.com']),
      findings: [
        { at: '7:65-7:94', pointer: '/data_servers/0/endpoint_list/1', related: [`${LC_FILE}@3:22-3:75`], message:
          '`data_servers[0].endpoint_list[1]` is on the Internet (public host), but `config_servers[0]` is on the Alibaba Cloud internal network (`-intranet`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-beijing`, on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-beijing-intranet.log.aliyuncs.com` with `cn-beijing-intranet.log.aliyuncs.com`; on the Internet (public host) the installer writes `http://logtail.cn-beijing.log.aliyuncs.com` with `cn-beijing.log.aliyuncs.com`.' },
      ],
    },
    {
      name: 'a one-line config',
      files: raw('{"config_server_address":"http://logtail.cn-hangzhou-intranet.log.aliyuncs.com","data_server_list":[{"cluster":"cn-hangzhou","endpoint":"cn-hangzhou.log.aliyuncs.com"}]}'),
      findings: [
        { at: '1:137-1:167', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@1:26-1:80`], message:
          '`data_server_list[0].endpoint` is on the Internet (public host), but `config_server_address` is on the Alibaba Cloud internal network (`-intranet`): the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. Use one network for both. For `cn-hangzhou`, on the Alibaba Cloud internal network (`-intranet`) the installer writes `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` with `cn-hangzhou-intranet.log.aliyuncs.com`; on the Internet (public host) the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` with `cn-hangzhou.log.aliyuncs.com`.' },
      ],
    },
  ],
});

describe('endpoint/network-mismatch', () => {
  it('pairAllowed is the B.1 table plus B.2 acceleration', () => {
    expect(pairAllowed('intranet', 'intranet')).toBe(true);
    expect(pairAllowed('vpc-legacy', 'intranet')).toBe(true);
    expect(pairAllowed('internet', 'acceleration')).toBe(true);
    expect(pairAllowed('intranet', 'acceleration')).toBe(true);
    expect(pairAllowed('share', 'acceleration')).toBe(false);
    expect(pairAllowed('acceleration', 'acceleration')).toBe(false);
    expect(pairAllowed('internet', 'intranet')).toBe(false);
  });
});
