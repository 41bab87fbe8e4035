import { groupsOf, identifiedByIpAlone, joinsOnlyElsewhere, mayMatch } from '../../model/joins.js';
import { suggester, lineOf, valueRelated, entryRelated, groupRelated, describeGroup } from '../shared/message-utils.js';
import type { BundleValue, Fleet, HostBundle } from '../../model/fleet.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule, type Finding } from '../types.js';

/**
 * A host's custom identifier (user_defined_id line, ALIYUN_LOGTAIL_USER_DEFINED_ID) or its
 * `working_ip` matches no machine group of the region it talks to, while the repo defines groups
 * of that kind there. SLS matches the heartbeat against the groups of that region only
 * (docs/reference/sls-regions-and-iac.md C.4, C.5; B.2 "Region mismatch"), so the host gets no configuration.
 */
export default defineRule({
  id: 'host/identity-matches-no-group',
  severity: 'error',
  description: "A host's custom identifier or working_ip matches no machine group in the region it talks to",
  check({ fleet, report }) {
    const suggest = suggester();
    for (const b of fleet.bundles) {
      const region = b.region?.value;
      if (region === undefined || joinsOnlyElsewhere(fleet, b)) continue; // region-mismatch says it better
      const groups = groupsOf(fleet, region);
      if (!groups) continue;
      if (groups.userdefined.length > 0) {
        const unmatched = b.identifiers.filter((id) => !mayMatch(fleet, 'userdefined', id.value, region));
        // One matching identifier is enough for SLS to configure the host: a spare one is said
        // only when it looks like a typo of a group's identifier (the finding has a did-you-mean).
        const joined = b.identifiers.find((id) => !unmatched.includes(id));
        for (const id of unmatched) {
          const finding = identifierFinding(fleet, b, id, region, suggest, joined);
          if (finding) report(finding);
        }
      }
      const ip = b.workingIp;
      if (ip && identifiedByIpAlone(b) && groups.ip.length > 0 && !mayMatch(fleet, 'ip', ip.value, region)) report(ipFinding(fleet, b, ip, region));
    }
  },
});

function identifierFinding(fleet: Fleet, b: HostBundle, id: BundleValue, region: string, suggest: ReturnType<typeof suggester>, joined?: BundleValue): Finding | undefined {
  const groups = groupsOf(fleet, region)!;
  const near = suggest(id.value, groups.userdefinedIds);
  const nearEntry = near === undefined ? undefined : fleet.index.groupsByIdentifier.get(near)?.find((e) => e.group.kind === 'userdefined' && e.group.region?.value === region);
  if (joined && !nearEntry) return undefined; // a spare identifier, not a typo
  const related: RelatedLocation[] = [valueRelated(b.region!, `this host talks to ${region}`)];
  if (nearEntry) related.push(entryRelated(nearEntry, `"${near}" in ${describeGroup(nearEntry.group)}`));
  for (const g of groups.userdefined.filter((g) => g !== nearEntry?.group).slice(0, nearEntry ? 2 : 3)) {
    related.push(groupRelated(g, `userdefined ${describeGroup(g)} in ${region}`));
  }
  const hint = nearEntry ? ` Did you mean "${near}" (${describeGroup(nearEntry.group)}, ${lineOf(nearEntry.entry)})?` : '';
  return {
    file: id.file,
    range: id.range,
    pointer: id.pointer,
    message:
      `Custom identifier ${JSON.stringify(id.value)} matches no machine group in ${region}, the region this host talks to (${lineOf(b.region!)}), ` +
      (joined
        ? `so the groups meant for it send this host nothing (it gets configuration only through ${JSON.stringify(joined.value)}).`
        : 'so SLS sends it no Logtail configuration.') +
      `${hint} Correct the identifier, or add it to the identify_list of a userdefined machine group of a ${region} project.`,
    related,
  };
}

function ipFinding(fleet: Fleet, b: HostBundle, ip: BundleValue, region: string): Finding {
  const groups = groupsOf(fleet, region)!;
  const related: RelatedLocation[] = [valueRelated(b.region!, `this host talks to ${region}`)];
  for (const g of groups.ip.slice(0, 3)) related.push(groupRelated(g, `IP ${describeGroup(g)} in ${region}`));
  return {
    file: ip.file,
    range: ip.range,
    pointer: ip.pointer,
    message:
      `working_ip ${JSON.stringify(ip.value)} is in no IP machine group of ${region}, the region this host talks to (${lineOf(b.region!)}): ` +
      `the agent reports this IP verbatim, so SLS sends the host no Logtail configuration. Add ${ip.value} to the identify_list of an IP machine group of a ${region} project, or correct working_ip.`,
    related,
  };
}
