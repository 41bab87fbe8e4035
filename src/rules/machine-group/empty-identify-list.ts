import { defineRule } from '../types.js';
import { effectiveType, fieldNames , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/empty-identify-list',
  severity: 'error',
  scope: 'file',
  description: 'A machine group has no IP addresses or custom identifiers',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const list = g.identifiers;
      if (!list.known || !Array.isArray(list.value) || list.value.length > 0) continue;
      const f = fieldNames(g);
      const t = effectiveType(g)?.type;
      reportFor(report, g)({
        file: g.file,
        range: list.range,
        pointer: list.pointer,
        message:
          `${f.list} is empty: the group matches no machine, so the configurations applied to it reach no host` +
          // alicloud_log_machine_group declares identify_list MinItems 1 (docs/reference/sls-regions-and-iac.md D.1).
          (f.list === 'identify_list' ? ' (Terraform rejects it outright: identify_list needs at least one item). ' : '. ') +
          `List the ${t === 'ip' ? 'IP addresses the hosts report' : t === 'userdefined' ? 'custom identifiers the hosts write in user_defined_id' : 'IP addresses or custom identifiers of the hosts'}.`,
      });
    }
  },
});
