import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, rosTemplate, tf } from './groups.js';

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
      findings: [
        { at: '4:19-4:41', message: 'alicloud_log_machine_group.web: identify_type is not set, so it defaults to "ip", but identify_list holds names ("web-prod" and "hz-web"), not IP addresses. SLS compares them with the IP each host reports, so no host ever joins this group. Set identify_type = "userdefined" if the hosts write these identifiers in user_defined_id.' },
      ],
    },
    {
      name: 'identify_type set to ip: at the type',
      files: { 'main.tf': tf({ type: 'ip', list: ['web-prod'] }) },
      findings: [
        { at: '4:19-4:23', message: 'alicloud_log_machine_group.web: identify_type is "ip", but identify_list holds names ("web-prod"), not IP addresses. SLS compares them with the IP each host reports, so no host ever joins this group. Set identify_type = "userdefined" if the hosts write these identifiers in user_defined_id.' },
      ],
    },
  ],
});
