import { at, placesOf, quote, related } from '../endpoint/util.js';
import { defineRule } from '../types.js';
import { providerName, regionMentions } from './util.js';

/**
 * A region SLS has closed, wherever the repository names it: the agent config, an install
 * parameter or container config path (formerly install/retired-region), a Terraform provider.
 */
export default defineRule({
  id: 'region/retired',
  severity: 'error',
  description: 'The agent config, an install command or a Terraform provider names an SLS region that has closed (ap-south-1, ap-southeast-2, rus-west-1)',
  formerIds: ['install/retired-region'],
  check({ fleet, report }) {
    const found = regionMentions(fleet, (r) => r.status === 'retired');
    for (const { row, sites } of found.agentConfigs) {
      const [first, ...rest] = sites;
      report({
        ...at(first),
        message:
          `Region ${quote(row.id)} (${row.name}) is closed: ${row.notice ?? 'no longer listed by SLS'}. ` +
          `SLS no longer serves it, so this agent can neither fetch its collection configs nor send logs. ` +
          `Named in ${placesOf(sites)}. Move the project to an active region and reinstall Logtail with that region's ` +
          `install parameter (\`logtail.sh install <region>\`), which rewrites this file.`,
        related: related(rest, (s) => `${quote(s.field)} also names ${quote(row.id)}`),
      });
    }
    const closed = (row: (typeof found.installParams)[number]['row']) => `a region SLS has closed${row.notice ? ` (${row.notice})` : ''}`;
    for (const { row, use } of found.installParams) {
      report({
        formerId: 'install/retired-region',
        file: use.file,
        range: use.param.range,
        pointer: use.param.pointer,
        message: `\`${use.shown}\` installs for ${row.id} (${row.name}), ${closed(row)}: its endpoints no longer take logs. Move the project to an open region and install with that region ID.`,
      });
    }
    for (const { row, provider, region } of found.providers) {
      report({
        file: provider.file,
        range: region.range,
        pointer: region.pointer,
        message: `${providerName(provider)} has region ${row.id} (${row.name}), ${closed(row)}: the SLS projects and machine groups of this provider cannot be created or reached there. Move them to an open region.`,
      });
    }
  },
});
