import { groupsOf, identifiedByIpAlone, joinsOnlyElsewhere, mayMatch } from '../../model/joins.js';
import { lineOf, valueRelated, groupRelated, describeGroup } from '../shared/message-utils.js';
import type { RelatedLocation } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';

/**
 * The IP an observed app_info.json reports differs from the host's `working_ip`, or (without
 * `working_ip`, on a host with no custom identifiers) is in no IP machine group of its region. The agent uses a non-empty
 * `working_ip` verbatim and writes the IP it chose to app_info.json at start-up (docs/reference/agent-config.md
 * §5); IP groups must list that IP (docs/reference/sls-regions-and-iac.md C.4).
 */
export default defineRule({
  id: 'host/app-info-ip-mismatch',
  severity: 'warning',
  description: 'app_info.json reports another IP than working_ip, or one in no IP machine group of its region',
  check({ fleet, report }) {
    for (const b of fleet.bundles) {
      const ip = b.appInfoIp;
      if (!ip) continue;
      if (b.workingIp) {
        if (ip.value === b.workingIp.value) continue;
        report({
          file: ip.file,
          range: ip.range,
          pointer: ip.pointer,
          message:
            `app_info.json reports ip ${JSON.stringify(ip.value)}, but working_ip is ${JSON.stringify(b.workingIp.value)} (${lineOf(b.workingIp)}): the agent reports working_ip verbatim, ` +
            `so this app_info.json is from another host or from a start before working_ip was set. Refresh app_info.json from the host, or correct working_ip to the IP the machine group lists.`,
          related: [valueRelated(b.workingIp, 'working_ip')],
        });
        continue;
      }
      const region = b.region?.value;
      if (b.workingIpOpen || !identifiedByIpAlone(b) || region === undefined || joinsOnlyElsewhere(fleet, b)) continue;
      const groups = groupsOf(fleet, region);
      if (!groups || groups.ip.length === 0 || mayMatch(fleet, 'ip', ip.value, region)) continue;
      const related: RelatedLocation[] = [valueRelated(b.region!, `this host talks to ${region}`)];
      for (const g of groups.ip.slice(0, 3)) related.push(groupRelated(g, `IP ${describeGroup(g)} in ${region}`));
      report({
        file: ip.file,
        range: ip.range,
        pointer: ip.pointer,
        message:
          `app_info.json reports ip ${JSON.stringify(ip.value)}, the IP this host reports to SLS, but no IP machine group of ${region} (${lineOf(b.region!)}) lists it, so the host gets no Logtail configuration from the IP groups of its region. ` +
          `Add ${ip.value} to the group's identify_list (Logtail reports the IP in app_info.json, usually the private one), or set working_ip to the IP the group lists.`,
        related,
      });
    }
  },
});
