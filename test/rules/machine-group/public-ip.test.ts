import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, expr, FORMATS, IN_FORMATS, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

/** The message for the list `field` of `who`. */
const publicIps = (who: string, field: string) =>
  `${who}: ${field} is built from the instances' public IP addresses, but Logtail reports the address of the host's own network interface, which on ECS is the private IP: ` +
  'the heartbeat never matches and the hosts get no configuration. Use the private IP (Terraform `private_ip`, ROS `PrivateIp`) or switch the group to custom identifiers.';
const WEB = publicIps('alicloud_log_machine_group.web', 'identify_list');

/** A ROS template (shaped like aliyun/ros-templates examples/application/*-join-sls.yml) whose group's MachineList is `list`. */
const rosJoin = (list: string, extra = '') =>
  [
    "ROSTemplateFormatVersion: '2015-09-01'",
    'Parameters:',
    '  Zone: {Type: String}',
    '  Public: {Type: String, Default: "yes"}',
    'Conditions:',
    '  InZoneA: !Equals [!Ref Zone, a]',
    '  UsePublic: !Equals [!Ref Public, "yes"]',
    'Resources:',
    '  ecsInstanceGroup:',
    '    Type: ALIYUN::ECS::InstanceGroupClone',
    '  Web:',
    '    Type: ALIYUN::ECS::Instance',
    '  MachineGroup:',
    '    Type: ALIYUN::SLS::MachineGroup',
    '    Properties:',
    '      GroupName: web-group',
    '      ProjectName: app-logs',
    '      MachineIdentifyType: ip',
    `      MachineList:${list}`,
    extra,
  ].join('\n');

testRule('machine-group/public-ip', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'ROS: an instance group\'s PrivateIps', files: { 'ros.yml': rosJoin('\n        Fn::GetAtt:\n          - ecsInstanceGroup\n          - PrivateIps') } },
    { name: 'ROS: an instance\'s PrivateIp, short form', files: { 'ros.yml': rosJoin(' [!GetAtt Web.PrivateIp]') } },
    { name: 'ROS: a branch of a condition only deploy time decides', files: { 'ros.yml': rosJoin(' [!If [InZoneA, !GetAtt Web.PublicIp, !GetAtt Web.PrivateIp]]') } },
    { name: 'ROS: Fn::Jq may extract any field', files: { 'ros.yml': rosJoin(" [!Jq [First, '.PrivateIpAddress[0]', !GetAtt Web.PublicIp]]") } },
  ],
  invalid: [
    {
      name: 'ROS: an instance group clone\'s PublicIps as the whole list (ecs-clone-join-sls.yml), led by the logical ID',
      files: { 'ros.yml': rosJoin('\n        Fn::GetAtt:\n        - ecsInstanceGroup\n        - PublicIps') },
      findings: [{ at: '20:9-22:20', message: publicIps('ROS resource MachineGroup', 'MachineList') }],
    },
    {
      name: 'ROS: one address picked from PublicIps, and a branch the template decides',
      files: { 'ros.yml': rosJoin(' [!Select [0, !GetAtt ecsInstanceGroup.PublicIps], !If [UsePublic, !GetAtt Web.PublicIp, !GetAtt Web.PrivateIp]]') },
      findings: [
        { at: '19:33-19:67', message: publicIps('ROS resource MachineGroup', 'MachineList') },
        { at: '19:86-19:106', message: publicIps('ROS resource MachineGroup', 'MachineList') },
      ],
    },
    {
      name: 'each entry read from an instance public IP',
      files: { 'main.tf': tf({ list: [expr('alicloud_instance.a.public_ip'), expr('alicloud_instance.b.public_ip')] }) },
      findings: [
        { at: '4:20-4:49', message: WEB },
        { at: '4:51-4:80', message: WEB },
      ],
    },
    { name: IN_MIXED_TF, files: mixedTf(), findings: [{ file: MIXED_TF, at: '25:28-25:59', message: publicIps('alicloud_sls_machine_group.c', 'machine_list') }] },
    { name: `${IN_FORMATS}: a ROS Fn::GetAtt of PublicIp`, files: FORMATS, findings: [{ file: 'ros/stack.yaml', at: '19:11-19:38', message: publicIps('ROS resource Pub', 'MachineList') }] },
  ],
});
