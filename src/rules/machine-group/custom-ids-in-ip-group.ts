import { defineRule } from '../types.js';
import { listOf } from '../shared/util.js';
import { allCustom, effectiveType, fieldNames, knownEntries , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/custom-ids-in-ip-group',
  severity: 'error',
  scope: 'file',
  description: 'A machine group of type `ip` (often by default) lists custom identifiers instead of IP addresses',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const t = effectiveType(g);
      if (t?.type !== 'ip') continue;
      const entries = knownEntries(g);
      if (!allCustom(entries)) continue;
      const f = fieldNames(g);
      const shown = entries.slice(0, 3).map((e) => e.value);
      const at = t.defaulted ? { range: g.identifiers.range, pointer: g.identifiers.pointer } : { range: g.identifyType!.range, pointer: g.identifyType!.pointer };
      reportFor(report, g)({
        file: g.file,
        ...at,
        message:
          (t.defaulted ? `${f.type} is not set, so it defaults to "ip", but ` : `${f.type} is "ip", but `) +
          `${f.list} holds names (${listOf(shown, '"')}${entries.length > 3 ? ', …' : ''}), not IP addresses. ` +
          'SLS compares them with the IP each host reports, so no host ever joins this group. ' +
          `Set ${f.type} = "userdefined" if the hosts write these identifiers in user_defined_id.`,
      });
    }
  },
});
