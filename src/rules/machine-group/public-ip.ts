import { defineRule } from '../types.js';
import { fieldNames , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/public-ip',
  severity: 'error',
  scope: 'file',
  description: "An IP machine group is built from instances' public IP addresses",
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      for (const range of g.publicIpSources) {
        reportFor(report, g)({
          file: g.file,
          range,
          message:
            `${fieldNames(g).list} is built from the instances' public IP addresses, but Logtail reports the address of the host's own network interface, ` +
            'which on ECS is the private IP: the heartbeat never matches and the hosts get no configuration. ' +
            'Use the private IP (Terraform `private_ip`, ROS `PrivateIp`) or switch the group to custom identifiers.',
        });
      }
    }
  },
});
