import { testRule } from '../../rule-tester.js';
import { compactConfigText, configPath, declareHost, hostConfig } from './scene.js';

const declared = (host: object) => declareHost('hosts/web', host);

const intranet = hostConfig('hosts/web', 'cn-hangzhou');

testRule('host/network-unreachable', {
  valid: [
    { name: 'intranet on a same-region ECS instance', files: intranet, config: declared({ ecs: true, region: 'cn-hangzhou' }) },
    { name: 'internet on a host declared not ECS', files: hostConfig('hosts/web', 'cn-hangzhou', 'internet'), config: declared({ ecs: false }) },
    { name: 'intranet on an ECS instance of no declared region', files: intranet, config: declared({ ecs: true }) },
    { name: 'an undeclared host', files: intranet },
  ],
  invalid: [
    {
      name: 'an intranet endpoint on a host declared not ECS',
      files: intranet,
      config: declared({ ecs: false }),
      findings: [
        { at: '6:19-6:58', message: 'The agent uses the cn-hangzhou intranet endpoint, but hosts/web is declared not to be an ECS instance (.logtail-lint.json:3), and intranet endpoints resolve only through Alibaba Cloud\'s internal DNS: the host cannot reach SLS and collects nothing. Use the Internet endpoint (data_server_list endpoint "cn-hangzhou.log.aliyuncs.com", config_server_address "http://logtail.cn-hangzhou.log.aliyuncs.com"), i.e. install with `logtail.sh install cn-hangzhou-internet`, or transfer acceleration (`cn-hangzhou-acceleration`, enabled on the project first).', pointer: '/data_server_list/0/endpoint', related: ['.logtail-lint.json@3:5-6:6'] },
      ],
    },
    {
      name: 'an intranet endpoint of another region than the ECS instance',
      files: intranet,
      config: declared({ ecs: true, region: 'cn-beijing' }),
      findings: [
        { at: '6:19-6:58', message: 'The agent uses the cn-hangzhou intranet endpoint, but hosts/web is declared an ECS instance in cn-beijing (.logtail-lint.json:3), and an intranet endpoint serves only hosts of its own region (cn-hangzhou): the host cannot reach SLS and collects nothing. Use the Internet endpoint (data_server_list endpoint "cn-hangzhou.log.aliyuncs.com", config_server_address "http://logtail.cn-hangzhou.log.aliyuncs.com"), i.e. install with `logtail.sh install cn-hangzhou-internet`, or transfer acceleration (`cn-hangzhou-acceleration`, enabled on the project first).', pointer: '/data_server_list/0/endpoint', related: ['.logtail-lint.json@3:5-7:6'] },
      ],
    },
    {
      name: 'a one-line data_server_list on a host matched by a declared hosts/*',
      files: { [configPath('hosts/idc')]: compactConfigText('cn-hangzhou', 'intranet', '10.0.0.5') },
      config: { hosts: [{ path: 'hosts/*', ecs: false }] },
      findings: [
        { at: '3:64-3:103', message: 'The agent uses the cn-hangzhou intranet endpoint, but hosts/idc is declared not to be an ECS instance (.logtail-lint.json:3), and intranet endpoints resolve only through Alibaba Cloud\'s internal DNS: the host cannot reach SLS and collects nothing. Use the Internet endpoint (data_server_list endpoint "cn-hangzhou.log.aliyuncs.com", config_server_address "http://logtail.cn-hangzhou.log.aliyuncs.com"), i.e. install with `logtail.sh install cn-hangzhou-internet`, or transfer acceleration (`cn-hangzhou-acceleration`, enabled on the project first).', pointer: '/data_server_list/0/endpoint', related: ['.logtail-lint.json@3:5-6:6'] },
      ],
    },
  ],
});
