import { testRule } from '../../rule-tester.js';
import { classic, internet, intranet, loong, ODD_SHAPE, oddShapes, raw } from './agent-config.js';

const CS_HZ = 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com';
const EP_HZ = 'cn-hangzhou-intranet.log.aliyuncs.com';
/** A cn-hangzhou file on the internal network with this data endpoint. */
const data = (endpoint: string) => classic(CS_HZ, 'cn-hangzhou', endpoint);
/** A cn-hangzhou file on the internal network with this config server. */
const configServer = (address: string) => classic(address, 'cn-hangzhou', EP_HZ);

testRule('endpoint/malformed', {
  valid: [
    { name: 'an upper-case scheme is endpoint/non-canonical', files: configServer('HTTP://logtail.cn-hangzhou-intranet.log.aliyuncs.com') },
    { name: 'a config server without logtail. is endpoint/non-canonical', files: configServer('https://cn-hangzhou-intranet.log.aliyuncs.com') },
    { name: 'the installer template (intranet)', files: intranet('cn-hangzhou') },
    { name: 'the installer template (Internet, a finance region)', files: internet('cn-shanghai-finance-1') },
    { name: 'https and trailing slashes', files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/') },
    { name: 'custom hosts', files: classic('http://10.0.0.5:8080', 'cn-hangzhou', 'gw.example.com') },
    { name: 'log-global for both', files: classic('http://log-global.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'the idpt domain', files: classic('http://log.cn-hangzhou-idpt-2.idptcloud01cs.com', 'cn-hangzhou-idpt-2', 'log.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'the corp domain', files: classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'no data_server_list', files: raw('{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"}') },
    ...oddShapes('empty values', 'a bare scheme, a bare suffix and colons'),
  ],
  invalid: [
    {
      name: 'empty values',
      files: classic('', 'cn-hangzhou', ''),
      findings: [
        { at: '2:28-2:30', severity: 'error', pointer: '/config_server_address', message:
          "`config_server_address`: the value is empty, so the agent has no host to fetch collection configs from. Write the endpoint the installer writes for the project's region." },
        { at: '6:19-6:21', severity: 'error', pointer: '/data_server_list/0/endpoint', message:
          "`data_server_list[0].endpoint`: the value is empty, so the agent has no host to send logs to. Write the endpoint the installer writes for the project's region." },
      ],
    },
    {
      name: 'http:// with nothing after it',
      files: configServer('http://'),
      findings: [
        { at: '2:28-2:37', pointer: '/config_server_address', message:
          '`config_server_address`: `http://` has nothing after the scheme. The agent cannot use it (its endpoint check, `StandardizeEndpoint`, rejects it): it treats the value as invalid and falls back to its default. Write the full endpoint.' },
      ],
    },
    {
      name: 'leading and trailing whitespace: trimmed by the fix',
      files: data(` ${EP_HZ} `),
      findings: [
        { at: '6:19-6:60', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: `" cn-hangzhou-intranet.log.aliyuncs.com "` contains leading or trailing whitespace. The agent does not trim endpoints (StandardizeEndpoint), so the URL keeps the whitespace and its host name is invalid. Remove the whitespace.' },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'inner whitespace: not fixable',
      files: data('cn-hangzhou-intranet .log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:59', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: `"cn-hangzhou-intranet .log.aliyuncs.com"` contains whitespace inside the value. The agent does not trim endpoints (StandardizeEndpoint), so the URL keeps the whitespace and its host name is invalid. Remove the whitespace.' },
      ],
    },
    {
      name: 'an unsupported scheme',
      files: data(`tcp://${EP_HZ}`),
      findings: [
        { at: '6:19-6:64', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: scheme `tcp://` is not supported: only `http://` and `https://` are. The agent puts `http://` in front of any other value, so the host becomes invalid. Remove the scheme or use `https://`.' },
      ],
    },
    {
      name: 'a port that is not a number',
      files: data('cn-hangzhou.log.aliyuncs.com:http'),
      findings: [
        { at: '6:19-6:54', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: port `http` is not a number from 1 to 65535, so no connection can be made. Remove it (the agent picks the port from the scheme and `data_server_port`).' },
      ],
    },
    {
      name: 'an invalid host name',
      files: data('cn_hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:49', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: `cn_hangzhou.log.aliyuncs.com` is not a valid host name or IPv4 address, so the agent cannot send logs. Write a host such as the one the installer writes.' },
      ],
    },
    {
      name: 'the install suffix -acceleration in a data host: fixed to log-global',
      files: data('cn-hangzhou-acceleration.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:62', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the host carries the install parameter `cn-hangzhou-acceleration`: `-acceleration` only exists in `logtail.sh install <param>`, never in a host name, so this host does not exist. For `install cn-hangzhou-acceleration` the installer writes `log-global.aliyuncs.com` here.' },
      ],
      output: data('log-global.aliyuncs.com'),
    },
    {
      name: 'the install suffix -internet in an https data host: fixed to the public host',
      files: data('https://cn-hangzhou-internet.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:66', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the host carries the install parameter `cn-hangzhou-internet`: `-internet` only exists in `logtail.sh install <param>`, never in a host name, so this host does not exist. For `install cn-hangzhou-internet` the installer writes `https://cn-hangzhou.log.aliyuncs.com` here.' },
      ],
      output: data('https://cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'the install suffix -inner in a data host: fixed to the -share host',
      files: data('cn-hangzhou-inner.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:55', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the host carries the install parameter `cn-hangzhou-inner`: `-inner` only exists in `logtail.sh install <param>`, never in a host name, so this host does not exist. For `install cn-hangzhou-inner` the installer writes `cn-hangzhou-share.log.aliyuncs.com` here.' },
      ],
      output: data('cn-hangzhou-share.log.aliyuncs.com'),
    },
    {
      name: 'the install suffix -acceleration in the config server: fixed to the public config server',
      files: configServer('http://logtail.cn-hangzhou-acceleration.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:86', pointer: '/config_server_address', message:
          '`config_server_address`: the host carries the install parameter `cn-hangzhou-acceleration`: `-acceleration` only exists in `logtail.sh install <param>`, never in a host name, so this host does not exist. For `install cn-hangzhou-acceleration` the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` here.' },
      ],
      output: configServer('http://logtail.cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'the install suffix -internet in a config server without logtail.: fixed to what the installer writes',
      files: configServer('http://cn-hangzhou-internet.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:74', pointer: '/config_server_address', message:
          '`config_server_address`: the host carries the install parameter `cn-hangzhou-internet`: `-internet` only exists in `logtail.sh install <param>`, never in a host name, so this host does not exist. For `install cn-hangzhou-internet` the installer writes `http://logtail.cn-hangzhou.log.aliyuncs.com` here.' },
      ],
      output: configServer('http://logtail.cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'an aliyuncs.com host that is no SLS endpoint',
      files: data('oss-cn-hangzhou.aliyuncs.com'),
      findings: [
        { at: '6:19-6:49', pointer: '/data_server_list/0/endpoint', message:
          "`data_server_list[0].endpoint`: `oss-cn-hangzhou.aliyuncs.com` is an aliyuncs.com host but not an SLS endpoint form (`<region>[-intranet|-internal|-share].log.aliyuncs.com`, `log-global.aliyuncs.com`), so the agent cannot send logs there. Write the SLS endpoint of the project's region." },
      ],
    },
    {
      name: 'LoongCollector endpoint_list entries',
      files: loong('cn-beijing', 'http://cn-beijing.log.aliyuncs.com', 'cn-beijing', ['', 'http://']),
      findings: [
        { at: '7:25-7:27', pointer: '/data_servers/0/endpoint_list/0', message:
          "`data_servers[0].endpoint_list[0]`: the value is empty, so the agent has no host to send logs to. Write the endpoint the installer writes for the project's region." },
        { at: '7:29-7:38', pointer: '/data_servers/0/endpoint_list/1', message:
          '`data_servers[0].endpoint_list[1]`: `http://` has nothing after the scheme. The agent cannot use it (its endpoint check, `StandardizeEndpoint`, rejects it): it treats the value as invalid and falls back to its default. Write the full endpoint.' },
      ],
    },
    {
      name: 'a one-line config',
      files: raw('{"config_server_address":"http://","data_server_list":[{"cluster":"cn-hangzhou","endpoint":"cn-hangzhou.log.aliyuncs.com"}]}'),
      findings: [
        { at: '1:26-1:35', pointer: '/config_server_address', message:
          '`config_server_address`: `http://` has nothing after the scheme. The agent cannot use it (its endpoint check, `StandardizeEndpoint`, rejects it): it treats the value as invalid and falls back to its default. Write the full endpoint.' },
      ],
    },
    {
      name: 'odd shape: empty values',
      files: raw(ODD_SHAPE['empty values']),
      findings: [
        { at: '1:27-1:29', pointer: '/config_server_address', message:
          "`config_server_address`: the value is empty, so the agent has no host to fetch collection configs from. Write the endpoint the installer writes for the project's region." },
        { at: '1:80-1:82', pointer: '/data_server_list/0/endpoint', message:
          "`data_server_list[0].endpoint`: the value is empty, so the agent has no host to send logs to. Write the endpoint the installer writes for the project's region." },
      ],
    },
    {
      name: 'odd shape: a bare scheme, a bare suffix and colons',
      files: raw(ODD_SHAPE['a bare scheme, a bare suffix and colons']),
      findings: [
        { at: '1:27-1:37', pointer: '/config_server_address', message:
          '`config_server_address`: `https://` has nothing after the scheme. The agent cannot use it (its endpoint check, `StandardizeEndpoint`, rejects it): it treats the value as invalid and falls back to its default. Write the full endpoint.' },
{ at: '1:97-1:102', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the empty port after `:` is not a number from 1 to 65535, so no connection can be made. Remove it (the agent picks the port from the scheme and `data_server_port`).' },
      ],
    },
  ],
});
