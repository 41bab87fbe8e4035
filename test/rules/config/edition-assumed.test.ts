import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

const ASSUMED = (path: string) =>
  'No SLS key here ("config_server_address", "data_server_list", "primary_region") and no SLS file beside it (users/, user_defined_id, an install command): ' +
  'logtail-lint took this for the open-source iLogtail, which needs none of them, and skipped the SLS checks. ' +
  'If the host sends to SLS, the file lacks its endpoints (reinstall with `logtail.sh install <region>`); ' +
  `to say which agent it is for, add "editions": [{"path": "${path === '.' ? '**' : `${path}/**`}", "edition": "sls"}] (or "community") to .logtail-lint.json.`;

testRule('config/edition-assumed', {
  valid: [
    { name: 'an SLS key in the file', files: host('{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"}') },
    { name: 'a users/ entry beside it', files: { [F]: '{}', 'hosts/web/users/1234567890123456': '' } },
    { name: 'an install command in the same folder', files: { [F]: '{}', 'hosts/web/setup.sh': '#!/bin/sh\n./logtail.sh install cn-hangzhou\n' } },
    { name: 'the community ConfigServer key', files: host('{"ilogtail_configserver_address": ["10.0.0.5:8899"]}') },
    { name: 'access keys (a community config that flushes to SLS)', files: host('{"default_access_key_id": "", "default_access_key": "", "cpu_usage_limit": 0.4}') },
    { name: 'local pipeline configs beside it', files: { [F]: '{}', 'hosts/web/continuous_pipeline_config/local/a.json': '{"inputs": []}' } },
    { name: 'an empty loongcollector_config.json (the community layout)', files: { 'lc/conf/instance_config/local/loongcollector_config.json': '{}' } },
    { name: 'declared community', files: host('{}'), config: { editions: [{ path: 'hosts/*/', edition: 'community' }] } },
    { name: 'a root that is not an object', files: host('[]') },
  ],
  invalid: [
    { name: 'the community example config `{}`', files: host('{}'), findings: [{ at: '1:1-1:2', message: ASSUMED('hosts/web') }] },
    {
      name: 'a tuning-only file at the lint root (a docs snippet with a nested ebpf block)',
      files: { 'ilogtail_config.json': '{\n    "ebpf": {\n        "receive_event_chan_cap": 4096\n    }\n}\n' },
      findings: [{ at: '1:1-1:2', message: ASSUMED('.') }],
    },
  ],
});
