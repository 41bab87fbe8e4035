import { groupsOf, identifiedByIpAlone, mayMatch } from '../../model/joins.js';
import { describeGroup, groupRelated, lineOf } from '../shared/message-utils.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';
import { hostOf } from './util.js';

/**
 * Seed step 2: the IP the agent reports (app_info.json `ip`, or `working_ip`) is in no IP machine
 * group of the region the host talks to: the repo's groups (`--repo`) and, with `--cloud`, the
 * live groups SLS returns. An empty `ip` is always a failure: "Logtail cannot work if the ip field
 * is empty" (DOCS21 FAQ). A host with custom identifiers is matched by those, not by its IP
 * (host/identity-matches-no-group). A `working_ip` outside the repo's groups is already
 * host/identity-matches-no-group's finding; this rule adds the app_info.json IP and the live groups.
 */
export default defineRule({
  id: 'doctor/ip-not-in-group',
  severity: 'error',
  description: 'The IP the agent reports (app_info.json) is empty, or in no IP machine group of its region',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    const b = host?.bundle;
    if (!host || !b) return;
    const appInfo = b.facts.appInfos[0];
    const ipValue = appInfo?.ip;
    if (!b.workingIp && ipValue && ipValue.known && ipValue.value.trim() === '') {
      report({
        file: appInfo.file,
        range: ipValue.range,
        ...(ipValue.pointer ? { pointer: ipValue.pointer } : {}),
        message:
          'app_info.json has an empty "ip": the agent found no usable network interface address when it started, and "Logtail cannot work if the ip field is empty" (SLS FAQ). ' +
          'Set working_ip in ilogtail_config.json to the address the machine group lists (or fix the interfaces / hostname resolution), then restart the agent.',
      });
      return;
    }
    const ip = b.reportedIp;
    const region = b.region?.value;
    if (!ip || !identifiedByIpAlone(b)) return;
    const related: RelatedLocation[] = [];
    const misses: string[] = [];
    // The repo's IP groups of the region (working_ip there is identity-matches-no-group's finding).
    const repoGroups = region ? groupsOf(fleet, region)?.ip ?? [] : [];
    if (ip.source !== 'agent-config' && region && repoGroups.length > 0 && !mayMatch(fleet, 'ip', ip.value, region)) {
      misses.push(`the ${repoGroups.length} IP machine group${repoGroups.length === 1 ? '' : 's'} of ${region} in the repository`);
      for (const g of repoGroups.slice(0, 3)) related.push(groupRelated(g, `IP ${describeGroup(g)} in ${region}`));
    }
    // The live groups: only when SLS answered for them.
    const cloud = host.rt.cloud.checked ? host.rt.cloud.value.groups.filter((g) => g.identifyType === 'ip' && g.identifiers) : [];
    if (cloud.length > 0 && !cloud.some((g) => g.identifiers!.includes(ip.value))) {
      misses.push(`the ${cloud.length} live IP machine group${cloud.length === 1 ? '' : 's'} SLS returned (${cloud.slice(0, 3).map((g) => `${g.project}/${g.group}`).join(', ')}${cloud.length > 3 ? ', …' : ''})`);
    }
    if (misses.length === 0) return;
    report({
      file: ip.file,
      range: ip.range,
      ...(ip.pointer ? { pointer: ip.pointer } : {}),
      message:
        `This host reports IP ${ip.value} (${ip.source === 'agent-config' ? 'working_ip' : 'app_info.json "ip"'}${region ? `, to ${region}, ${lineOf(b.region!)}` : ''}), which is in none of ${misses.join(' nor ')}: ` +
        `SLS matches the heartbeat by this exact address, so no machine group gets the host and the group shows FAIL. Add ${ip.value} to the group's IP list, or set working_ip to the address the group lists and restart the agent.`,
      related,
    });
  },
});
