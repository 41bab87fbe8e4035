import { testRule } from '../../rule-tester.js';
import { classic, internet, intranet, loong, oddShapes } from './agent-config.js';

testRule('endpoint/custom-host', {
  valid: [
    { name: 'the installer template (intranet)', files: intranet('cn-hangzhou') },
    { name: 'the installer template (Internet)', files: internet('cn-hangzhou') },
    { name: 'log-global is an SLS host', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'the corp domain is an SLS host', files: classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'the idpt domain is an SLS host', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-idpt-2', 'log.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'a malformed config server and an aliyuncs host that is no SLS endpoint', files: classic('http://', 'cn-hangzhou', 'oss-cn-hangzhou.aliyuncs.com') },
    { name: 'an empty config server and a host with a space', files: classic('', 'cn-hangzhou', 'bad host') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'a corporate gateway for both planes: one warning each',
      files: classic('http://sls-gw.corp.example.com', 'cn-hangzhou', 'sls-gw.corp.example.com:8080'),
      findings: [
        { at: '2:28-2:60', severity: 'warning', pointer: '/config_server_address', message:
          '`config_server_address` is `sls-gw.corp.example.com`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS config server of region `cn-hangzhou`, then silence this warning for the file if you wish.' },
        { at: '6:19-6:49', severity: 'warning', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint` is `sls-gw.corp.example.com`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS data endpoint of region `cn-hangzhou`, then silence this warning for the file if you wish.' },
      ],
    },
    {
      name: 'an IP address as the data endpoint',
      files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', '10.0.0.5'),
      findings: [
        { at: '6:19-6:29', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint` is `10.0.0.5`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS data endpoint of region `cn-hangzhou`, then silence this warning for the file if you wish.' },
      ],
    },
    {
      name: 'IP addresses in a file that names no known region',
      files: classic('http://10.0.0.5', 'cn-atlantis', '10.0.0.6'),
      findings: [
        { at: '2:28-2:45', pointer: '/config_server_address', message:
          "`config_server_address` is `10.0.0.5`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS config server of the project's region, then silence this warning for the file if you wish." },
        { at: '6:19-6:29', pointer: '/data_server_list/0/endpoint', message:
          "`data_server_list[0].endpoint` is `10.0.0.6`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS data endpoint of the project's region, then silence this warning for the file if you wish." },
      ],
    },
    {
      name: 'LoongCollector config_servers',
      files: loong('cn-beijing', 'http://10.1.1.1', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']),
      findings: [
        { at: '3:22-3:39', pointer: '/config_servers/0', message:
          '`config_servers[0]` is `10.1.1.1`, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow (a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. Make sure it forwards to the SLS config server of region `cn-beijing`, then silence this warning for the file if you wish.' },
      ],
    },
  ],
});
