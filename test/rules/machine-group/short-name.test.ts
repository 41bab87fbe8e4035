import { testRule } from '../../rule-tester.js';
import { API_GROUP, CLEAN_AND_UNKNOWN, FORMATS, IN_FORMATS, tf } from './groups.js';

const TWO =
  'Machine group name "ab" is 2 characters long. Some SLS docs allow 2–128 characters, but the CreateMachineGroup API, the CLI and the alicloud_sls_machine_group docs say 3–128, ' +
  'so creation may fail. Use a name of at least 3 characters.';

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
      findings: [{ at: '3:19-3:23', message: `alicloud_log_machine_group.web: ${TWO}` }],
    },
    { name: `${IN_FORMATS}: the API JSON group`, files: FORMATS, findings: [{ file: API_GROUP, at: '2:16-2:20', pointer: '/groupName', message: TWO }] },
  ],
});
