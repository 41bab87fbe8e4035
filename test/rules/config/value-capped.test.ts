import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/value-capped', {
  valid: [
    { name: 'buffer_file_num 50', files: host('{"buffer_file_num": 50}') },
    { name: 'max_bytes_per_sec just below 30 MiB', files: host('{"max_bytes_per_sec": 31457279}') },
    { name: 'buffer_file_num × buffer_file_size within 4 GiB', files: host('{"buffer_file_num": 25, "buffer_file_size": 104857600}') },
    // One story per value: config/int32-overflow tells this one.
    { name: 'a value that overflows int32 (config/int32-overflow reports it)', files: host('{"max_bytes_per_sec": 3000000000}') },
  ],
  invalid: [
    {
      name: 'buffer_file_num above 50',
      files: host('{"buffer_file_num": 100}'),
      findings: [
        { at: '1:21-1:24', message: '"buffer_file_num" is 100. Values above 50 are capped at 50. Write 50 or less, so that the file says what the agent does.', severity: 'warning' },
      ],
    },
    {
      name: 'mem_usage_limit 80, raised to 200',
      files: host('{"mem_usage_limit": 80}'),
      findings: [
        { at: '1:21-1:23', message: '"mem_usage_limit" is 80. 80 or 100 is silently raised to 200. Write the limit you mean explicitly; 80 is not what the agent uses.' },
      ],
    },
    {
      name: 'mem_usage_limit 100, raised to 200',
      files: host('{"mem_usage_limit": 100}'),
      findings: [
        { at: '1:21-1:24', message: '"mem_usage_limit" is 100. 80 or 100 is silently raised to 200. Write the limit you mean explicitly; 100 is not what the agent uses.' },
      ],
    },
    {
      name: 'max_bytes_per_sec of 30 MiB or more (flow control off)',
      files: host('{"max_bytes_per_sec": 31457280}'),
      findings: [
        { at: '1:23-1:31', message: '"max_bytes_per_sec" is 31457280. A value of 30 MiB (31457280) or more turns off flow control and send smoothing. Use a value below 31457280 for the rate limit to apply, or remove the key if you do not want a limit at all.' },
      ],
    },
    {
      name: 'timeouts below the built-in minimum, which the agent raises',
      files: host('{"oas_connect_timeout": 2, "oas_request_timeout": 10}'),
      findings: [
        { at: '1:25-1:26', message: '"oas_connect_timeout" is 2. The effective value is max(5, value): smaller values are raised to 5. Write 5 or more, so that the file says what the agent does.' },
      ],
    },
    {
      name: 'config_server_list entries after the first, which are ignored',
      files: host('{"config_server_list": [{"endpoint_list": ["a:1"]}, {"endpoint_list": ["b:1"]}]}'),
      findings: [
        { at: '1:53-1:79', message: 'Only the first element of "config_server_list" is read; the 1 element after it is ignored. Put every "host:port" in the first element\'s endpoint_list.' },
      ],
    },
    {
      name: 'buffer_file_num × buffer_file_size over 4 GiB, on the size',
      files: host('{"buffer_file_num": 50, "buffer_file_size": 104857600}'),
      findings: [
        { at: '1:45-1:54', message: 'buffer_file_num × buffer_file_size is 50 × 104857600 bytes, over 4 GiB: the agent silently reduces buffer_file_size to 4 GiB / 50 = 85899345 bytes. Set buffer_file_size to 85899345 or less (or use fewer files) so the file says what the agent does.' },
      ],
    },
  ],
});
