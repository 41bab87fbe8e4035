import { testRule } from '../../rule-tester.js';
import { API_GROUP, CLEAN_AND_UNKNOWN, expr, FORMATS, IN_FORMATS, tf } from './groups.js';

testRule('machine-group/empty-identify-list', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'a list only known at apply time', files: { 'main.tf': tf({ list: expr('var.ips') }) } },
    {
      // The ROS docs' example with single quotes (REPORT.md folder 40): the parser rebuilt the list as empty around the error.
      name: 'a list after a JSON syntax error is unknown, not empty',
      files: {
        'machine-group-template.json':
          '{\n  "ROSTemplateFormatVersion": "2015-09-01",\n  "Resources": {\n    "MachineGroup": {\n      "Type": "ALIYUN::SLS::MachineGroup",\n      "Properties": {\n' +
          '        "GroupName": "machine-group-test2",\n        "MachineIdentifyType": "ip",\n        "MachineList": [\'192.168.XX.XX\']\n      }\n    }\n  }\n}\n',
      },
    },
    { name: 'ROS: a list from a resource attribute', files: { 'ros.yml': 'Resources:\n  G:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupName: g1\n      MachineList: !GetAtt Group.PrivateIps\n' } },
    // Tree-sitter loses the whole attribute around an unclosed list: the block is repaired, the list is not "empty".
    { name: 'a Terraform list cut short by a syntax error', files: { 'main.tf': 'resource "alicloud_log_machine_group" "web" {\n  project = "logs"\n  name    = "web"\n  identify_list = ["10.0.0.1",\n}\n' } },
  ],
  invalid: [
    {
      name: 'a known empty list',
      files: { 'main.tf': tf({ list: [] }) },
      findings: [
        { at: '4:19-4:21', message: 'alicloud_log_machine_group.web: identify_list is empty: the group matches no machine, so the configurations applied to it reach no host (Terraform rejects it outright: identify_list needs at least one item). List the IP addresses the hosts report.' },
      ],
    },
    {
      name: `${IN_FORMATS}: the API JSON group of no valid type`,
      files: FORMATS,
      findings: [
        {
          file: API_GROUP,
          at: '4:18-4:20',
          pointer: '/machineList',
          message:
            'machineList is empty: the group matches no machine, so the configurations applied to it reach no host. ' +
            'List the IP addresses or custom identifiers of the hosts.',
        },
      ],
    },
  ],
});
