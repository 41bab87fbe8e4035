import { testRule } from '../../rule-tester.js';
import { API_GROUP, apiGroup, CLEAN_AND_UNKNOWN, FORMATS, IN_FORMATS, IN_MIXED_TF, MIXED_TF, mixedTf, planText, rosTemplate, tf } from './groups.js';

/** The message for `field` = `value` of `who` (`who` and its colon left out when empty), with the advice that follows. */
const notAType = (who: string, field: string, value: string, advice: string) =>
  `${who ? `${who}: ` : ''}${field} is "${value}", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively). ${advice}`;

/** A ROS template whose group takes MachineIdentifyType from a parameter with this Default. */
const ROS_DEFAULT = (type: string) =>
  `Parameters:\n  IdType:\n    {Type: String, Default: ${type}}\nResources:\n  Group:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupName: web-group\n      MachineIdentifyType: !Ref IdType\n      MachineList: [10.0.0.1]\n`;

testRule('machine-group/invalid-identify-type', {
  valid: [...CLEAN_AND_UNKNOWN, { name: 'ip and userdefined', files: { 'main.tf': tf({ type: 'ip' }, { label: 'ids', type: 'userdefined' }) } }],
  invalid: [
    {
      name: 'a quoted value the fix replaces, with did-you-mean',
      files: { 'main.tf': tf({ type: 'userDefined', list: ['web-prod'] }) },
      findings: [
        { at: '4:19-4:32', message: notAType('alicloud_log_machine_group.web', 'identify_type', 'userDefined', 'Did you mean "userdefined"?') },
      ],
      output: { 'main.tf': tf({ type: 'userdefined', list: ['web-prod'] }) },
    },
    {
      name: 'a bare YAML value (the range covers the text alone) is fixed too',
      files: { 'ros/stack.yaml': rosTemplate({ id: 'Group', name: 'web-group', type: 'userDefined', list: ['web-prod'] }) },
      findings: [
        { at: '8:28-8:39', message: notAType('ROS resource Group', 'MachineIdentifyType', 'userDefined', 'Did you mean "userdefined"?'), pointer: '/Resources/Group/Properties/MachineIdentifyType' },
      ],
      output: { 'ros/stack.yaml': rosTemplate({ id: 'Group', name: 'web-group', type: 'userdefined', list: ['web-prod'] }) },
    },
    {
      name: 'ROS: a type from a parameter Default (!Ref) is judged and fixed where the Default is written',
      files: { 'ros/stack.yaml': ROS_DEFAULT('IP') },
      findings: [{ at: '3:29-3:31', pointer: '/Parameters/IdType/Default', message: notAType('ROS resource Group', 'MachineIdentifyType', 'IP', 'Did you mean "ip"?') }],
      output: { 'ros/stack.yaml': ROS_DEFAULT('ip') },
    },
    {
      name: 'a plan JSON is not the source to fix: a finding without fix',
      files: { 'plan.json': planText([{ address: 'alicloud_log_machine_group.web', name: 'web-group', type: 'IP' }]) },
      findings: [
        { at: '16:30-16:34', message: notAType('alicloud_log_machine_group.web', 'identify_type', 'IP', 'Did you mean "ip"?'), pointer: '/planned_values/root_module/resources/0/values/identify_type' },
      ],
    },
    {
      name: IN_MIXED_TF,
      files: mixedTf(),
      findings: [{ file: MIXED_TF, at: '13:19-13:23', message: notAType('alicloud_log_machine_group.a', 'identify_type', 'IP', 'Did you mean "ip"?') }],
      output: mixedTf(13, '  identify_type = "ip"'),
    },
    {
      name: `${IN_FORMATS}: the API JSON type, fixed`,
      files: FORMATS,
      findings: [{ file: API_GROUP, at: '3:26-3:40', pointer: '/machineIdentifyType', message: notAType('', 'machineIdentifyType', 'user_defined', 'Did you mean "userdefined"?') }],
      output: { [API_GROUP]: apiGroup('userdefined') },
    },
    {
      name: 'user_defined means userdefined',
      files: { 'main.tf': tf({ type: 'user_defined' }) },
      findings: [
        { at: '4:19-4:33', message: notAType('alicloud_log_machine_group.web', 'identify_type', 'user_defined', 'Did you mean "userdefined"?') },
      ],
      output: { 'main.tf': tf({ type: 'userdefined' }) },
    },
    {
      name: 'a type no valid one is near: use ip',
      files: { 'main.tf': tf({ type: 'hostname' }) },
      findings: [
        { at: '4:19-4:29', message: notAType('alicloud_log_machine_group.web', 'identify_type', 'hostname', 'Use "ip" to match hosts by IP address, or "userdefined" to match the custom identifiers in their user_defined_id.') },
      ],
    },
  ],
});
