import { defineRule } from '../types.js';
import { agentSites, at, placesOf, quote, regionsNamed, related } from '../endpoint/util.js';

export default defineRule({
  id: 'region/decommissioning',
  severity: 'warning',
  description: 'ilogtail_config.json names an SLS region that is being decommissioned (cn-nanjing, cn-fuzhou)',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const { row, sites } of regionsNamed(file, (r) => r.status === 'decommissioning')) {
        const [first, ...rest] = sites;
        report({
          ...at(first),
          message:
            `Region ${quote(row.id)} (${row.name}) is being decommissioned: ${row.note ?? 'SLS lists it as closing'}. ` +
            `It works today, but collection stops when the region closes. Named in ${placesOf(sites)}. ` +
            `Plan the move of the project to another region and reinstall Logtail there; until then, watch the SLS region notices.`,
          related: related(rest, (s) => `${quote(s.field)} also names ${quote(row.id)}`),
        });
      }
    }
  },
});
