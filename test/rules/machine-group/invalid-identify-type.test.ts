import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, planText, rosTemplate, tf } from './groups.js';

testRule('machine-group/invalid-identify-type', {
  valid: [...CLEAN_AND_UNKNOWN, { name: 'ip and userdefined', files: { 'main.tf': tf({ type: 'ip' }, { label: 'ids', type: 'userdefined' }) } }],
  invalid: [
    {
      name: 'a quoted value the fix replaces, with did-you-mean',
      files: { 'main.tf': tf({ type: 'userDefined', list: ['web-prod'] }) },
      findings: [
        { at: '4:19-4:32', message: 'alicloud_log_machine_group.web: identify_type is "userDefined", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). Did you mean "userdefined"?' },
      ],
      output: { 'main.tf': tf({ type: 'userdefined', list: ['web-prod'] }) },
    },
    {
      name: 'a bare YAML value (the range covers the text alone) is fixed too',
      files: { 'ros/stack.yaml': rosTemplate({ id: 'Group', name: 'web-group', type: 'userDefined', list: ['web-prod'] }) },
      findings: [
        { at: '8:28-8:39', message: 'ROS resource Group: MachineIdentifyType is "userDefined", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). Did you mean "userdefined"?', pointer: '/Resources/Group/Properties/MachineIdentifyType' },
      ],
      output: { 'ros/stack.yaml': rosTemplate({ id: 'Group', name: 'web-group', type: 'userdefined', list: ['web-prod'] }) },
    },
    {
      name: 'a plan JSON is not the source to fix: a finding without fix',
      files: { 'plan.json': planText([{ address: 'alicloud_log_machine_group.web', name: 'web-group', type: 'IP' }]) },
      findings: [
        { at: '16:30-16:34', message: 'alicloud_log_machine_group.web: identify_type is "IP", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). Did you mean "ip"?', pointer: '/planned_values/root_module/resources/0/values/identify_type' },
      ],
    },
    {
      name: 'user_defined means userdefined',
      files: { 'main.tf': tf({ type: 'user_defined' }) },
      findings: [
        { at: '4:19-4:33', message: 'alicloud_log_machine_group.web: identify_type is "user_defined", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). Did you mean "userdefined"?' },
      ],
      output: { 'main.tf': tf({ type: 'userdefined' }) },
    },
    {
      name: 'a type no valid one is near: use ip',
      files: { 'main.tf': tf({ type: 'hostname' }) },
      findings: [
        { at: '4:19-4:29', message: 'alicloud_log_machine_group.web: identify_type is "hostname", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). Use "ip" to match hosts by IP address, or "userdefined" to match the custom identifiers in their user_defined_id.' },
      ],
    },
  ],
});
