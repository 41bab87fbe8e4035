import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/duplicate-key', {
  valid: [
    { name: 'the same key in different objects', files: host('{"data_server_list": [{"cluster": "a", "endpoint": "x"}, {"cluster": "b", "endpoint": "y"}]}') },
  ],
  invalid: [
    {
      name: 'the later key, with the earlier one as related',
      files: host('{\n  "mem_usage_limit": 384,\n  "cpu_usage_limit": 0.4,\n  "mem_usage_limit": 2048\n}\n'),
      findings: [
        { at: '4:3-4:20', message: 'Key "mem_usage_limit" appears again here (first at line 2): the agent keeps only this last value and silently ignores the one at line 2. Delete one of the two, keeping the value you mean.', related: ['hosts/web/ilogtail_config.json@2:3-2:20'], severity: 'warning' },
      ],
    },
    {
      name: 'duplicates at any depth, each against the one before',
      files: host('{"data_server_list": [{"cluster": "a", "endpoint": "e", "cluster": "b", "cluster": "c"}]}'),
      findings: [
        { at: '1:57-1:66', message: 'Key "cluster" appears again here (first at line 1): the agent keeps only this last value and silently ignores the one at line 1. Delete one of the two, keeping the value you mean.', related: ['hosts/web/ilogtail_config.json@1:24-1:33'] },
        { at: '1:73-1:82', message: 'Key "cluster" appears again here (first at line 1): the agent keeps only this last value and silently ignores the one at line 1. Delete one of the two, keeping the value you mean.', related: ['hosts/web/ilogtail_config.json@1:57-1:66'] },
      ],
    },
    {
      name: 'decoded keys are compared ("\\u0061" is "a")',
      files: host('{"a": 1, "\\u0061": 2}'),
      findings: [
        { at: '1:10-1:18', message: 'Key "a" appears again here (first at line 1): the agent keeps only this last value and silently ignores the one at line 1. Delete one of the two, keeping the value you mean.', related: ['hosts/web/ilogtail_config.json@1:2-1:5'] },
      ],
    },
  ],
});
