/**
 * Every rule against community (open-source) agent configs (docs/reference/editions.md §4): the
 * shapes real repositories use, with every rule on. None may report an error or a warning, except
 * what a case allows (a key the public build does not know stays config/unknown-key); an unknown
 * ilogtail_config.json gets the one config/edition-assumed info.
 */
import { describe, expect, it } from 'vitest';
import { lintTree, type Tree } from '../helpers.js';

interface CommunityCase {
  name: string;
  files: Tree;
  /** `rule file:line` findings the case allows (besides config/edition-assumed). */
  allow?: string[];
}

const CASES: CommunityCase[] = [
  // alibaba/ilogtail example_config/start_with_{container,docker}
  { name: '`{}`', files: { 'docker/ilogtail_config.json': '{}\n' } },
  // alibaba/ilogtail docs/cn/configuration/system-config.md
  {
    name: 'empty access keys and limits',
    files: { 'ilogtail_config.json': '{"default_access_key_id": "", "default_access_key": "", "cpu_usage_limit": 0.4, "mem_usage_limit": 384}\n' },
  },
  { name: 'a nested ebpf block', files: { 'ilogtail_config.json': '{"ebpf": {"receive_event_chan_cap": 4096, "admin_config": {"debug_mode": false, "log_level": "warn"}}}\n' } },
  // alibaba/ilogtail docker/ilogtail_config.json (2022)
  {
    name: 'the demo image: placeholder keys, a key of a closed build',
    files: {
      'docker/ilogtail_config.json':
        '{\n  "default_access_key_id": "example_access_key_id",\n  "default_access_key": "example_access_key",\n  "domain_socket_address": "./logtail.sock"\n}\n',
    },
    allow: ['config/unknown-key docker/ilogtail_config.json:4'],
  },
  // a fork of alibaba/ilogtail with its own control plane
  {
    name: "a fork's own keys",
    files: { 'ilogtail_config.json': '{\n  "cpu_usage_limit": 2,\n  "agent_manager_physical_config_api": "http://10.0.0.1:8000/api"\n}\n' },
    allow: ['config/unknown-key ilogtail_config.json:3'],
  },
  { name: 'the community ConfigServer', files: { 'ilogtail_config.json': '{"ilogtail_configserver_address": ["10.0.0.5:8899"], "ilogtail_tags": {"env": "prod"}}\n' } },
  // alibaba/loongcollector example_config and its documented layout
  { name: 'LoongCollector instance config', files: { 'conf/instance_config/local/loongcollector_config.json': '{"default_access_key_id": "", "default_access_key": ""}\n' } },
  { name: 'LoongCollector `{}` in the docker example', files: { 'example_config/start_with_docker/loongcollector_config.json': '{}\n' } },
  {
    name: 'iLogtail 2.x with local pipelines',
    files: {
      'agent/ilogtail_config.json': '{}\n',
      'agent/config/local/file.yaml': 'enable: true\ninputs:\n  - Type: input_file\n    FilePaths: [/var/log/a.log]\nflushers:\n  - Type: flusher_stdout\n',
    },
  },
  {
    name: 'declared community, even with SLS-looking leftovers',
    files: {
      '.logtail-lint.json': JSON.stringify({ editions: [{ path: 'agent/', edition: 'community' }] }),
      'agent/ilogtail_config.json': '{"data_server_list": []}\n',
    },
  },
];

describe('every rule on community agent configs', () => {
  for (const c of CASES) {
    it(`${c.name}: no error or warning beyond those allowed`, async () => {
      const result = await lintTree(c.files);
      expect(result.ruleFailures).toEqual([]);
      const reported = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.ruleId} ${d.file}:${d.range.start.line}`);
      expect(reported).toEqual(c.allow ?? []);
      for (const d of result.diagnostics.filter((d) => d.severity === 'info')) expect(d.ruleId).toBe('config/edition-assumed');
    });
  }
});
