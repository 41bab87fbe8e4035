import { at, placesOf, quote, related } from '../endpoint/util.js';
import { defineRule } from '../types.js';
import { providerName, regionMentions } from './util.js';

/**
 * A region SLS lists as being decommissioned, wherever the repository names it: the agent
 * config, an install parameter or container config path (formerly
 * install/decommissioning-region), a Terraform provider.
 */
export default defineRule({
  id: 'region/decommissioning',
  severity: 'warning',
  description: 'The agent config, an install command or a Terraform provider names an SLS region that is being decommissioned (cn-nanjing, cn-fuzhou)',
  formerIds: ['install/decommissioning-region'],
  check({ fleet, report }) {
    const found = regionMentions(fleet, (r) => r.status === 'decommissioning');
    for (const { row, sites } of found.agentConfigs) {
      const [first, ...rest] = sites;
      report({
        ...at(first),
        message:
          `Region ${quote(row.id)} (${row.name}) is being decommissioned (${row.notice ?? 'SLS lists it as closing'}). ` +
          `It works today, but collection stops when the region closes. Named in ${placesOf(sites)}. ` +
          `Plan the move of the project to another region and reinstall Logtail there; until then, watch the SLS region notices.`,
        related: related(rest, (s) => `${quote(s.field)} also names ${quote(row.id)}`),
      });
    }
    const closing = (row: (typeof found.installParams)[number]['row']) => `which SLS lists as being decommissioned (${row.notice ?? 'no closing date is published'})`;
    for (const { row, use } of found.installParams) {
      report({
        formerId: 'install/decommissioning-region',
        file: use.file,
        range: use.param.range,
        pointer: use.param.pointer,
        message: `\`${use.shown}\` installs for ${row.id} (${row.name}), ${closing(row)}: collection stops when it closes. Plan a move to another region and install with that region ID.`,
      });
    }
    for (const { row, provider, region } of found.providers) {
      report({
        file: provider.file,
        range: region.range,
        pointer: region.pointer,
        message: `${providerName(provider)} has region ${row.id} (${row.name}), ${closing(row)}: the SLS projects and machine groups of this provider stop collecting when it closes. Plan a move to another region.`,
      });
    }
  },
});
