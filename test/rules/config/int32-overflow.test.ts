import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/int32-overflow', {
  valid: [
    {
      name: 'the int32 bounds, and large values for int64 keys',
      files: host('{"bytes_per_sec": 2147483647, "system_boot_time": -2147483648, "mem_usage_limit": 99999999999}'),
    },
  ],
  invalid: [
    {
      name: 'a value above 2147483647 for an int32 key',
      files: host('{"max_bytes_per_sec": 3000000000}'),
      findings: [
        { at: '1:23-1:33', message: '"max_bytes_per_sec" is 3000000000, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): the agent reads this key with isInt(), ignores the value and uses the default (26214400). Use a value of at most 2147483647.' },
      ],
    },
    {
      name: 'a value below -2147483648',
      files: host('{"truncate_pos_skip_bytes": -2147483649}'),
      findings: [
        { at: '1:29-1:40', message: '"truncate_pos_skip_bytes" is -2147483649, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): the agent reads this key with isInt(), ignores the value and uses the default (0). Use a value of at least -2147483648.' },
      ],
    },
    {
      name: 'an INT32 flag of a key known only as a gflag, leaving other flags alone',
      files: {
        'h/ilogtail_config.json':
          '{"config_scan_interval": 3000000000, "config_scan_interval_ok": 1, "logtail_checkpoint_max_used_time_per_round_in_msec": 3000000000}',
      },
      findings: [
        { at: '1:26-1:36', message: '"config_scan_interval" is 3000000000, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): "config_scan_interval" is an INT32 gflag, and gflags rejects the value, so the flag keeps its default. Use a value of at most 2147483647.', pointer: '/config_scan_interval' },
      ],
    },
  ],
});
