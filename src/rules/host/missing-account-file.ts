import { lineOf, describeSource, valueRelated, entryRelated, describeGroup } from '../shared/message-utils.js';
import { bundleName, type HostBundle } from '../../model/fleet.js';
import { joinedProjects } from '../../model/joins.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';

/**
 * A host that is not an ECS instance of the project owner's account (declared `ecs: false`, or a
 * declared `accountId` other than the owner) joins a machine group of the project, but its
 * users/ (or ALIYUN_LOGTAIL_USER_ID) does not name the owner. "It is needed only when the host is
 * not an ECS instance of the same account" (docs/reference/sls-regions-and-iac.md C.6; docs/reference/agent-config.md §3).
 */
export default defineRule({
  id: 'host/missing-account-file',
  severity: 'error',
  description: "A host outside the project owner's account has no users/<owner-account-id> entry",
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      const d = b.declared;
      if (!d || b.accountsOpen || (d.ecs !== false && d.accountId === undefined)) continue;
      const accounts = new Set(b.accounts.map((a) => a.value));
      const reported = new Set<string>();
      for (const { project, join } of joinedProjects(fleet, b)) {
        const owner = project.ownerAccountId;
        if (!owner || accounts.has(owner.value) || reported.has(owner.value)) continue;
        if (d.ecs !== false && d.accountId === owner.value) continue; // an ECS instance of the owner's own account
        reported.add(owner.value);
        const why = d.ecs === false ? 'is declared not to be an ECS instance' : `is declared to belong to account ${d.accountId}`;
        const spaced = b.accounts.find((a) => a.value.trim() === owner.value);
        const related: RelatedLocation[] = [
          valueRelated(owner, `project "${project.name?.value ?? project.address}" is owned by ${owner.value}`),
          entryRelated(join.entry, `${describeGroup(join.entry.group)} lists ${JSON.stringify(join.via.value)}`),
          valueRelated(d.at, 'the host declaration'),
        ];
        const at = b.facts.container?.userId ?? undefined;
        report({
          file: at ? b.facts.container!.file : join.via.file,
          range: at ? at.range : join.via.range,
          pointer: at ? at.pointer : join.via.pointer,
          message:
            `${bundleName(b)} ${why} (${lineOf(d.at)}) and joins ${describeGroup(join.entry.group)} through its ${describeSource(join.via)} ${JSON.stringify(join.via.value)}, ` +
            `but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner ${owner.value}: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. ` +
            (spaced ? `(The entry ${JSON.stringify(spaced.value)} has spaces the agent keeps.) ` : '') +
            fixFor(b, owner.value),
          related,
        });
      }
    }
  },
});

function fixFor(b: HostBundle, owner: string): string {
  if (b.kind === 'container') return `Set ALIYUN_LOGTAIL_USER_ID to ${owner}.`;
  const dir = b.usersDirs[0] ?? `${b.root === '' ? '' : `${b.root}/`}etc/ilogtail/users`;
  return `Create the empty file ${dir}/${owner} (touch /etc/ilogtail/users/${owner} on the host).`;
}
