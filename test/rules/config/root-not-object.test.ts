import { testRule } from '../../rule-tester.js';
import { DISCARDED, host } from './config-text.js';

testRule('config/root-not-object', {
  valid: [{ name: 'an object root, even an empty one', files: host('{}') }],
  invalid: [
    {
      name: 'an array root at its "[", saying the agent probably aborts',
      files: host('[\n  {"cpu_usage_limit": 0.4}\n]\n'),
      findings: [
        { at: '1:1-1:2', message: 'The root is an array, not an object: the agent parses it, then asks the root for its keys, which throws Json::LogicError ("requires objectValue") that nothing catches, so the agent probably aborts at startup (inferred from the code). Put the settings in one object: {"config_server_address": …, "data_server_list": […]}.' },
      ],
    },
    {
      name: 'a string root, over the whole value',
      files: host('"cn-hangzhou"\n'),
      findings: [
        { at: '1:1-1:14', message: `The root is a string, not an object: the agent's pre-check wants the file to start with "{", so ${DISCARDED} Put the settings in one object: {"key": value, …}.` },
      ],
    },
    {
      name: 'a number root, over the whole value',
      files: host('42'),
      findings: [
        { at: '1:1-1:3', message: `The root is a number, not an object: the agent's pre-check wants the file to start with "{", so ${DISCARDED} Put the settings in one object: {"key": value, …}.` },
      ],
    },
  ],
});
