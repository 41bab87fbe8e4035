import { lineOf, entryRelated, describeGroup } from '../shared/message-utils.js';
import type { GroupEntry } from '../../model/fleet.js';
import { defineRule } from '../types.js';

/**
 * One custom identifier listed in userdefined machine groups of different projects in one
 * region. "The identifier must be unique within the region" (docs/reference/sls-regions-and-iac.md C.5,
 * container doc). Reported at every entry after the first (in file order), naming the first.
 */
export default defineRule({
  id: 'host/identifier-shared-across-projects',
  severity: 'warning',
  description: 'One custom identifier in machine groups of different projects in one region',
  check({ fleet, report }) {
    for (const [id, entries] of fleet.index.groupsByIdentifier) {
      if (entries.length < 2) continue;
      const byRegion = new Map<string, GroupEntry[]>();
      for (const e of entries) {
        const g = e.group;
        if (g.kind !== 'userdefined' || !g.region || g.projectName === undefined) continue;
        const list = byRegion.get(g.region.value);
        if (list) list.push(e);
        else byRegion.set(g.region.value, [e]);
      }
      for (const [region, list] of byRegion) {
        if (list.length < 2) continue;
        list.sort(byPosition);
        const first = list[0];
        const firstProject = first.group.projectName;
        for (const e of list) {
          if (e.group.projectName === firstProject) continue;
          report({
            file: e.entry.file,
            range: e.entry.range,
            pointer: e.entry.pointer,
            message:
              `Custom identifier ${JSON.stringify(id)} of ${describeGroup(e.group)} is also listed by ${describeGroup(first.group)} (${lineOf(first.entry)}), in the same region ${region}: ` +
              `a custom identifier must be unique within its region, or hosts meant for one project are matched by the other's groups too. Give each project's hosts their own identifier (for example prefixed with the project name).`,
            related: [entryRelated(first, `${describeGroup(first.group)} lists ${JSON.stringify(id)}`)],
          });
        }
      }
    }
  },
});

function byPosition(a: GroupEntry, b: GroupEntry): number {
  if (a.entry.file !== b.entry.file) return a.entry.file < b.entry.file ? -1 : 1;
  return a.entry.range.start.line - b.entry.range.start.line || a.entry.range.start.column - b.entry.range.start.column;
}
