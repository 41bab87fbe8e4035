import { testRule } from '../../rule-tester.js';
import { classic, entries, FILE, internet, intranet, LC_FILE, loong, oddShapes, raw } from './agent-config.js';

const ID = 'endpoint/region-mismatch';
const CS_HZ = 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com';
const EP_HZ = 'cn-hangzhou-intranet.log.aliyuncs.com';
/** A one-line cn-hangzhou intranet config with this cluster. */
const oneLine = (cluster: string) => raw(`{"config_server_address":"${CS_HZ}","data_server_list":[{"cluster":"${cluster}","endpoint":"${EP_HZ}"}]}`);

testRule(ID, {
  valid: [
    { name: 'acceleration: the public config server and the cluster agree', files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'acceleration: the intranet config server and the cluster agree', files: classic(CS_HZ, 'cn-hangzhou', 'log-global.aliyuncs.com') },
    { name: 'LoongCollector with log-global in endpoint_list', files: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com', 'log-global.aliyuncs.com']) },
    { name: 'a finance region', files: intranet('cn-shanghai-finance-1') },
    { name: "the installer's finance form", files: internet('cn-hangzhou-finance') },
    { name: 'a gov region', files: intranet('cn-north-2-gov-1') },
    { name: 'a local region', files: intranet('cn-wuhan-lr') },
    { name: 'the corp domain', files: classic('http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', 'cn-hangzhou-corp', 'cn-hangzhou-corp.sls.aliyuncs.com') },
    { name: 'the acdr -internal form', files: classic('http://logtail.cn-heyuan-acdr-1-internal.log.aliyuncs.com', 'cn-heyuan-acdr-1', 'cn-heyuan-acdr-1-internal.log.aliyuncs.com') },
    { name: 'the idpt domain behind a gateway', files: classic('http://logtail-gw.corp.example', 'cn-hangzhou-idpt-2', 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com') },
    { name: 'https and trailing slashes', files: classic('https://logtail.cn-hangzhou.log.aliyuncs.com/', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com/') },
    { name: 'an install suffix in cluster is region/install-suffix-in-cluster', files: classic(CS_HZ, 'cn-hangzhou-intranet', EP_HZ) },
    { name: 'a typo in cluster is region/unknown', files: classic(CS_HZ, 'cn-hangzohu', EP_HZ) },
    { name: 'IP addresses', files: classic('http://10.0.0.1', 'cn-hangzhou', '10.0.0.2') },
    { name: 'no data_server_list', files: raw(`{"config_server_address": "${CS_HZ}"}`) },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'the vendor doc example: cluster ap-southeast-2 is the odd one out, fixed to cn-hangzhou',
      files: classic(CS_HZ, 'ap-southeast-2', EP_HZ),
      findings: [
        { at: '5:18-5:34', severity: 'error', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` names region `ap-southeast-2`, but `config_server_address` and `data_server_list[0].endpoint` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, write `cn-hangzhou` here; if it is in `ap-southeast-2`, change the other places (or reinstall with `logtail.sh install ap-southeast-2`).",
          related: [
            { at: `${FILE}@2:28-2:82`, message: '`config_server_address` names `cn-hangzhou`' },
            { at: `${FILE}@6:19-6:58`, message: '`data_server_list[0].endpoint` names `cn-hangzhou`' },
          ] },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the endpoint is the odd one out: fixed to the installer host of the same network',
      files: classic(CS_HZ, 'cn-hangzhou', 'cn-shanghai-intranet.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:58', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:82`, `${FILE}@5:18-5:31`], message:
          "`data_server_list[0].endpoint` names region `cn-shanghai`, but `config_server_address` and `data_server_list[0].cluster` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, write `cn-hangzhou-intranet.log.aliyuncs.com` here; if it is in `cn-shanghai`, change the other places (or reinstall with `logtail.sh install cn-shanghai`)." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the config server is the odd one out: the scheme is kept',
      files: classic('https://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
      findings: [
        { at: '2:28-2:73', pointer: '/config_server_address', related: [`${FILE}@5:18-5:31`, `${FILE}@6:19-6:49`], message:
          "`config_server_address` names region `cn-beijing`, but `data_server_list[0].cluster` and `data_server_list[0].endpoint` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, write `https://logtail.cn-hangzhou.log.aliyuncs.com` here; if it is in `cn-beijing`, change the other places (or reinstall with `logtail.sh install cn-beijing`)." },
      ],
      output: classic('https://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com'),
    },
    {
      name: 'no majority: one finding on the cluster, no fix',
      files: classic('http://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'cn-shanghai.log.aliyuncs.com'),
      findings: [
        { at: '5:18-5:31', pointer: '/data_server_list/0/cluster', related: [`${FILE}@2:28-2:72`, `${FILE}@6:19-6:49`], message:
          "The regions in this file disagree: `data_server_list[0].cluster` names `cn-hangzhou`, `config_server_address` names `cn-beijing`, `data_server_list[0].endpoint` names `cn-shanghai`. The installer writes one region everywhere, and a region that differs from the project's breaks collection. Make every place name the project's region (reinstalling with `logtail.sh install <region>` rewrites them all)." },
      ],
    },
    {
      name: 'acceleration: log-global carries no region, so config server and cluster must agree',
      files: classic('http://logtail.cn-beijing.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'),
      findings: [
        { at: '5:18-5:31', pointer: '/data_server_list/0/cluster', related: [`${FILE}@2:28-2:72`], message:
          "The regions in this file disagree: `data_server_list[0].cluster` names `cn-hangzhou`, `config_server_address` names `cn-beijing`. The installer writes one region everywhere, and a region that differs from the project's breaks collection. Make every place name the project's region (reinstalling with `logtail.sh install <region>` rewrites them all)." },
      ],
    },
    {
      name: 'no fix for a host that is not in the installer form',
      files: classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'proj.cn-shanghai.log.aliyuncs.com'),
      findings: [
        { at: '6:19-6:54', pointer: '/data_server_list/0/endpoint', related: [`${FILE}@2:28-2:73`, `${FILE}@5:18-5:31`], message:
          "`data_server_list[0].endpoint` names region `cn-shanghai`, but `config_server_address` and `data_server_list[0].cluster` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, change this host to the `cn-hangzhou` one; if it is in `cn-shanghai`, change the other places (or reinstall with `logtail.sh install cn-shanghai`)." },
      ],
    },
    {
      name: 'LoongCollector: primary_region, config_servers, data_servers',
      files: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-shanghai', ['cn-beijing.log.aliyuncs.com']),
      findings: [
        { at: '6:17-6:30', pointer: '/data_servers/0/region', related: [`${LC_FILE}@2:21-2:33`, `${LC_FILE}@3:22-3:66`, `${LC_FILE}@7:25-7:54`], message:
          "`data_servers[0].region` names region `cn-shanghai`, but `primary_region`, `config_servers[0]` and `data_servers[0].endpoint_list[0]` name `cn-beijing`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-beijing`, write `cn-beijing` here; if it is in `cn-shanghai`, change the other places (or reinstall with `logtail.sh install cn-shanghai`)." },
      ],
      output: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']),
    },
    {
      name: 'several data_server_list entries in one region: all places must agree',
      files: entries('http://logtail.cn-beijing-intranet.log.aliyuncs.com', ['cn-hangzhou', EP_HZ], ['cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com']),
      findings: [
        { at: '2:28-2:81', pointer: '/config_server_address', related: [`${FILE}@4:18-4:31`, `${FILE}@4:45-4:84`, `${FILE}@5:18-5:31`, `${FILE}@5:45-5:75`], message:
          "`config_server_address` names region `cn-beijing`, but `data_server_list[0].cluster`, `data_server_list[0].endpoint`, `data_server_list[1].cluster` and `data_server_list[1].endpoint` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, write `http://logtail.cn-hangzhou-intranet.log.aliyuncs.com` here; if it is in `cn-beijing`, change the other places (or reinstall with `logtail.sh install cn-beijing`)." },
      ],
      output: entries(CS_HZ, ['cn-hangzhou', EP_HZ], ['cn-hangzhou', 'cn-hangzhou.log.aliyuncs.com']),
    },
    {
      name: 'one entry per region on purpose: each entry is checked on its own',
      files: entries(
        CS_HZ,
        ['cn-hangzhou', EP_HZ],
        ['cn-shanghai', 'cn-shanghai-intranet.log.aliyuncs.com'],
        ['cn-beijing', 'cn-beijing-intranet.log.aliyuncs.com'],
        ['cn-beijing', 'cn-qingdao-intranet.log.aliyuncs.com'],
      ),
      findings: [
        { at: '7:18-7:30', pointer: '/data_server_list/3/cluster', related: [`${FILE}@7:44-7:82`], message:
          "The regions in `data_server_list[3]` disagree: `data_server_list[3].cluster` names `cn-beijing`, `data_server_list[3].endpoint` names `cn-qingdao`. The installer writes one region everywhere, and a region that differs from the project's breaks collection. Make every place name the project's region (reinstalling with `logtail.sh install <region>` rewrites them all)." },
      ],
    },
    {
      name: 'a finance region written as its city region in cluster: fixed to the finance ID',
      files: classic('http://logtail.cn-shanghai-finance-1-intranet.log.aliyuncs.com', 'cn-shanghai', 'cn-shanghai-finance-1-intranet.log.aliyuncs.com'),
      findings: [
        { at: '5:18-5:31', pointer: '/data_server_list/0/cluster', related: [`${FILE}@2:28-2:92`, `${FILE}@6:19-6:68`], message:
          "`data_server_list[0].cluster` names region `cn-shanghai`, but `config_server_address` and `data_server_list[0].endpoint` name `cn-shanghai-finance-1`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-shanghai-finance-1`, write `cn-shanghai-finance-1` here; if it is in `cn-shanghai`, change the other places (or reinstall with `logtail.sh install cn-shanghai`)." },
      ],
      output: intranet('cn-shanghai-finance-1'),
    },
    {
      name: 'a one-line config',
      files: oneLine('ap-southeast-2'),
      findings: [
        { at: '1:112-1:128', pointer: '/data_server_list/0/cluster', related: [`${FILE}@1:26-1:80`, `${FILE}@1:140-1:179`], message:
          "`data_server_list[0].cluster` names region `ap-southeast-2`, but `config_server_address` and `data_server_list[0].endpoint` name `cn-hangzhou`. The installer writes the same region everywhere, and a region that differs from the project's breaks collection. If the project is in `cn-hangzhou`, write `cn-hangzhou` here; if it is in `ap-southeast-2`, change the other places (or reinstall with `logtail.sh install ap-southeast-2`)." },
      ],
      output: oneLine('cn-hangzhou'),
    },
  ],
});
