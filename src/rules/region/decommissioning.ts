import { findRegion, type RegionRow } from '../../knowledge/regions.js';
import { agentSites, at, placesOf, quote, regionsNamed, related } from '../endpoint/util.js';
import { knownParams } from '../install/util.js';
import { defineRule, type RuleContext } from '../types.js';
import { providerRegions } from './util.js';

const closing = (r: RegionRow) => r.status === 'decommissioning';

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
  check(ctx) {
    agentConfigs(ctx);
    installParams(ctx);
    providers(ctx);
  },
});

function agentConfigs({ fleet, report }: RuleContext): void {
  for (const file of agentSites(fleet)) {
    for (const { row, sites } of regionsNamed(file, closing)) {
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
  }
}

function installParams({ fleet, report }: RuleContext): void {
  for (const { file, shown, param, parsed } of knownParams(fleet)) {
    const row = parsed && findRegion(parsed.region);
    if (!row || !closing(row)) continue;
    report({
      formerId: 'install/decommissioning-region',
      file,
      range: param.range,
      pointer: param.pointer,
      message:
        `\`${shown}\` installs for ${row.id} (${row.name}), which SLS lists as being decommissioned (${row.notice ?? 'no closing date is published'}): ` +
        'collection stops when it closes. Plan a move to another region and install with that region ID.',
    });
  }
}

function providers({ fleet, report }: RuleContext): void {
  for (const { provider, region } of providerRegions(fleet)) {
    const row = findRegion(region.value);
    if (!row || !closing(row)) continue;
    report({
      file: provider.file,
      range: region.range,
      pointer: region.pointer,
      message:
        `provider "alicloud"${provider.alias ? ` (alias ${provider.alias})` : ''} has region ${row.id} (${row.name}), which SLS lists as being decommissioned (${row.notice ?? 'no closing date is published'}): ` +
        'the SLS projects and machine groups of this provider stop collecting when it closes. Plan a move to another region.',
    });
  }
}
