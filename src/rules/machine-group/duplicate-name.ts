import type { MachineGroup } from '../../model/fleet.js';
import { defineRule } from '../types.js';
import { projectKey, resourceAddress } from './util.js';

/**
 * Two facts that describe the same resource rather than two groups: a Terraform resource and
 * its entry in a plan JSON of the same configuration.
 */
function sameResource(a: MachineGroup, b: MachineGroup): boolean {
  if (a.file === b.file && a.fact.address === b.fact.address) return true;
  const [plan, other] = a.fact.format === 'terraform-plan' ? [a.fact, b.fact] : [b.fact, a.fact];
  if (plan.format !== 'terraform-plan' || (other.format !== 'terraform' && other.format !== 'terraform-json')) return false;
  const bare = plan.address.replace(/\[[^\]]*\]/g, '');
  return bare === other.address || bare.endsWith(`.${other.address}`);
}

/** Both regions are known and differ: two projects that only share a name. */
function differentRegions(a: MachineGroup, b: MachineGroup): boolean {
  return a.region !== undefined && b.region !== undefined && a.region.value !== b.region.value;
}

export default defineRule({
  id: 'machine-group/duplicate-name',
  severity: 'error',
  description: 'Two definitions create a machine group with the same name in the same project',
  check({ fleet, report }) {
    const byKey = new Map<string, MachineGroup[]>();
    for (const g of fleet.machineGroups) {
      if (g.fact.format === 'lint-config' || !g.name) continue; // a lint-config entry describes a group, it does not create one
      const project = projectKey(g);
      if (!project) continue;
      const key = `${project.key}\0${g.name.value}`;
      const list = byKey.get(key) ?? [];
      const first = list.find((o) => !sameResource(o, g) && !differentRegions(o, g));
      list.push(g);
      byKey.set(key, list);
      if (!first?.name) continue;
      report({
        file: g.file,
        range: g.name.range,
        pointer: g.name.pointer,
        address: resourceAddress(g.fact),
        message:
          `Machine group "${g.name.value}" in project "${project.label}" is also defined by ${first.fact.address} (${first.file}). ` +
          "Group names are unique within a project: the second create fails (MachineGroupAlreadyExist), or the two definitions overwrite each other's machine list. " +
          'Keep one definition, or rename one of the groups.',
        related: [{ file: first.file, range: first.name.range, message: `"${g.name.value}" first defined here (${first.fact.address})` }],
      });
    }
  },
});
