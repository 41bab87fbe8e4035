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
      // crossplane-contrib/provider-alibaba examples/sls/machine-group.yaml ships exactly this (REPORT.md folder 52).
      name: 'a Crossplane MachineGroup of type userdefined listing IPs',
      files: {
        'examples/sls/machine-group.yaml':
          'apiVersion: sls.alibaba.crossplane.io/v1alpha1\nkind: MachineGroup\nmetadata:\n  name: sls-machinegroup-test\nspec:\n  forProvider:\n    project: crossplane-poc\n' +
          '    logstore: sls-store-test\n    machineIDType: userdefined\n    machineIDList:\n      - "192.168.2.1"\n      - "192.168.2.2"\n    attribute:\n      groupTopic: testtopic\n',
      },
      findings: [
        {
          at: '9:20-9:31',
          pointer: '/spec/forProvider/machineIDType',
          message:
            'Crossplane MachineGroup/sls-machinegroup-test: spec.forProvider.machineIDType is "userdefined", but every entry of spec.forProvider.machineIDList is an IP address. A userdefined group matches the identifiers hosts write in user_defined_id, ' +
            'not their IPs, so these hosts join only if each writes its own IP there. Set spec.forProvider.machineIDType = "ip" to match hosts by address.',
        },
      ],
    },
    {
      name: 'an Apsara Stack group (alibabacloudstack_log_machine_group, the alicloud_log_machine_group schema)',
      files: { 'main.tf': 'resource "alibabacloudstack_log_machine_group" "web" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["10.0.0.1"]\n}\n' },
      findings: [
        {
          at: '4:19-4:32',
          message:
            'alibabacloudstack_log_machine_group.web: identify_type is "userdefined", but every entry of identify_list is an IP address. A userdefined group matches the identifiers hosts write in user_defined_id, not their IPs, so these hosts join only if each writes its own IP there. Set identify_type = "ip" to match hosts by address.',
        },
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
