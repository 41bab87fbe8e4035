import { testRule } from '../../rule-tester.js';
import { DISCARDED, F, host } from './config-text.js';

testRule('config/trailing-comma', {
  valid: [{ name: 'commas between members, and comments after the last one', files: host('{\n  "cpu_usage_limit": 0.4, // cores\n  "mem_usage_limit": 384 // MB\n}\n') }],
  invalid: [
    {
      name: 'a trailing comma in an object, with a fix',
      files: host('{\n  "cpu_usage_limit": 0.4,\n}\n'),
      findings: [
        { at: '2:25-2:26', message: `Trailing comma before "}": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it ("Missing '}' or object member name"), so ${DISCARDED} Remove the comma.` },
      ],
      output: { [F]: '{\n  "cpu_usage_limit": 0.4\n}\n' },
    },
    {
      name: 'trailing commas in arrays and at every depth, once each',
      files: host('{"inotify_black_list": ["/a", "/b",], "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "x",},],}'),
      findings: [
        { at: '1:35-1:36', message: `Trailing comma before "]": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it, so ${DISCARDED} Remove the comma.` },
        { at: '1:102-1:103', message: `Trailing comma before "}": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it ("Missing '}' or object member name"), so ${DISCARDED} Remove the comma.` },
        { at: '1:104-1:105', message: `Trailing comma before "]": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it, so ${DISCARDED} Remove the comma.` },
        { at: '1:106-1:107', message: `Trailing comma before "}": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it ("Missing '}' or object member name"), so ${DISCARDED} Remove the comma.` },
      ],
      output: { [F]: '{"inotify_black_list": ["/a", "/b"], "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "x"}]}' },
    },
  ],
});
