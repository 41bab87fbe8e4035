import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

const CS = '"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"';

testRule('config/missing-data-server', {
  valid: [
    {
      name: 'a LoongCollector-form file',
      files: host(
        '{"primary_region": "cn-beijing", "config_servers": ["http://logtail.cn-beijing.log.aliyuncs.com"], "data_servers": [{"region": "cn-beijing", "endpoint_list": ["cn-beijing.log.aliyuncs.com"]}]}',
      ),
    },
    { name: 'a community-edition file with ilogtail_configserver_address', files: host('{"ilogtail_configserver_address": ["10.0.0.5:8899"], "ilogtail_tags": {"env": "prod"}}') },
    { name: 'a community-edition file with config_server_list', files: host('{"config_server_list": [{"cluster": "c", "endpoint_list": ["10.0.0.5:8899"]}]}') },
    { name: 'a file with only the access keys', files: host('{"default_access_key_id": "x", "default_access_key": "y"}') },
    { name: 'an empty conf/loongcollector_config.json', files: { 'lc/conf/loongcollector_config.json': '{}' } },
    { name: 'a partial file (instance_config/local)', files: { 'lc/conf/instance_config/local/extra.json': '{"cpu_usage_limit": 1}' } },
    { name: 'a file whose root is not an object', files: host('[]') },
    { name: 'a data_server_list of the wrong type', files: host('{"data_server_list": {"cluster": "a"}}') },
    // issue 9: community files with no SLS key and nothing SLS beside them (alibaba/ilogtail example_config, docs snippets)
    { name: 'an empty object with no SLS evidence (the community example config)', files: host('{}') },
    { name: 'only a nested ebpf block (community docs snippet)', files: host('{\n  "ebpf": {"receive_event_chan_cap": 4096, "admin_config": {"debug_mode": false}}\n}\n') },
    {
      name: 'tuning keys next to local pipeline configs',
      files: { [F]: '{"cpu_usage_limit": 0.4, "mem_usage_limit": 384}', 'hosts/web/config/local/nginx.yaml': 'enable: true\ninputs:\n  - Type: input_file\n' },
    },
    {
      name: 'declared community although it has an empty data_server_list',
      files: host('{"data_server_list": []}'),
      config: { editions: [{ path: 'hosts/web/', edition: 'community' }] },
    },
  ],
  invalid: [
    {
      name: 'a main file without data_server_list, at its "{"',
      files: host(`{\n  ${CS}\n}`),
      findings: [
        {
          at: '1:1-1:2',
          message:
            'No "data_server_list": the enterprise Logtail takes its data-plane endpoints from this key only, so the agent cannot send any logs. Add "data_server_list": [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}] as the installer writes it.',
        },
      ],
    },
    {
      name: 'a null data_server_list, at its value',
      files: host('{"data_server_list": null}'),
      findings: [
        {
          at: '1:22-1:26',
          message:
            '"data_server_list" is null: the enterprise Logtail takes its data-plane endpoints from this key only, so the agent cannot send any logs. Add "data_server_list": [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}] as the installer writes it.',
        },
      ],
    },
    {
      name: 'an empty object beside a user_defined_id (an SLS host)',
      files: { [F]: '{}', 'hosts/web/user_defined_id': 'web-prod\n' },
      findings: [
        {
          file: F,
          at: '1:1-1:2',
          message:
            'No "data_server_list" (this host is SLS-connected: its user_defined_id (hosts/web/user_defined_id)): the enterprise Logtail takes its data-plane endpoints from this key only, so the agent cannot send any logs. Add "data_server_list": [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}] as the installer writes it.',
        },
      ],
    },
    {
      name: 'an empty object in a folder declared SLS-connected',
      files: host('{}'),
      config: { editions: [{ path: 'hosts/web/', edition: 'sls' }] },
      findings: [
        {
          at: '1:1-1:2',
          message:
            'No "data_server_list" (this host is SLS-connected: .logtail-lint.json says so (editions: "hosts/web/")): the enterprise Logtail takes its data-plane endpoints from this key only, so the agent cannot send any logs. Add "data_server_list": [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}] as the installer writes it.',
        },
      ],
    },
    {
      name: 'an empty list',
      files: host(`{${CS}, "data_server_list": []}`),
      findings: [
        {
          at: '1:103-1:105',
          message:
            '"data_server_list" is empty: the agent has no data-plane endpoint and cannot send any logs. Add the entry the installer writes: [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}].',
        },
      ],
    },
    {
      name: 'entries with a missing or empty cluster or endpoint',
      files: host('{"data_server_list": [{"endpoint": "cn-hangzhou.log.aliyuncs.com"}, {"cluster": "", "endpoint": "x"}, {"cluster": "cn-hangzhou", "endpoint": " "}]}'),
      findings: [
        {
          at: '1:23-1:67',
          message:
            'data_server_list[0] has no "cluster": the installer requires a non-empty cluster, and the agent cannot tell which region the endpoint serves. Add "cluster": the region ID of the project, e.g. "cn-hangzhou".',
          pointer: '/data_server_list/0/cluster',
        },
        {
          at: '1:81-1:83',
          message: 'data_server_list[1].cluster is empty: the installer requires a non-empty cluster. Write the region ID of the project, e.g. "cn-hangzhou".',
          pointer: '/data_server_list/1/cluster',
        },
        {
          at: '1:142-1:145',
          message:
            'data_server_list[2].endpoint is empty: the agent has no host to send this region\'s data to. Write the data endpoint, e.g. "cn-hangzhou-intranet.log.aliyuncs.com".',
          pointer: '/data_server_list/2/endpoint',
        },
      ],
    },
    {
      name: 'an enterprise-form loongcollector_config.json',
      files: { 'lc/loongcollector_config.json': '{"config_servers": ["http://logtail.cn-beijing.log.aliyuncs.com"]}' },
      findings: [
        {
          at: '1:1-1:2',
          message:
            'No "data_server_list": this enterprise-form config names no data servers (neither "data_server_list" nor "data_servers"), so the agent cannot send any logs. Add "data_server_list": [{"cluster": "<region-id>", "endpoint": "<region-id>-intranet.log.aliyuncs.com"}] as the installer writes it, or the LoongCollector form "data_servers": [{"region": "<region-id>", "endpoint_list": ["<endpoint>"]}].',
        },
      ],
    },
  ],
});
