import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/out-of-documented-range', {
  valid: [
    { name: 'no guessed upper bound for cpu_usage_limit (the reference gives none)', files: host('{"cpu_usage_limit": 10}') },
    {
      name: 'the installer template values',
      files: host('{"cpu_usage_limit": 0.4, "mem_usage_limit": 384, "max_bytes_per_sec": 20971520, "bytes_per_sec": 1048576, "buffer_file_num": 25, "buffer_file_size": 20971520, "buffer_map_num": 5}'),
    },
    // One story per value: config/int32-overflow and config/value-capped tell these.
    { name: 'a value that overflows int32 (config/int32-overflow reports it)', files: host('{"max_bytes_per_sec": 3000000000}') },
    { name: 'mem_usage_limit 80, raised to 200 (config/value-capped reports it)', files: host('{"mem_usage_limit": 80}') },
    { name: 'mem_usage_limit 100, raised to 200 (config/value-capped reports it)', files: host('{"mem_usage_limit": 100}') },
  ],
  invalid: [
    {
      name: 'cpu_usage_limit below 0.1, explaining it is in cores',
      files: host('{"cpu_usage_limit": 0.05}'),
      findings: [
        { at: '1:21-1:25', message: '"cpu_usage_limit" is 0.05, outside what Alibaba Cloud documents. Documented range: 0.1 to the number of CPU cores. The value is in CPU cores, not a fraction or a percentage; the agent restarts itself after about 11 consecutive 30-second checks over it. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', severity: 'warning' },
      ],
    },
    {
      name: 'documented ranges of the S8 table',
      files: host('{"mem_usage_limit": 64, "process_thread_count": 0, "send_request_concurrency": 51, "buffer_file_size": 1024, "max_bytes_per_sec": 512, "buffer_file_num": 0}'),
      findings: [
        { at: '1:21-1:23', message: '"mem_usage_limit" is 64, outside what Alibaba Cloud documents. Documented range: 128 to 8192. The value is in MB; a limit below the agent\'s real working set makes it restart in a loop (and it restarts at once above 5× the limit). The repository docs suggest 99999999 to turn the limits off in Kubernetes: if that is the intent, disable this rule for the file. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/mem_usage_limit' },
        { at: '1:49-1:50', message: '"process_thread_count" is 0, outside what Alibaba Cloud documents. Documented range: 1 to 64. 0 means no processing threads at all, and a negative value probably crashes the agent (inferred from the code). The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/process_thread_count' },
        { at: '1:80-1:82', message: '"send_request_concurrency" is 51, outside what Alibaba Cloud documents. Documented range: 1 to 50. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/send_request_concurrency' },
        { at: '1:104-1:108', message: '"buffer_file_size" is 1024, outside what Alibaba Cloud documents. Documented range: 1048576 to 104857600. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/buffer_file_size' },
        { at: '1:131-1:134', message: '"max_bytes_per_sec" is 512, outside what Alibaba Cloud documents. Documented range: 1024 to 52428800. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/max_bytes_per_sec' },
        { at: '1:155-1:156', message: '"buffer_file_num" is 0, outside what Alibaba Cloud documents. Documented range: 1 to 100. The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.', pointer: '/buffer_file_num' },
      ],
    },
    {
      name: 'max_read_buffer_size above the documented 8 MiB, which the code still accepts',
      files: host('{"max_read_buffer_size": 16777216}'),
      findings: [
        { at: '1:26-1:34', message: '"max_read_buffer_size" is 16777216, outside what Alibaba Cloud documents. The documentation gives a maximum of 8388608 (the code accepts up to 1 GiB). The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.' },
      ],
    },
    {
      name: 'an undocumented data_endpoint_policy',
      files: host('{"data_endpoint_policy": "random"}'),
      findings: [
        { at: '1:26-1:34', message: '"data_endpoint_policy" is "random", outside what Alibaba Cloud documents. Documented values: "designated_first", "designated_locked". The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.' },
      ],
    },
  ],
});
