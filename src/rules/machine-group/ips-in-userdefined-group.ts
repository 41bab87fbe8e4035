import { defineRule } from '../types.js';
import { classifyEntry, effectiveType, fieldNames, knownEntries , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/ips-in-userdefined-group',
  severity: 'warning',
  scope: 'file',
  description: 'A machine group of type `userdefined` lists only IP addresses',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const t = effectiveType(g);
      if (t?.type !== 'userdefined' || !g.identifyType?.known) continue;
      const entries = knownEntries(g);
      if (entries.length === 0 || !entries.every((e) => classifyEntry(e.value).kind !== 'other')) continue;
      const f = fieldNames(g);
      reportFor(report, g)({
        file: g.file,
        range: g.identifyType.range,
        pointer: g.identifyType.pointer,
        message:
          `${f.type} is "userdefined", but every entry of ${f.list} is an IP address. A userdefined group matches the identifiers hosts write in ` +
          `user_defined_id, not their IPs, so these hosts join only if each writes its own IP there. ` +
          `Set ${f.type} = "ip" to match hosts by address.`,
      });
    }
  },
});
