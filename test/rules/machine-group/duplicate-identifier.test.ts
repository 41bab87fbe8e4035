import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

const twice = (who: string) =>
  `${who}: "10.0.0.1" is listed twice in identify_list. SLS keeps one copy (Terraform's list is a set), so the repeat does nothing, ` +
  'but it usually hides a copy-paste slip: another host that was meant to be listed. Remove the repeat or correct it.';

testRule('machine-group/duplicate-identifier', {
  valid: CLEAN_AND_UNKNOWN,
  invalid: [
    {
      name: 'the repeat, related to the first',
      files: { 'main.tf': tf({ list: ['10.0.0.1', '10.0.0.2', '10.0.0.1'] }) },
      findings: [{ at: '4:44-4:54', message: twice('alicloud_log_machine_group.web'), related: ['main.tf@4:20-4:30'] }],
    },
    {
      name: IN_MIXED_TF,
      files: mixedTf(),
      findings: [{ file: MIXED_TF, at: '14:32-14:42', message: twice('alicloud_log_machine_group.a'), related: [{ at: `${MIXED_TF}@14:20-14:30`, message: 'First listed here' }] }],
    },
  ],
});
