import { testRule } from '../../rule-tester.js';
import { classic, internet, intranet, loong, oddShapes } from './agent-config.js';

const CS = 'http://logtail.cn-hangzhou.log.aliyuncs.com';
/** A cn-hangzhou file on the Internet with this data endpoint. */
const data = (endpoint: string) => classic(CS, 'cn-hangzhou', endpoint);
/** A cn-hangzhou file on the internal network with this config server. */
const configServer = (address: string) => classic(address, 'cn-hangzhou', 'cn-hangzhou-intranet.log.aliyuncs.com');

testRule('endpoint/non-canonical', {
  valid: [
    { name: 'custom gateways may have ports and paths', files: classic('http://gw.example.com:8080/sls', 'cn-hangzhou', '10.0.0.1:80') },
    { name: 'the installer template (intranet)', files: intranet('cn-hangzhou') },
    { name: 'the installer template (Internet, a local region)', files: internet('cn-wuhan-lr') },
    { name: 'https, a trailing slash (endpoint/trailing-slash) and log-global', files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'the corp domain', files: classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'the idpt domain behind a gateway', files: classic('http://gw.example.com', 'cn-hangzhou-idpt-2', 'log-internal.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'a dual-stack data host', files: data('cn-beijing.dualstack.log.aliyuncs.com') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'a project prefix (API host form): the fix drops it',
      files: data('my-proj.cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:57', severity: 'warning', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the host starts with `my-proj.` before the region: `<project>.<endpoint>` is the API host that SDKs build per request, not an endpoint. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Write the bare endpoint `cn-hangzhou.log.aliyuncs.com`.' },
      ],
      output: data('cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'logtail. on a data host: the fix drops it',
      files: data('logtail.cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:57', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the data endpoint starts with `logtail.`, which only the config server host has. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Write `cn-hangzhou.log.aliyuncs.com`.' },
      ],
      output: data('cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'upper case in the config server (the installer needs lower case)',
      files: classic('http://logtail.CN-Hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:73', pointer: '/config_server_address', message:
          '`config_server_address`: the host `logtail.CN-Hangzhou.log.aliyuncs.com` has upper-case letters. DNS ignores case, but the installer writes lower case, and when it upgrades it derives the install parameter from this host and requires `^[0-9a-z-]+$`. Write it in lower case.' },
      ],
      output: data('cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'a trailing dot',
      files: data('cn-hangzhou.log.aliyuncs.com.'),
      findings: [
        { at: '6:19-6:50', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the host `cn-hangzhou.log.aliyuncs.com.` ends with a dot. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Remove the dot.' },
      ],
      output: data('cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'a port: no fix',
      files: data('cn-hangzhou.log.aliyuncs.com:443'),
      findings: [
        { at: '6:19-6:53', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the endpoint has a port `:443`. The installer writes a bare host, and the agent picks the port from the scheme and `data_server_port`. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Remove the port (use `https://` or `data_server_port` for HTTPS).' },
      ],
    },
    {
      name: 'a path',
      files: data('cn-hangzhou.log.aliyuncs.com/logstores/app'),
      findings: [
        { at: '6:19-6:63', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the endpoint has a path `/logstores/app`; SLS endpoints are a bare host. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Remove the path.' },
      ],
    },
    {
      name: 'user info: no fix',
      files: data('http://ak:secret@cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:66', pointer: '/data_server_list/0/endpoint', message:
          '`data_server_list[0].endpoint`: the endpoint has user info before `@`. SLS authenticates with AccessKeys, not URL credentials, and the text may leak into logs. The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Remove it.' },
      ],
    },
    {
      name: 'a legacy -vpc host: fixed to -intranet',
      files: classic('http://logtail.cn-hangzhou-vpc.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:77', pointer: '/config_server_address', message:
          '`config_server_address`: the host uses the legacy `-vpc` label. The installer still reads a `-vpc` config host as the internal network, but no current SLS endpoint uses the label: the internal-network host is `<region>-intranet.log.aliyuncs.com`. Write `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com`.' },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'an upper-case scheme (not endpoint/malformed: its effect is inferred)',
      files: configServer('HTTP://logtail.cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:82', pointer: '/config_server_address', message:
          "`config_server_address`: scheme `HTTP://` is not lowercase. The agent's public endpoint code recognises only `http://` and `https://` exactly and puts `http://` in front of anything else (`http://HTTP://…`), which would make the host invalid; whether the closed-source code that reads this key does the same is unknown. Write `http://`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'a config server without logtail. (not endpoint/malformed): fixed by adding it',
      files: configServer('https://cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:75', pointer: '/config_server_address', message:
          '`config_server_address`: the config server host `cn-hangzhou-intranet.log.aliyuncs.com` lacks the `logtail.` prefix: that is the SLS API endpoint, not the Logtail config server the installer always writes (`http://logtail.<endpoint>`). The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Write `https://logtail.cn-hangzhou-intranet.log.aliyuncs.com`.' },
      ],
      output: configServer('https://logtail.cn-hangzhou-intranet.log.aliyuncs.com'),
    },
    {
      name: 'a LoongCollector config server without logtail. beside malformed endpoint_list entries',
      files: loong('cn-beijing', 'http://cn-beijing.log.aliyuncs.com', 'cn-beijing', ['', 'http://']),
      findings: [
        { at: '3:22-3:58', pointer: '/config_servers/0', message:
          '`config_servers[0]`: the config server host `cn-beijing.log.aliyuncs.com` lacks the `logtail.` prefix: that is the SLS API endpoint, not the Logtail config server the installer always writes (`http://logtail.<endpoint>`). The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown. Write `http://logtail.cn-beijing.log.aliyuncs.com`.' },
      ],
      output: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['', 'http://']),
    },
  ],
});
