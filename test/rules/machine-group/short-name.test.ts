import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, tf } from './groups.js';

testRule('machine-group/short-name', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'three characters', files: { 'main.tf': tf({ name: 'abc' }) } },
    { name: 'an invalid two-character name is left to machine-group/invalid-name', files: { 'main.tf': tf({ name: 'A_' }) } },
  ],
  invalid: [
    {
      name: 'exactly two valid characters',
      files: { 'main.tf': tf({ name: 'ab' }) },
      findings: [
        { at: '3:19-3:23', message: 'alicloud_log_machine_group.web: Machine group name "ab" is 2 characters long. Some SLS docs allow 2–128 characters, but the CreateMachineGroup API, the CLI and the alicloud_sls_machine_group docs say 3–128, so creation may fail. Use a name of at least 3 characters.' },
      ],
    },
  ],
});
