import { describe, expect, it } from 'vitest';
import { testRule } from '../../rule-tester.js';
import { GFLAGS, KNOWN_KEYS, TYPED_KEYS } from '../../../src/knowledge/agent-keys.js';
import { host } from './config-text.js';

const CHECK_SPELLING = "Check the spelling against the agent's keys; enterprise builds have flags the open-source list lacks, so remove it only if you know it does nothing.";

/** The message for an unknown top-level key, ending with `advice`. */
function unknown(key: string, advice = CHECK_SPELLING): string {
  return `Unknown key "${key}": the agent hands every top-level key to gflags, and no flag or config key has this name, so it is ignored (with only a DEBUG log line). ${advice}`;
}

/** A file of 150 unknown keys k0…k149 on one line, and the column where key `k<i>` starts. */
const MANY = '{' + Array.from({ length: 150 }, (_, i) => `"k${i}": 1`).join(', ') + '}';
const column = (i: number) => MANY.indexOf(`"k${i}"`) + 1;

testRule('config/unknown-key', {
  valid: [
    {
      name: 'every gflag, typed, 1.8-only, LoongCollector and community key, and $schema',
      files: host('{' + ['$schema', ...KNOWN_KEYS].map((k) => `${JSON.stringify(k)}: 1`).join(', ') + '}'),
    },
    { name: 'keys below the top level', files: host('{"data_server_list": [{"cluster": "a", "endpoint": "b", "extra": 1}]}') },
    // alibaba/ilogtail docs/cn/configuration/system-config.md (ebpf block): the agent flattens it to ebpf_receive_event_chan_cap, …
    {
      name: 'a nested ebpf object whose leaves are LoongCollector flags',
      files: host(
        '{\n    "ebpf": {\n        "receive_event_chan_cap": 4096,\n        "admin_config": {\n            "debug_mode": false,\n            "log_level": "warn"\n        }\n    }\n}\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'a nested leaf that flattens to no flag, at the leaf',
      files: host('{"ebpf": {"receive_event_chan_capp": 4096, "admin_config": {"debug_mode": false}}, "tuning": {}}'),
      findings: [
        {
          at: '1:11-1:36',
          pointer: '/ebpf/receive_event_chan_capp',
          message:
            '"ebpf.receive_event_chan_capp" becomes the flag "ebpf_receive_event_chan_capp" (LoongCollector joins nested keys with "_"), and no flag or config key has that name, so it is ignored. Did you mean "ebpf_receive_event_chan_cap"?',
        },
        { at: '1:84-1:92', pointer: '/tuning', message: unknown('tuning') },
      ],
    },
    {
      name: 'a typo, at the key, with the closest key suggested',
      files: host('{\n  "cpu_usage_limt": 0.4\n}'),
      findings: [{ at: '2:3-2:19', message: unknown('cpu_usage_limt', 'Did you mean "cpu_usage_limit"?'), pointer: '/cpu_usage_limt', severity: 'warning' }],
    },
    {
      name: 'the wrong case, with the right one suggested',
      files: host('{"Working_IP": "10.0.0.1"}'),
      findings: [{ at: '1:2-1:14', message: unknown('Working_IP', 'Did you mean "working_ip"?') }],
    },
    {
      name: 'environment variable names, pointing to the key',
      files: host('{"ALIYUN_LOGTAIL_WORKING_IP": "10.0.0.1", "ALIYUN_LOGTAIL_USER_DEFINED_ID": "web"}'),
      findings: [
        {
          at: '1:2-1:29',
          message: '"ALIYUN_LOGTAIL_WORKING_IP" is the name of an environment variable, not a key of this file, so the agent ignores it here. Write "working_ip" instead.',
        },
        {
          at: '1:43-1:75',
          message:
            '"ALIYUN_LOGTAIL_USER_DEFINED_ID" is an environment variable the agent reads from its environment, not from this file, so it has no effect here. Set it in the agent\'s environment (systemd unit, container env) and remove it from the file.',
        },
      ],
    },
    {
      name: 'keys copied from docs placeholders',
      files: host('{"...": "same resource keys as above", "config_region": "cn-hangzhou"}'),
      findings: [
        { at: '1:2-1:7', message: unknown('...', 'It looks like a placeholder copied from documentation: delete it.') },
        { at: '1:40-1:55', message: unknown('config_region') },
      ],
    },
    {
      name: 'past 100 unknown keys in one file, a sum (not an agent config, or generated)',
      files: host(MANY),
      findings: [
        ...Array.from({ length: 100 }, (_, i) => ({ at: `1:${column(i)}-1:${column(i) + `"k${i}"`.length}`, message: unknown(`k${i}`), pointer: `/k${i}` })),
        {
          at: `1:${column(100)}-1:${column(100)}`,
          message:
            '50 more unknown keys from here on (150 in all): this does not look like an agent config, whose keys the agent hands to gflags and otherwise ignores. Check that the file is meant to be ilogtail_config.json.',
        },
      ],
    },
  ],
});

describe('the agent keys config/unknown-key knows', () => {
  it('knows all 272 Appendix B flags and the §2.3 keys', () => {
    expect(new Set(Object.values(GFLAGS).flat()).size).toBe(272);
    for (const k of [
      'cpu_usage_limit',
      'data_server_list',
      'primary_region',
      'data_servers',
      'ilogtail_configserver_address',
      'config_server_list',
      'streamlog_tcp_addr',
      'ALIYUN_LOG_FILE_TAGS',
    ]) {
      expect(KNOWN_KEYS.has(k), k).toBe(true);
    }
    expect(TYPED_KEYS).not.toContain('user_config_file_path'); // 1.8 only
  });
});
