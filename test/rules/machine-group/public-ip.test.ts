import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, expr, tf } from './groups.js';

testRule('machine-group/public-ip', {
  valid: CLEAN_AND_UNKNOWN,
  invalid: [
    {
      name: 'each entry read from an instance public IP',
      files: { 'main.tf': tf({ list: [expr('alicloud_instance.a.public_ip'), expr('alicloud_instance.b.public_ip')] }) },
      findings: [
        { at: '4:20-4:49', message: 'alicloud_log_machine_group.web: identify_list is built from the instances\' public IP addresses, but Logtail reports the address of the host\'s own network interface, which on ECS is the private IP: the heartbeat never matches and the hosts get no configuration. Use the private IP (Terraform `private_ip`, ROS `PrivateIp`) or switch the group to custom identifiers.' },
        { at: '4:51-4:80', message: 'alicloud_log_machine_group.web: identify_list is built from the instances\' public IP addresses, but Logtail reports the address of the host\'s own network interface, which on ECS is the private IP: the heartbeat never matches and the hosts get no configuration. Use the private IP (Terraform `private_ip`, ROS `PrivateIp`) or switch the group to custom identifiers.' },
      ],
    },
  ],
});
