import { describeGroup, describeSource, entryRelated, lineOf, valueRelated } from '../shared/message-utils.js';
import { bundleName, type Fleet, type HostBundle } from '../../model/fleet.js';
import { joinedProjects } from '../../model/joins.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';

/**
 * A host that is not an ECS instance of the project owner's account (declared `ecs: false`, or a
 * declared `accountId` other than the owner) joins a machine group of the project, but its
 * users/ (or ALIYUN_LOGTAIL_USER_ID) does not name the owner. "It is needed only when the host is
 * not an ECS instance of the same account" (docs/reference/sls-regions-and-iac.md C.6; docs/reference/agent-config.md §3).
 * Under `logtail-lint doctor` the host's ECS identity may be observed instead of declared (ECS
 * metadata, `--ecs-region` / `--no-ecs`, the agent's status snapshot); a host known not to be ECS
 * with no users/ folder at all is reported even when no project owner is known.
 */
export default defineRule({
  id: 'host/missing-account-file',
  severity: 'error',
  description: "A host outside the project owner's account has no users/<owner-account-id> entry",
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      const d = b.declared;
      const seen = observed(fleet, b);
      const ecs = d?.ecs ?? seen?.ecs;
      const accountId = d?.accountId ?? seen?.accountId;
      if (b.accountsOpen || (ecs !== false && accountId === undefined)) continue;
      const declaredSays = d !== undefined && (d.ecs !== undefined || d.accountId !== undefined);
      const why = declaredSays
        ? `${ecs === false ? 'is declared not to be an ECS instance' : `is declared to belong to account ${accountId}`} (${lineOf(d.at)})`
        : `${ecs === false ? 'is not an ECS instance' : `is an ECS instance of account ${accountId}`} (${seen?.source})`;
      const accounts = new Set(b.accounts.map((a) => a.value));
      const reported = new Set<string>();
      for (const { project, join } of joinedProjects(fleet, b)) {
        const owner = project.ownerAccountId;
        if (!owner || accounts.has(owner.value) || reported.has(owner.value)) continue;
        if (ecs !== false && accountId === owner.value) continue; // an ECS instance of the owner's own account
        reported.add(owner.value);
        const spaced = b.accounts.find((a) => a.value.trim() === owner.value);
        const related: RelatedLocation[] = [
          valueRelated(owner, `project "${project.name?.value ?? project.address}" is owned by ${owner.value}`),
          entryRelated(join.entry, `${describeGroup(join.entry.group)} lists ${JSON.stringify(join.via.value)}`),
        ];
        if (d && declaredSays) related.push(valueRelated(d.at, 'the host declaration'));
        const at = b.facts.container?.userId ?? undefined;
        report({
          file: at ? b.facts.container!.file : join.via.file,
          range: at ? at.range : join.via.range,
          pointer: at ? at.pointer : join.via.pointer,
          message:
            `${bundleName(b)} ${why} and joins ${describeGroup(join.entry.group)} through its ${describeSource(join.via)} ${JSON.stringify(join.via.value)}, ` +
            `but no users/ entry or ALIYUN_LOGTAIL_USER_ID names the project owner ${owner.value}: SLS accepts such a host only for the accounts it names, so it gets no Logtail configuration. ` +
            (spaced ? `(The entry ${JSON.stringify(spaced.value)} has spaces the agent keeps.) ` : '') +
            fixFor(b, owner.value),
          related,
        });
      }
      // The doctor on a host known not to be ECS: with no users/ at all, no project can accept it.
      if (seen && ecs === false && reported.size === 0 && b.accounts.length === 0 && b.usersDirs.length === 0 && fleet.host) {
        const usersDir = `${fleet.host.installs[0]?.sysConfDir ?? (fleet.host.os === 'windows' ? 'host:C:/LogtailData' : 'host:/etc/ilogtail')}/users`;
        report({
          file: usersDir,
          range: FILE_START,
          message:
            `This host is not an ECS instance (${seen.source}) and ${usersDir.slice('host:'.length)} does not exist: a host outside Alibaba Cloud (or of another account) must name the project owner's account in users/, so SLS accepts its heartbeat for no project. ` +
            `Create the empty file ${usersDir.slice('host:'.length)}/<project owner account id> (touch it; no restart needed).`,
        });
      }
    }
  },
});

/** What the doctor observed about the host's ECS identity, for its own bundle only. */
function observed(fleet: Fleet, b: HostBundle): { ecs: boolean; accountId?: string; source: string } | undefined {
  const host = fleet.host;
  if (!host || host.bundleId !== b.id || !host.ecs.known) return undefined;
  const e = host.ecs;
  return e.ecs ? { ecs: true, ...(e.ownerAccountId ? { accountId: e.ownerAccountId } : {}), source: e.source } : { ecs: false, source: e.source };
}

function fixFor(b: HostBundle, owner: string): string {
  if (b.kind === 'container') return `Set ALIYUN_LOGTAIL_USER_ID to ${owner}.`;
  const dir = b.usersDirs[0] ?? `${b.root === '' ? '' : `${b.root}/`}etc/ilogtail/users`;
  return `Create the empty file ${dir}/${owner} (touch /etc/ilogtail/users/${owner} on the host).`;
}
