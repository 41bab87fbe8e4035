import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/trailing-content', {
  valid: [{ name: 'comments and whitespace after the root object', files: host('{"cpu_usage_limit": 0.4}\n// end\n\n') }],
  invalid: [
    {
      name: 'text after the root object, up to its last character',
      files: host('{"cpu_usage_limit": 0.4}\nxyz\n\n'),
      findings: [
        { at: '2:1-2:4', message: 'Text ("xyz") after the root object\'s closing "}": the agent\'s JSON reader stops at the end of the first value and ignores the rest (jsoncpp failIfExtra=false), so nothing here takes effect. Move any settings into the object, or delete it.', severity: 'warning' },
      ],
    },
    {
      name: 'a second object, suggesting to merge it',
      files: host('{"cpu_usage_limit": 0.4}\n{"mem_usage_limit": 384}\n'),
      findings: [
        { at: '2:1-2:25', message: 'A second object after the root object\'s closing "}": the agent\'s JSON reader stops at the end of the first value and ignores the rest (jsoncpp failIfExtra=false), so nothing here takes effect. Merge its keys into the first object.' },
      ],
    },
  ],
});
