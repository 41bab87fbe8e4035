import { testRule } from '../../rule-tester.js';
import { classic, intranet, loong, oddShapes } from '../endpoint/agent-config.js';

/** A cn-hangzhou intranet file with this cluster. */
const cluster = (c: string) => classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', c, 'cn-hangzhou-intranet.log.aliyuncs.com');

testRule('region/install-suffix-in-cluster', {
  valid: [
    { name: 'a special ID that ends like a suffix: acdr', files: intranet('cn-heyuan-acdr-1') },
    { name: 'a special ID that ends like a suffix: corp', files: intranet('cn-hangzhou-corp') },
    { name: 'hosts are not its business', files: classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou', 'cn-hangzhou-acceleration.log.aliyuncs.com') },
    { name: 'a suffix on an unknown region', files: cluster('cn-atlantis-intranet') },
    ...oddShapes(),
  ],
  invalid: [
    {
      name: 'cn-hangzhou-intranet in cluster: the fix strips the suffix',
      files: cluster('cn-hangzhou-intranet'),
      findings: [
        { at: '5:18-5:40', severity: 'error', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-intranet`: `-intranet` is a host label: it belongs in the endpoint host (`<region>-intranet.log.aliyuncs.com`), not in the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the install parameter suffix -acceleration',
      files: cluster('cn-hangzhou-acceleration'),
      findings: [
        { at: '5:18-5:44', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-acceleration`: `-acceleration` is an install parameter suffix: transfer acceleration is selected by the data endpoint `log-global.aliyuncs.com`, and the region field stays the plain region ID (the suffix only appears in the install parameter and the container config directory name). The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the install parameter suffix -internet',
      files: cluster('cn-hangzhou-internet'),
      findings: [
        { at: '5:18-5:40', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-internet`: `-internet` is an install parameter suffix: the Internet network is selected by the public endpoints, not by the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the install parameter suffix -inner',
      files: cluster('cn-hangzhou-inner'),
      findings: [
        { at: '5:18-5:37', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-inner`: `-inner` is an install parameter suffix: the Alibaba Group inner network is selected by the `-share` endpoints, not by the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the host label -internal',
      files: cluster('cn-hangzhou-internal'),
      findings: [
        { at: '5:18-5:40', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-internal`: `-internal` is a host label: it belongs in the VPC-only endpoint host (`<region>-internal.log.aliyuncs.com`), not in the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the host label -share',
      files: cluster('cn-hangzhou-share'),
      findings: [
        { at: '5:18-5:37', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-share`: `-share` is a host label: it belongs in the endpoint host (`<region>-share.log.aliyuncs.com`), not in the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the legacy host label -vpc',
      files: cluster('cn-hangzhou-vpc'),
      findings: [
        { at: '5:18-5:35', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou-vpc`: `-vpc` is a legacy label the installer strips: it was never part of a region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the host label with an underscore: _intranet',
      files: cluster('cn-hangzhou_intranet'),
      findings: [
        { at: '5:18-5:40', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzhou_intranet`: `_intranet` is a host label: it belongs in the endpoint host (`<region>-intranet.log.aliyuncs.com`), not in the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou`." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'a typo under the suffix: the nearest ID, said so',
      files: cluster('cn-hangzohu-acceleration'),
      findings: [
        { at: '5:18-5:44', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-hangzohu-acceleration`: `-acceleration` is an install parameter suffix: transfer acceleration is selected by the data endpoint `log-global.aliyuncs.com`, and the region field stays the plain region ID (the suffix only appears in the install parameter and the container config directory name). The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-hangzhou` (the nearest known ID to what is left without the suffix)." },
      ],
      output: intranet('cn-hangzhou'),
    },
    {
      name: 'the acdr -internal form is a slip',
      files: cluster('cn-heyuan-acdr-1-internal'),
      findings: [
        { at: '5:18-5:45', pointer: '/data_server_list/0/cluster', message:
          "`data_server_list[0].cluster` is `cn-heyuan-acdr-1-internal`: `-internal` is a host label: it belongs in the VPC-only endpoint host (`<region>-internal.log.aliyuncs.com`), not in the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-heyuan-acdr-1`." },
      ],
      output: cluster('cn-heyuan-acdr-1'),
    },
    {
      name: 'LoongCollector primary_region and data_servers[].region',
      files: loong('cn-beijing-internet', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing-acceleration', ['log-global.aliyuncs.com']),
      findings: [
        { at: '2:21-2:42', pointer: '/primary_region', message:
          "`primary_region` is `cn-beijing-internet`: `-internet` is an install parameter suffix: the Internet network is selected by the public endpoints, not by the region ID. The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-beijing`." },
        { at: '6:17-6:42', pointer: '/data_servers/0/region', message:
          "`data_servers[0].region` is `cn-beijing-acceleration`: `-acceleration` is an install parameter suffix: transfer acceleration is selected by the data endpoint `log-global.aliyuncs.com`, and the region field stays the plain region ID (the suffix only appears in the install parameter and the container config directory name). The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. Write the plain region ID `cn-beijing`." },
      ],
      output: loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['log-global.aliyuncs.com']),
    },
  ],
});
