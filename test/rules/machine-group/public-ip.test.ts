import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, expr, FORMATS, IN_FORMATS, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

/** The message for the list `field` of `who`. */
const publicIps = (who: string, field: string) =>
  `${who}: ${field} is built from the instances' public IP addresses, but Logtail reports the address of the host's own network interface, which on ECS is the private IP: ` +
  'the heartbeat never matches and the hosts get no configuration. Use the private IP (Terraform `private_ip`, ROS `PrivateIp`) or switch the group to custom identifiers.';
const WEB = publicIps('alicloud_log_machine_group.web', 'identify_list');

testRule('machine-group/public-ip', {
  valid: CLEAN_AND_UNKNOWN,
  invalid: [
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
