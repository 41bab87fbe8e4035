import type { MachineGroupFact } from '../../model/facts.js';
import { defineRule } from '../rule.js';
import { knownString, projectKey } from './util.js';

/** Default machine groups per project (SLS reference §C.3, S14): 200, adjustable to 400. */
export const DEFAULT_GROUP_QUOTA = 200;

export default defineRule({
  id: 'machine-group/too-many-groups',
  severity: 'warning',
  description: 'A project has more machine groups than the default quota of 200',
  check({ fleet, report }) {
    const byProject = new Map<string, { label: string; names: Map<string, MachineGroupFact> }>();
    const groups = fleet.facts.machineGroups
      .filter((g) => g.format !== 'lint-config')
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column));
    for (const g of groups) {
      const name = knownString(g.name);
      const project = projectKey(g, fleet.facts);
      if (!name || !project) continue;
      const entry = byProject.get(project.key) ?? { label: project.label, names: new Map() };
      byProject.set(project.key, entry);
      if (!entry.names.has(name.value)) entry.names.set(name.value, g);
    }
    for (const { label, names } of byProject.values()) {
      if (names.size <= DEFAULT_GROUP_QUOTA) continue;
      const over = [...names.values()][DEFAULT_GROUP_QUOTA];
      const name = knownString(over.name)!;
      report({
        file: over.file,
        range: name.range,
        pointer: name.pointer,
        message:
          `Project "${label}" gets ${names.size} machine groups; the default quota is ${DEFAULT_GROUP_QUOTA} per project (this is number ${DEFAULT_GROUP_QUOTA + 1}), ` +
          'so creating the rest fails. Ask for the quota to be raised (up to 400), merge groups (one group can hold many identifiers), or spread them over projects.',
      });
    }
  },
});
