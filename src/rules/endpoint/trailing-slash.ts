import { defineRule } from '../types.js';
import { agentSites, at, quote, replaceSite } from './util.js';

export default defineRule({
  id: 'endpoint/trailing-slash',
  severity: 'info',
  scope: 'file',
  description: 'An endpoint ends with a "/" that the agent strips',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const site of file.all) {
        const slash = site.parsed?.problems.find((x) => x.code === 'trailing-slash');
        if (!slash?.at) continue;
        const next = site.value.slice(0, slash.at[0]) + site.value.slice(slash.at[1]);
        report({
          ...at(site),
          message:
            `${quote(site.field)} ends with \`/\`. The agent strips one trailing \`/\` (StandardizeEndpoint)` +
            (next.endsWith('/') ? ` and keeps the rest (see endpoint/non-canonical). ` : `, so this works, but the installer never writes it. `) +
            `Remove it: ${quote(next)}.`,
          fix: replaceSite(site, next, 'Remove the trailing "/"'),
        });
      }
    }
  },
});
