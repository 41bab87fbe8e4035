import { defineRule } from '../types.js';
import { replaceValueEdit, visible } from '../shared/util.js';
import { allCustom, classifyEntry, effectiveType, fieldNames, knownEntries , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/invalid-ip',
  severity: 'error',
  scope: 'file',
  description: 'An IP machine group lists something that is not an IP address (CIDR, ip:port, hostname, placeholder)',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      if (effectiveType(g)?.type !== 'ip') continue;
      const entries = knownEntries(g);
      if (allCustom(entries)) continue; // machine-group/custom-ids-in-ip-group says it once for the group
      const f = fieldNames(g);
      for (const e of entries) {
        const c = classifyEntry(e.value);
        if (c.kind === 'ip') continue;
        const why = c.kind === 'ip-like' ? c.why : c.hostname ? 'is a host name; the group matches the IP the agent reports, not names' : 'is not an IP address';
        const suggestion = c.kind === 'ip-like' ? c.suggestion : undefined;
        const edit = suggestion && g.format !== 'terraform-plan' ? replaceValueEdit(e, suggestion) : undefined;
        reportFor(report, g)({
          file: g.file,
          range: e.range,
          pointer: e.pointer,
          message:
            `"${visible(e.value)}" in ${f.list} ${why}. An IP machine group matches hosts by the exact IP address the agent reports (the \`ip\` of app_info.json), so this entry never matches. ` +
            (suggestion ? `Write "${suggestion}".` : 'List each host by its address, or switch the group to custom identifiers ("userdefined").'),
          fix: edit ? { description: `Replace with "${suggestion}"`, edits: [edit] } : undefined,
        });
      }
    }
  },
});
