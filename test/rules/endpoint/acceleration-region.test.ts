import { testRule } from '../../rule-tester.js';
import { classic, FILE, LC_FILE, loong, oddShapes } from './agent-config.js';

/** `region` with the acceleration data host log-global. */
const acc = (region: string, configServer = `http://logtail.${region}.log.aliyuncs.com`) => classic(configServer, region, 'log-global.aliyuncs.com');

testRule('endpoint/acceleration-region', {
  valid: [
    { name: 'a documented region', files: acc('cn-hangzhou') },
    { name: 'a documented region with the intranet config server', files: acc('cn-hangzhou', 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com') },
    { name: 'a retired region', files: acc('ap-southeast-2') },
    { name: 'no acceleration endpoint', files: classic('http://logtail.ap-southeast-6.log.aliyuncs.com', 'ap-southeast-6', 'ap-southeast-6.log.aliyuncs.com') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'a region whose acceleration is only inferred',
      files: acc('ap-southeast-6'),
      findings: [
        { at: '6:19-6:44', severity: 'info', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@5:18-5:34`], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but the docs document no `-acceleration` install command for `ap-southeast-6` (Manila); it is covered only by the general statement that the acceleration endpoint is the same for all regions. Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'a finance region: not documented',
      files: acc('cn-shanghai-finance-1'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@5:18-5:41`], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but transfer acceleration is not documented for `cn-shanghai-finance-1` (East China 2 Finance (华东2 金融云), finance cloud). Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'a gov region: not documented',
      files: acc('cn-north-2-gov-1'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@5:18-5:36`], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but transfer acceleration is not documented for `cn-north-2-gov-1` (North China 2 Alibaba Gov Cloud 1 (华北2 阿里政务云1), gov cloud). Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'cn-nanjing: not documented',
      files: acc('cn-nanjing'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@5:18-5:30`], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but transfer acceleration is not documented for `cn-nanjing` (Nanjing (Local Region)). Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'a local region: not documented',
      files: acc('cn-wuhan-lr'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@5:18-5:31`], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but transfer acceleration is not documented for `cn-wuhan-lr` (Wuhan (Local Region)). Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'the region comes from the config server when cluster is not a known region',
      files: classic('http://logtail.me-central-1.log.aliyuncs.com', 'cn-atlantis', 'log-global.aliyuncs.com'),
      findings: [
        { at: '6:19-6:44', pointer: '/data_server_list/0/endpoint', related: [], message:
          "`data_server_list[0].endpoint` uses transfer acceleration, but the docs document no `-acceleration` install command for `me-central-1` (Riyadh (SAU)); it is covered only by the general statement that the acceleration endpoint is the same for all regions. Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
    {
      name: 'LoongCollector',
      files: loong('sa-east-1', 'http://logtail.sa-east-1.log.aliyuncs.com', 'sa-east-1', ['log-global.aliyuncs.com']),
      findings: [
        { at: '7:25-7:50', pointer: '/data_servers/0/endpoint_list/0', related: [`${LC_FILE}@6:17-6:28`], message:
          "`data_servers[0].endpoint_list[0]` uses transfer acceleration, but the docs document no `-acceleration` install command for `sa-east-1` (São Paulo); it is covered only by the general statement that the acceleration endpoint is the same for all regions. Check in the SLS console that acceleration can be enabled for the project, and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through `log-global.aliyuncs.com`. Otherwise use the region's own endpoints." },
      ],
    },
  ],
});
