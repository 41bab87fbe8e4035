import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, FORMATS, IN_FORMATS, tf } from './groups.js';

testRule('machine-group/ips-in-userdefined-group', {
  valid: [...CLEAN_AND_UNKNOWN, { name: 'a name beside an IP', files: { 'main.tf': tf({ type: 'userdefined', list: ['10.0.0.1', 'web'] }) } }],
  invalid: [
    {
      name: 'every entry an IP',
      files: { 'main.tf': tf({ type: 'userdefined', list: ['10.0.0.1', '10.0.0.2'] }) },
      findings: [
        { at: '4:19-4:32', message: 'alicloud_log_machine_group.web: identify_type is "userdefined", but every entry of identify_list is an IP address. A userdefined group matches the identifiers hosts write in user_defined_id, not their IPs, so these hosts join only if each writes its own IP there. Set identify_type = "ip" to match hosts by address.' },
      ],
    },
    {
      name: `${IN_FORMATS}: the ROS group`,
      files: FORMATS,
      findings: [
        {
          file: 'ros/stack.yaml',
          at: '8:28-8:39',
          pointer: '/Resources/Group/Properties/MachineIdentifyType',
          message:
            'ROS resource Group: MachineIdentifyType is "userdefined", but every entry of MachineList is an IP address. A userdefined group matches the identifiers hosts write in user_defined_id, ' +
            'not their IPs, so these hosts join only if each writes its own IP there. Set MachineIdentifyType = "ip" to match hosts by address.',
        },
      ],
    },
  ],
});
