import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, tf } from './groups.js';

/** `n` groups group-000, group-001, … of project my-project (group i’s name on line 6i + 3). */
const groups = (n: number) => tf(...Array.from({ length: n }, (_, i) => ({ label: `n${i}`, name: `group-${String(i).padStart(3, '0')}` })));

testRule('machine-group/too-many-groups', {
  valid: [...CLEAN_AND_UNKNOWN, { name: '200 groups in one project', files: { 'main.tf': groups(200) } }],
  invalid: [
    {
      name: 'once, at group 201',
      files: { 'main.tf': groups(201) },
      findings: [
        { at: '1203:19-1203:30', message: 'Project "my-project" gets 201 machine groups; the default quota is 200 per project (this is number 201), so creating the rest fails. Ask for the quota to be raised (up to 400), merge groups (one group can hold many identifiers), or spread them over projects.' },
      ],
    },
  ],
});
