import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

testRule('config/quoted-flag-value', {
  valid: [
    {
      name: 'keys without such a gflag (config/quoted-number reports those), and unquoted values',
      files: host('{"max_bytes_per_sec": "2097152", "process_thread_count": 4}'),
    },
    { name: 'a value that overflows int32 (the flag would not parse it)', files: host('{"process_thread_count": "3000000000"}') },
  ],
  invalid: [
    {
      name: 'a quoted number that works only through the same-named gflag, with a fix',
      files: host('{"process_thread_count": "4", "batch_send_interval": "3"}'),
      findings: [
        { at: '1:26-1:29', message: '"process_thread_count" is the string "4": the agent\'s typed reader ignores strings, and the value takes effect only because a gflag of the same name parses the text. Write 4 without quotes, so that it does not depend on that (an environment variable named like the flag would also override it).', severity: 'warning' },
        { at: '1:54-1:57', message: '"batch_send_interval" is the string "3": the agent\'s typed reader ignores strings, and the value takes effect only because a gflag of the same name parses the text. Write 3 without quotes, so that it does not depend on that (an environment variable named like the flag would also override it).' },
      ],
      output: { [F]: '{"process_thread_count": 4, "batch_send_interval": 3}' },
    },
    {
      name: 'booleans with a same-named gflag',
      files: host('{"enable_polling_discovery": "false"}'),
      findings: [
        { at: '1:30-1:37', message: '"enable_polling_discovery" is the string "false": the agent\'s typed reader ignores strings, and the value takes effect only because a gflag of the same name parses the text. Write false without quotes, so that it does not depend on that (an environment variable named like the flag would also override it).' },
      ],
      output: { [F]: '{"enable_polling_discovery": false}' },
    },
  ],
});
