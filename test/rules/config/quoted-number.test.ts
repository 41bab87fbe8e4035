import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

testRule('config/quoted-number', {
  valid: [
    {
      name: 'keys that also have a same-named gflag (config/quoted-flag-value reports those)',
      files: host('{"process_thread_count": "4", "send_request_concurrency": "20"}'),
    },
    { name: 'flag-only keys, which gflags parse from text', files: host('{"config_scan_interval": "10", "ilogtail_discard_interval": "43200"}') },
    { name: 'real numbers, and strings that are not numbers', files: host('{"max_bytes_per_sec": 2097152, "mem_usage_limit": "lots"}') },
    { name: 'a quoted duplicate followed by a number (the last one wins, as in the agent)', files: host('{"max_bytes_per_sec": "1", "max_bytes_per_sec": 2097152}') },
  ],
  invalid: [
    {
      name: 'a quoted number for a key read only as a number, with a fix that unquotes it',
      files: host('{\n  "max_bytes_per_sec": "2097152"\n}\n'),
      findings: [
        { at: '2:24-2:33', message: '"max_bytes_per_sec" is the string "2097152", but the agent reads this key only as a number: it silently ignores the string and uses the default (26214400). Write the number without quotes: 2097152.', pointer: '/max_bytes_per_sec' },
      ],
      output: { [F]: '{\n  "max_bytes_per_sec": 2097152\n}\n' },
    },
    {
      name: 'real-valued and int64 keys too',
      files: host('{"cpu_usage_limit": "1", "mem_usage_limit": "384", "buffer_file_num": " 25 "}'),
      findings: [
        { at: '1:21-1:24', message: '"cpu_usage_limit" is the string "1", but the agent reads this key only as a number: it silently ignores the string and uses the default (2). Write the number without quotes: 1.' },
        { at: '1:45-1:50', message: '"mem_usage_limit" is the string "384", but the agent reads this key only as a number: it silently ignores the string and uses the default (2048). Write the number without quotes: 384.' },
        { at: '1:71-1:77', message: '"buffer_file_num" is the string " 25 ", but the agent reads this key only as a number: it silently ignores the string and uses the default (50). Write the number without quotes: 25.' },
      ],
      output: { [F]: '{"cpu_usage_limit": 1, "mem_usage_limit": 384, "buffer_file_num": 25}' },
    },
    {
      name: 'a number followed by a quoted duplicate (the last one wins, as in the agent)',
      files: host('{"max_bytes_per_sec": 1, "max_bytes_per_sec": "2097152"}'),
      findings: [
        { at: '1:47-1:56', message: '"max_bytes_per_sec" is the string "2097152", but the agent reads this key only as a number: it silently ignores the string and uses the default (26214400). Write the number without quotes: 2097152.' },
      ],
      output: { [F]: '{"max_bytes_per_sec": 1, "max_bytes_per_sec": 2097152}' },
    },
  ],
});
