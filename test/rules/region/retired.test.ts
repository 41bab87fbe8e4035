import { testRule } from '../../rule-tester.js';
import { classic, FILE, intranet, LC_FILE, loong, oddShapes } from '../endpoint/agent-config.js';

testRule('region/retired', {
  valid: [
    { name: 'an active region', files: intranet('cn-hangzhou') },
    { name: 'a region being decommissioned is region/decommissioning', files: intranet('cn-nanjing') },
    { name: 'an unverified region is region/unverified', files: intranet('me-central-1') },
    { name: 'an active region (ap-southeast-1)', files: intranet('ap-southeast-1') },
    { name: 'an active region (ap-southeast-3)', files: intranet('ap-southeast-3') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'the vendor doc example: cluster ap-southeast-2 with cn-hangzhou-intranet endpoints',
      files: classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'ap-southeast-2', 'cn-hangzhou-intranet.log.aliyuncs.com'),
      findings: [
        { at: '5:18-5:34', severity: 'error', pointer: '/data_server_list/0/cluster', related: [], message:
          "Region `ap-southeast-2` (Sydney) is closed: closed since late 2024; service ended on 2024-09-30. SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. Named in `data_server_list[0].cluster`. Move the project to an active region and reinstall Logtail with that region's install parameter (`logtail.sh install <region>`), which rewrites this file." },
      ],
    },
    {
      name: 'one finding per region per file, at the first place, the others related',
      files: intranet('ap-south-1'),
      findings: [
        { at: '2:28-2:81', pointer: '/config_server_address', related: [`${FILE}@5:18-5:30`, `${FILE}@6:19-6:57`], message:
          "Region `ap-south-1` (Mumbai) is closed: service ended on 2024-07-15. SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Move the project to an active region and reinstall Logtail with that region's install parameter (`logtail.sh install <region>`), which rewrites this file." },
      ],
    },
    {
      name: 'rus-west-1 (date unknown), also with a network suffix left on the cluster',
      files: classic('http://logtail.rus-west-1.log.aliyuncs.com', 'rus-west-1-intranet', 'rus-west-1.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:72', pointer: '/config_server_address', related: [`${FILE}@5:18-5:39`, `${FILE}@6:19-6:48`], message:
          "Region `rus-west-1` (Moscow) is closed: no longer listed by SLS since 2021. SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Move the project to an active region and reinstall Logtail with that region's install parameter (`logtail.sh install <region>`), which rewrites this file." },
      ],
    },
    {
      name: 'the LoongCollector form',
      files: loong('ap-southeast-2', 'http://logtail.ap-southeast-2.log.aliyuncs.com', 'ap-southeast-2', ['ap-southeast-2.log.aliyuncs.com']),
      findings: [
        { at: '2:21-2:37', pointer: '/primary_region', related: [`${LC_FILE}@3:22-3:70`, `${LC_FILE}@6:17-6:33`, `${LC_FILE}@7:25-7:58`], message:
          "Region `ap-southeast-2` (Sydney) is closed: closed since late 2024; service ended on 2024-09-30. SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. Named in `primary_region`, `config_servers[0]`, `data_servers[0].region` and `data_servers[0].endpoint_list[0]`. Move the project to an active region and reinstall Logtail with that region's install parameter (`logtail.sh install <region>`), which rewrites this file." },
      ],
    },
  ],
});
