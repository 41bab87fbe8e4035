import { testRule } from '../../rule-tester.js';
import { classic, internet, intranet, loong, ODD_SHAPE, oddShapes, raw } from '../endpoint/agent-config.js';

const CS_HZ = 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com';
/** A cn-hangzhou intranet file with this cluster. */
const cluster = (c: string) => classic(CS_HZ, c, 'cn-hangzhou-intranet.log.aliyuncs.com');
/** The same as a one-line config. */
const oneLine = (c: string) => raw(`{"config_server_address":"${CS_HZ}","data_server_list":[{"cluster":"${c}","endpoint":"cn-hangzhou-intranet.log.aliyuncs.com"}]}`);

testRule('region/unknown', {
  valid: [
    { name: 'a known region', files: intranet('cn-hangzhou') },
    { name: 'a finance region', files: internet('cn-shanghai-finance-1') },
    { name: 'a gov region', files: intranet('cn-north-2-gov-1') },
    { name: 'a local region', files: intranet('cn-wuhan-lr') },
    { name: 'a retired region is region/retired', files: intranet('ap-southeast-2') },
    { name: 'the corp domain', files: classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'the acdr -internal form', files: classic('http://logtail.cn-heyuan-acdr-1-internal.log.aliyuncs.com', 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com') },
    { name: 'the idpt domain behind a gateway', files: classic('http://gateway.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'suffixes in cluster and host are the other rules', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou-intranet', 'cn-hangzhou-acceleration.log.aliyuncs.com') },
    { name: 'log-global', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'a custom config server and an aliyuncs host that is no SLS endpoint', files: classic('http://10.0.0.5:8080', 'cn-hangzhou', 'oss-cn-hangzhou.aliyuncs.com') },
    { name: 'no data_server_list', files: raw(`{"config_server_address": "${CS_HZ}"}`) },
    ...oddShapes('empty values', 'a bare scheme, a bare suffix and colons'),
    {
      // Apsara Stack region names are the private cloud's own (iac-and-editions §6), not SLS public-cloud regions.
      name: 'an Apsara Stack provider region',
      files: { 'main.tf': 'provider "alibabacloudstack" {\n  region = "cn-qingdao-env66-d01"\n}\n\nresource "alibabacloudstack_log_project" "p" {\n  name = "tf-log"\n}\n' },
    },
  ],
  invalid: [
    {
      name: 'a typo in cluster: did-you-mean and a fix that replaces the string literal',
      files: cluster('cn-hangzohu'),
      findings: [
        { at: '5:18-5:31', severity: 'error', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzohu`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Did you mean `cn-hangzhou`?" },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'a typo inside an endpoint host: fixed to the host the installer writes',
      files: classic(CS_HZ, 'cn-hangzhou', 'cn-hangzohu-intranet.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', message:
          'The host in `data_server_list[0].endpoint` names region `cn-hangzohu`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot send logs. Did you mean `cn-hangzhou`? The installer writes `cn-hangzhou-intranet.log.aliyuncs.com`.' },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'a typo in the config server keeps the scheme and the logtail. prefix',
      files: classic('https://logtail.cn-shangai.log.aliyuncs.com', 'cn-shanghai', 'cn-shanghai.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:73', pointer: '/config_server_address', message:
          'The host in `config_server_address` names region `cn-shangai`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot fetch its collection configs. Did you mean `cn-shanghai`? The installer writes `https://logtail.cn-shanghai.log.aliyuncs.com`.' },
      ],
      output: classic('https://logtail.cn-shanghai.log.aliyuncs.com', 'cn-shanghai', 'cn-shanghai.log.aliyuncs.com'),
    },
    {
      name: 'no fix when the host is not in the installer form (project prefix)',
      files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'proj.cn-hangzohu.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:54', pointer: '/data_server_list/0/endpoint', message:
          'The host in `data_server_list[0].endpoint` names region `cn-hangzohu`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot send logs. Did you mean `cn-hangzhou`?' },
      ],
    },
    {
      name: 'no suggestion: an unknown region, an empty cluster',
      files: classic('http://logtail.cn-atlantis.log.aliyuncs.com', '', 'cn-atlantis.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:73', pointer: '/config_server_address', message:
          'The host in `config_server_address` names region `cn-atlantis`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot fetch its collection configs. Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).' },
        { at: '5:18-5:20', pointer: '/data_server_list/0/cluster', message:
          '`data_server_list[0].cluster` is empty: the agent needs the SLS region ID here (the installer refuses an empty `cluster`). Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).' },
        { at: '6:19-6:49', pointer: '/data_server_list/0/endpoint', message:
          'The host in `data_server_list[0].endpoint` names region `cn-atlantis`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot send logs. Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).' },
      ],
    },
    {
      name: 'a case slip',
      files: classic('http://logtail.cn-beijing.log.aliyuncs.com', 'CN-Beijing', 'cn-beijing.log.aliyuncs.com'),
      findings: [
        { at: '5:18-5:30', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `CN-Beijing`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Did you mean `cn-beijing`?" },
      ],
      output: internet('cn-beijing'),
    },
    {
      name: "the installer's finance form",
      files: classic('http://logtail.cn-shanghai-finance-1.log.aliyuncs.com', 'cn-shanghai-finance', 'cn-shanghai-finance-1.log.aliyuncs.com'),
      findings: [
        { at: '5:18-5:39', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-shanghai-finance`, which is not an SLS region ID: it cannot match the project's region, and collection fails. `cn-shanghai-finance` is the installer's parameter for a finance region; the region ID is `cn-shanghai-finance-1`." },
      ],
      output: internet('cn-shanghai-finance-1'),
    },
    {
      name: 'LoongCollector primary_region, config_servers and data_servers',
      files: loong('cn-beijng', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-bejing', ['cn-beijing.log.aliyuncs.com', 'cn-beijin.log.aliyuncs.com']),
      findings: [
        { at: '2:21-2:32', pointer: '/primary_region', message:
          "`primary_region` is `cn-beijng`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Did you mean `cn-beijing`?" },
        { at: '6:17-6:28', pointer: '/data_servers/0/region', message:
          "`data_servers[0].region` is `cn-bejing`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Did you mean `cn-beijing`?" },
        { at: '7:56-7:84', pointer: '/data_servers/0/endpoint_list/1', message:
          'The host in `data_servers[0].endpoint_list[1]` names region `cn-beijin`, which is not an SLS region: no such SLS endpoint exists, so the agent cannot send logs. Did you mean `cn-beijing`? The installer writes `cn-beijing.log.aliyuncs.com`.' },
      ],
      output: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com', 'cn-beijing.log.aliyuncs.com']),
    },
    {
      name: 'a one-line config',
      files: oneLine('cn-hangzou'),
      findings: [
        { at: '1:112-1:124', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzou`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Did you mean `cn-hangzhou`?" },
      ],
      output: oneLine('cn-hangzhou'),
    },
    {
      name: 'odd shape: empty values',
      files: raw(ODD_SHAPE['empty values']),
      findings: [
        { at: '1:64-1:66', pointer: '/data_server_list/0/cluster', message:
          '`data_server_list[0].cluster` is empty: the agent needs the SLS region ID here (the installer refuses an empty `cluster`). Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).' },
      ],
    },
    {
      name: 'odd shape: a bare scheme, a bare suffix and colons',
      files: raw(ODD_SHAPE['a bare scheme, a bare suffix and colons']),
      findings: [
        { at: '1:72-1:83', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `-intranet`, which is not an SLS region ID: it cannot match the project's region, and collection fails. Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them)." },
      ],
    },
  ],
});
