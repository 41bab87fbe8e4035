import { defineRule } from '../types.js';
import { agentSites, at, placesOf, quote, regionsNamed, related } from '../endpoint/util.js';

export default defineRule({
  id: 'region/retired',
  severity: 'error',
  description: 'ilogtail_config.json names an SLS region that has closed (ap-south-1, ap-southeast-2, rus-west-1)',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const { row, sites } of regionsNamed(file, (r) => r.status === 'retired')) {
        const [first, ...rest] = sites;
        report({
          ...at(first),
          message:
            `Region ${quote(row.id)} (${row.name}) is closed: ${row.note ?? 'no longer listed by SLS'}. ` +
            `SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. ` +
            `Named in ${placesOf(sites)}. Move the project to an active region and reinstall Logtail with that region's ` +
            `install parameter (\`logtail.sh install <region>\`), which rewrites this file.`,
          related: related(rest, (s) => `${quote(s.field)} also names ${quote(row.id)}`),
        });
      }
    }
  },
});
