import type { MachineGroup } from '../../model/fleet.js';
import { defineRule } from '../types.js';
import { projectKey, resourceAddress } from './util.js';

/** Default machine groups per project (docs/reference/sls-regions-and-iac.md §C.3, S14): 200, adjustable to 400. */
export const DEFAULT_GROUP_QUOTA = 200;

const byPosition = (a: MachineGroup, b: MachineGroup) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column;

export default defineRule({
  id: 'machine-group/too-many-groups',
  severity: 'warning',
  description: 'A project has more machine groups than the default quota of 200',
  check({ fleet, report }) {
    const byProject = new Map<string, { label: string; names: Map<string, MachineGroup> }>();
    for (const g of [...fleet.machineGroups].sort(byPosition)) {
      if (g.fact.format === 'lint-config' || !g.name) continue;
      const project = projectKey(g);
      if (!project) continue;
      const entry = byProject.get(project.key) ?? { label: project.label, names: new Map<string, MachineGroup>() };
      byProject.set(project.key, entry);
      if (!entry.names.has(g.name.value)) entry.names.set(g.name.value, g);
    }
    for (const { label, names } of byProject.values()) {
      if (names.size <= DEFAULT_GROUP_QUOTA) continue;
      const over = [...names.values()][DEFAULT_GROUP_QUOTA];
      report({
        file: over.file,
        range: over.name!.range,
        pointer: over.name!.pointer,
        address: resourceAddress(over.fact),
        message:
          `Project "${label}" gets ${names.size} machine groups; the default quota is ${DEFAULT_GROUP_QUOTA} per project (this is number ${DEFAULT_GROUP_QUOTA + 1}), ` +
          'so creating the rest fails. Ask for the quota to be raised (up to 400), merge groups (one group can hold many identifiers), or spread them over projects.',
      });
    }
  },
});
