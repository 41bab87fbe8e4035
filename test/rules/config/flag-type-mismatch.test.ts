import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/flag-type-mismatch', {
  valid: [
    {
      name: 'keys without a gflag (config/wrong-type reports those), and values of the right type',
      files: host('{"mem_usage_limit": 384.5, "process_thread_count": 4, "config_scan_interval": "10"}'),
    },
  ],
  invalid: [
    {
      name: 'a real number for an int key read through its gflag, marking the outcome as inferred',
      files: host('{\n  "process_thread_count": 4.5\n}'),
      findings: [
        { at: '2:27-2:30', message: '"process_thread_count" should be an integer, not 4.5: the agent\'s typed reader ignores it, and the gflag of the same name is an INT32 flag and gets the text "4.5", which it probably cannot parse, so the default (1) stays (inferred from the code, not reproduced). Write an integer.', severity: 'warning' },
      ],
    },
    {
      name: 'flag-only keys and booleans',
      files: host('{"config_scan_interval": 2.5, "send_running_status": 1, "batch_send_interval": false}'),
      findings: [
        { at: '1:26-1:29', message: '"config_scan_interval" should be an integer or a string, not 2.5: the agent hands it to gflags as text: the gflag of the same name is an INT32 flag and gets the text "2.5", which it probably cannot parse, so the default (10) stays (inferred from the code, not reproduced). Write an integer or a string.' },
        { at: '1:54-1:55', message: '"send_running_status" should be true or false or a string, not 1: the agent hands it to gflags as text: the gflag of the same name is a BOOL flag and gets the text "1", which it probably cannot parse, so the default (true) stays (inferred from the code, not reproduced). Write true or false or a string.' },
        { at: '1:80-1:85', message: '"batch_send_interval" should be an integer, not false: the agent\'s typed reader ignores it, and the gflag of the same name is an INT32 flag and gets the text "false", which it probably cannot parse, so the default (3) stays (inferred from the code, not reproduced). Write an integer.' },
      ],
    },
    {
      name: 'a number for a string flag probably works as text',
      files: host('{"check_point_filename": 5}'),
      findings: [
        { at: '1:26-1:27', message: '"check_point_filename" should be a string, not 5: the agent\'s typed reader ignores it, and the gflag of the same name is a string flag and takes the text "5", so it probably works as that string (inferred from the code, not reproduced). Write a string.' },
      ],
    },
  ],
});
