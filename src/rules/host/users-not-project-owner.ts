import { suggester, lineOf, valueRelated } from '../shared/message-utils.js';
import { bundleName } from '../../model/fleet.js';
import { hasUnresolvedJoin, joinedProjects } from '../../model/joins.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';

/**
 * A host's users/ entries (or ALIYUN_LOGTAIL_USER_ID) name only accounts that own none of the
 * projects whose machine groups it joins. A users/ entry grants the named root account
 * permission to collect from the host (docs/reference/sls-regions-and-iac.md C.6), so such entries grant
 * nothing here: usually a mistyped account ID, or one copied from another host.
 */
export default defineRule({
  id: 'host/users-not-project-owner',
  severity: 'warning',
  description: "A host's users/ entries name only accounts that own none of the projects it joins",
  check({ fleet, report }) {
    const suggest = suggester();
    for (const b of fleet.bundles) {
      if (b.accounts.length === 0 || b.accountsOpen || hasUnresolvedJoin(fleet, b)) continue;
      const d = b.declared;
      // A host that needs the owner's entry gets host/missing-account-file instead.
      if (d && (d.ecs === false || d.accountId !== undefined)) continue;
      const projects = joinedProjects(fleet, b);
      if (projects.length === 0) continue;
      const owners = [...new Set(projects.map((p) => p.project.ownerAccountId!.value))];
      const accounts = b.accounts.map((a) => a.value);
      if (accounts.some((a) => owners.includes(a))) continue;
      const first = b.accounts[0];
      const near = suggest(first.value.trim(), owners);
      const related: RelatedLocation[] = projects
        .slice(0, 3)
        .map(({ project }) => valueRelated(project.ownerAccountId!, `project "${project.name?.value ?? project.address}" is owned by ${project.ownerAccountId!.value}`));
      const names = projects.map((p) => `"${p.project.name?.value ?? p.project.address}"`).join(', ');
      report({
        file: first.file,
        range: first.range,
        pointer: first.pointer,
        message:
          `${bundleName(b)} names only account${accounts.length > 1 ? 's' : ''} ${accounts.map((a) => JSON.stringify(a)).join(', ')} in users/, but the project${projects.length > 1 ? 's' : ''} it joins (${names}) ` +
          `${projects.length > 1 ? 'are' : 'is'} owned by ${owners.join(', ')} (${lineOf(projects[0].project.ownerAccountId!)}): the entry grants nothing to them.` +
          (near !== undefined ? ` Did you mean ${near}?` : '') +
          ` If the host is an ECS instance of ${owners[0]} it needs no users/ entry; otherwise name the owner (touch /etc/ilogtail/users/${owners[0]}).`,
        related,
      });
    }
  },
});
