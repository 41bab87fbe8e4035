import { testRule } from '../../rule-tester.js';
import { classic, intranet, loong, oddShapes } from './agent-config.js';

testRule('endpoint/trailing-slash', {
  valid: [
    { name: 'no trailing slash', files: intranet('cn-hangzhou') },
    { name: 'a path is not a trailing slash', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com/x', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'config server and endpoint with a trailing slash: info, the fix removes it',
      files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/'),
      findings: [
        { at: '2:28-2:75', severity: 'info', pointer: '/config_server_address', message:
          '`config_server_address` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint), so this works, but the installer never writes it. Remove it: `https://logtail.cn-hangzhou.log.aliyuncs.com`.' },
        { at: '6:19-6:58', severity: 'info', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint), so this works, but the installer never writes it. Remove it: `https://cn-hangzhou.log.aliyuncs.com`.' },
      ],
      output: classic('https://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com'),
    },
    {
      // The fix strips one slash, as the agent does; --fix then finds the second and strips it too.
      name: 'two slashes: one is stripped, the rest stays',
      files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com//', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:75', pointer: '/config_server_address', message:
          '`config_server_address` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint) and keeps the rest (see endpoint/non-canonical). Remove it: `http://logtail.cn-hangzhou.log.aliyuncs.com/`.' },
      ],
      output: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'custom hosts too',
      files: classic('http://gw.example.com/', 'cn-hangzhou', '10.0.0.1/'),
      findings: [
        { at: '2:28-2:52', pointer: '/config_server_address', message:
          '`config_server_address` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint), so this works, but the installer never writes it. Remove it: `http://gw.example.com`.' },
        { at: '6:19-6:30', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint), so this works, but the installer never writes it. Remove it: `10.0.0.1`.' },
      ],
      output: classic('http://gw.example.com', 'cn-hangzhou', '10.0.0.1'),
    },
    {
      name: 'LoongCollector config_servers',
      files: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com/', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']),
      findings: [
        { at: '3:22-3:67', pointer: '/config_servers/0', message:
          '`config_servers[0]` ends with `/`. The agent strips one trailing `/` (StandardizeEndpoint), so this works, but the installer never writes it. Remove it: `http://logtail.cn-beijing.log.aliyuncs.com`.' },
      ],
      output: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']),
    },
  ],
});
