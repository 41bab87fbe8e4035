import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

testRule('config/string-boolean', {
  valid: [{ name: 'JSON booleans, and other strings (config/wrong-type reports those)', files: host('{"discard_old_data": false, "enable_host_ip_replace": "yes"}') }],
  invalid: [
    {
      name: '"false" for a bool key, saying the default wins, with a fix',
      files: host('{"discard_old_data": "false"}'),
      findings: [
        { at: '1:22-1:29', message: '"discard_old_data" is the string "false", but the agent reads only JSON true or false here: it ignores the string and keeps the default (true) — the opposite of what the file says. Write false without quotes.' },
      ],
      output: { [F]: '{"discard_old_data": false}' },
    },
    {
      name: 'any case, fixed in lower case',
      files: host('{"enable_log_time_auto_adjust": "TRUE"}'),
      findings: [
        { at: '1:33-1:39', message: '"enable_log_time_auto_adjust" is the string "TRUE", but the agent reads only JSON true or false here: it ignores the string and keeps the default (false) — the opposite of what the file says. Write true without quotes.' },
      ],
      output: { [F]: '{"enable_log_time_auto_adjust": true}' },
    },
  ],
});
