import type { MachineGroupFact } from '../../model/facts.js';
import { defineRule } from '../rule.js';
import { knownString, projectKey } from './util.js';

/**
 * Two facts that describe the same resource rather than two groups: a Terraform resource and
 * its entry in a plan JSON of the same configuration.
 */
function sameResource(a: MachineGroupFact, b: MachineGroupFact): boolean {
  if (a.file === b.file && a.address === b.address) return true;
  const [plan, other] = a.format === 'terraform-plan' ? [a, b] : [b, a];
  if (plan.format !== 'terraform-plan' || (other.format !== 'terraform' && other.format !== 'terraform-json')) return false;
  return plan.address === other.address || plan.address.endsWith(`.${other.address}`) || plan.address.replace(/\[[^\]]*\]/g, '').endsWith(other.address);
}

/** Both regions are known and differ: two projects that only share a name. */
function differentRegions(a: MachineGroupFact, b: MachineGroupFact): boolean {
  const ra = knownString(a.region);
  const rb = knownString(b.region);
  return ra !== undefined && rb !== undefined && ra.value !== rb.value;
}

export default defineRule({
  id: 'machine-group/duplicate-name',
  severity: 'error',
  description: 'Two definitions create a machine group with the same name in the same project',
  check({ fleet, report }) {
    const byKey = new Map<string, MachineGroupFact[]>();
    for (const g of fleet.facts.machineGroups) {
      if (g.format === 'lint-config') continue; // describes a group, does not create one
      const name = knownString(g.name);
      const project = projectKey(g, fleet.facts);
      if (!name || !project) continue;
      const key = `${project.key}\0${name.value}`;
      const list = byKey.get(key) ?? [];
      const first = list.find((o) => !sameResource(o, g) && !differentRegions(o, g));
      list.push(g);
      byKey.set(key, list);
      if (!first) continue;
      const firstName = knownString(first.name)!;
      report({
        file: g.file,
        range: name.range,
        pointer: name.pointer,
        message:
          `Machine group "${name.value}" in project "${project.label}" is also defined by ${first.address} (${first.file}). ` +
          'Group names are unique within a project: the second create fails (MachineGroupAlreadyExist), or two definitions overwrite each other\'s machine list. ' +
          'Keep one definition, or rename one of the groups.',
        related: [{ file: first.file, range: firstName.range, message: `"${name.value}" first defined here (${first.address})` }],
      });
    }
  },
});
