import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, rosTemplate, tf } from './groups.js';

/** The message for `who`, whose type is as `type` says and whose list holds `names`. */
const names = (who: string, type: string, names: string) =>
  `${who}: ${type}, but identify_list holds names (${names}), not IP addresses. SLS compares them with the IP each host reports, so no host ever joins this group. ` +
  'Set identify_type = "userdefined" if the hosts write these identifiers in user_defined_id.';
const DEFAULTED = 'identify_type is not set, so it defaults to "ip"';

testRule('machine-group/custom-ids-in-ip-group', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'names beside an IP', files: { 'main.tf': tf({ list: ['web-prod', '10.0.0.1'] }) } },
    { name: 'ROS without MachineIdentifyType: no default is known', files: { 'ros/stack.yaml': rosTemplate({ id: 'Group', name: 'web-group', list: ['web-prod'] }) } },
  ],
  invalid: [
    {
      name: 'identify_type left to its default: at the list',
      files: { 'main.tf': tf({ list: ['web-prod', 'hz-web'] }) },
      findings: [{ at: '4:19-4:41', message: names('alicloud_log_machine_group.web', DEFAULTED, '"web-prod" and "hz-web"') }],
    },
    {
      name: 'identify_type set to ip: at the type',
      files: { 'main.tf': tf({ type: 'ip', list: ['web-prod'] }) },
      findings: [{ at: '4:19-4:23', message: names('alicloud_log_machine_group.web', 'identify_type is "ip"', '"web-prod"') }],
    },
    { name: IN_MIXED_TF, files: mixedTf(), findings: [{ file: MIXED_TF, at: '19:19-19:31', message: names('alicloud_log_machine_group.b', DEFAULTED, '"web-prod"') }] },
  ],
});
