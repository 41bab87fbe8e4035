import { endpointFor } from '../../knowledge/index.js';
import { defineRule } from '../types.js';
import { agentSites, at, placesOf, quote, regionsNamed, related } from '../endpoint/util.js';

export default defineRule({
  id: 'region/unverified',
  severity: 'info',
  scope: 'file',
  description: 'ilogtail_config.json names a region whose SLS endpoints are pattern-inferred, not in the cited sources',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const { row, sites } of regionsNamed(file, (r) => !r.verified && r.status !== 'retired')) {
        const [first, ...rest] = sites;
        const host = endpointFor(row.id, 'intranet', 'data-server');
        report({
          ...at(first),
          message:
            `Region ${quote(row.id)} (${row.name}) is accepted, but its endpoints are not in the sources logtail-lint cites: ` +
            `they follow the usual pattern and are unverified (\`logtail-lint regions\` shows what the sources say). Named in ${placesOf(sites)}. ` +
            `Check from the host that the endpoints resolve${host ? ` (e.g. \`nslookup ${host}\` on an ECS instance in the region)` : ''}; ` +
            `if they do, this note needs no change.`,
          related: related(rest, (s) => `${quote(s.field)} also names ${quote(row.id)}`),
        });
      }
    }
  },
});
