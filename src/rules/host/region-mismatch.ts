import { endpointFor } from '../../knowledge/endpoints.js';
import { bundleJoins, joinsOnlyElsewhere } from '../../model/joins.js';
import { lineOf, describeSource, valueRelated, entryRelated, describeGroup } from '../shared/message-utils.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';

/**
 * A host joins machine groups (by custom identifier or IP) only in other regions than the one it
 * talks to. SLS matches a heartbeat against the groups of the region it arrives in; "if the
 * region in these fields differs from the project's region ... collection fails"
 * (docs/reference/sls-regions-and-iac.md B.2 "Region mismatch").
 */
export default defineRule({
  id: 'host/region-mismatch',
  severity: 'error',
  description: "A host's configured region differs from the region of the machine groups it joins",
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      if (!b.region || !joinsOnlyElsewhere(fleet, b)) continue;
      const joins = bundleJoins(fleet, b);
      const regions = [...new Set(joins.map((j) => j.entry.group.region!.value))];
      const first = joins[0];
      const target = regions[0];
      const related: RelatedLocation[] = [];
      for (const j of joins.slice(0, 3)) {
        related.push(entryRelated(j.entry, `${describeGroup(j.entry.group)} in ${j.entry.group.region!.value}`));
      }
      const projectRegion = first.entry.group.region!;
      if (!related.some((r) => r.file === projectRegion.file && r.range === projectRegion.range)) {
        const owner = first.entry.group.project?.name ? `project "${first.entry.group.project.name.value}"` : describeGroup(first.entry.group);
        related.push(valueRelated(projectRegion, `${owner} is in ${projectRegion.value}`));
      }
      const endpoint = b.network ? endpointFor(target, b.network.value, 'data-server') : undefined;
      const how =
        regions.length === 1
          ? `Point the agent at ${target}` + (endpoint ? ` (cluster "${target}", endpoint "${endpoint}")` : '') + `, or define the group in a ${b.region.value} project.`
          : `Point the agent at the region of the project it should serve, or define the groups in a ${b.region.value} project.`;
      report({
        file: b.region.file,
        range: b.region.range,
        pointer: b.region.pointer,
        message:
          `This host talks to ${b.region.value} (${describeSource(b.region)}), but its ${first.kind === 'ip' ? 'IP' : 'custom identifier'} ${JSON.stringify(first.via.value)} (${lineOf(first.via)}) ` +
          `joins ${describeGroup(first.entry.group)} in ${regions.join(', ')}: SLS matches a host only against the machine groups of the region it talks to, so this host gets no Logtail configuration. ${how}`,
        related,
      });
    }
  },
});
