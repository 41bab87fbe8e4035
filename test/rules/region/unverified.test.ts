import { testRule } from '../../rule-tester.js';
import { FILE, internet, intranet, LC_FILE, loong, oddShapes } from '../endpoint/agent-config.js';

testRule('region/unverified', {
  valid: [
    { name: 'a verified public region', files: internet('cn-hangzhou') },
    { name: 'a verified public region (ap-southeast-7)', files: internet('ap-southeast-7') },
    { name: 'a finance region', files: internet('cn-shanghai-finance-1') },
    { name: 'a gov region', files: internet('cn-north-2-gov-1') },
    { name: 'a retired region is region/retired', files: internet('ap-southeast-2') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'a pattern-inferred region: a local region',
      files: intranet('cn-wuhan-lr'),
      findings: [
        { at: '2:28-2:82', severity: 'info', pointer: '/config_server_address', related: [`${FILE}@5:18-5:31`, `${FILE}@6:19-6:58`], message:
          'Region `cn-wuhan-lr` (Wuhan (Local Region)) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Check from the host that the endpoints resolve (e.g. `nslookup cn-wuhan-lr-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
    {
      name: 'a pattern-inferred region: ap-southeast-8',
      files: intranet('ap-southeast-8'),
      findings: [
        { at: '2:28-2:85', severity: 'info', pointer: '/config_server_address', related: [`${FILE}@5:18-5:34`, `${FILE}@6:19-6:61`], message:
          'Region `ap-southeast-8` (Johor (Malaysia)) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Check from the host that the endpoints resolve (e.g. `nslookup ap-southeast-8-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
    {
      name: 'a pattern-inferred region: me-central-1',
      files: intranet('me-central-1'),
      findings: [
        { at: '2:28-2:83', severity: 'info', pointer: '/config_server_address', related: [`${FILE}@5:18-5:32`, `${FILE}@6:19-6:59`], message:
          'Region `me-central-1` (Riyadh (SAU)) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Check from the host that the endpoints resolve (e.g. `nslookup me-central-1-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
    {
      name: 'a pattern-inferred region: na-south-1',
      files: intranet('na-south-1'),
      findings: [
        { at: '2:28-2:81', severity: 'info', pointer: '/config_server_address', related: [`${FILE}@5:18-5:30`, `${FILE}@6:19-6:57`], message:
          'Region `na-south-1` (Mexico) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Check from the host that the endpoints resolve (e.g. `nslookup na-south-1-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
    {
      name: 'a pattern-inferred region: sa-east-1',
      files: intranet('sa-east-1'),
      findings: [
        { at: '2:28-2:80', severity: 'info', pointer: '/config_server_address', related: [`${FILE}@5:18-5:29`, `${FILE}@6:19-6:56`], message:
          'Region `sa-east-1` (São Paulo) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `config_server_address`, `data_server_list[0].cluster` and `data_server_list[0].endpoint`. Check from the host that the endpoints resolve (e.g. `nslookup sa-east-1-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
    {
      name: 'LoongCollector: at the first place',
      files: loong('me-central-1', 'http://logtail.me-central-1.log.aliyuncs.com', 'me-central-1', ['me-central-1.log.aliyuncs.com']),
      findings: [
        { at: '2:21-2:35', pointer: '/primary_region', related: [`${LC_FILE}@3:22-3:68`, `${LC_FILE}@6:17-6:31`, `${LC_FILE}@7:25-7:56`], message:
          'Region `me-central-1` (Riyadh (SAU)) is accepted, but its endpoints are not in the sources logtail-lint cites: they follow the usual pattern and are unverified (`logtail-lint regions` shows what the sources say). Named in `primary_region`, `config_servers[0]`, `data_servers[0].region` and `data_servers[0].endpoint_list[0]`. Check from the host that the endpoints resolve (e.g. `nslookup me-central-1-intranet.log.aliyuncs.com` on an ECS instance in the region); if they do, this note needs no change.' },
      ],
    },
  ],
});
