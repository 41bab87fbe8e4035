import { defineRule } from '../types.js';
import { agentSites, at, quote, regionOf, related, soleRegion } from './util.js';

export default defineRule({
  id: 'endpoint/acceleration-region',
  severity: 'info',
  scope: 'file',
  description: 'Transfer acceleration (log-global.aliyuncs.com) in a region for which the docs do not list it',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const g of file.groups) {
        for (const site of g.endpoints) {
          if (site.parsed?.network !== 'acceleration') continue;
          const own = g.region ? regionOf(g.region) : undefined;
          const row = own ?? soleRegion(file, site);
          if (!row || (row.acceleration !== 'inferred' && row.acceleration !== 'undocumented')) continue;
          const why =
            row.acceleration === 'inferred'
              ? `the docs document no \`-acceleration\` install command for ${quote(row.id)} (${row.name}); it is covered only by the general statement that the acceleration endpoint is the same for all regions`
              : `transfer acceleration is not documented for ${quote(row.id)} (${row.name}${row.category === 'public' ? '' : `, ${row.category} cloud`})`;
          report({
            ...at(site),
            message:
              `${quote(site.field)} uses transfer acceleration, but ${why}. Check in the SLS console that acceleration can be enabled for the project, ` +
              `and enable it there: logtail-lint cannot see that setting, and without it the agent cannot send through \`log-global.aliyuncs.com\`. ` +
              `Otherwise use the region's own endpoints.`,
            related: g.region && own ? related([g.region], () => `region ${row.id}`) : undefined,
          });
        }
      }
    }
  },
});
