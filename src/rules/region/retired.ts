import { findRegion, type RegionRow } from '../../knowledge/regions.js';
import { agentSites, at, placesOf, quote, regionsNamed, related } from '../endpoint/util.js';
import { knownParams } from '../install/util.js';
import { defineRule, type RuleContext } from '../types.js';
import { providerRegions } from './util.js';

const closed = (r: RegionRow) => r.status === 'retired';

/**
 * A region SLS has closed, wherever the repository names it: the agent config, an install
 * parameter or container config path (formerly install/retired-region), a Terraform provider.
 */
export default defineRule({
  id: 'region/retired',
  severity: 'error',
  description: 'The agent config, an install command or a Terraform provider names an SLS region that has closed (ap-south-1, ap-southeast-2, rus-west-1)',
  formerIds: ['install/retired-region'],
  check(ctx) {
    agentConfigs(ctx);
    installParams(ctx);
    providers(ctx);
  },
});

function agentConfigs({ fleet, report }: RuleContext): void {
  for (const file of agentSites(fleet)) {
    for (const { row, sites } of regionsNamed(file, closed)) {
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
  }
}

function installParams({ fleet, report }: RuleContext): void {
  for (const { file, shown, param, parsed } of knownParams(fleet)) {
    const row = parsed && findRegion(parsed.region);
    if (!row || !closed(row)) continue;
    report({
      formerId: 'install/retired-region',
      file,
      range: param.range,
      pointer: param.pointer,
      message:
        `\`${shown}\` installs for ${row.id} (${row.name}), a region SLS has closed${row.notice ? ` (${row.notice})` : ''}: ` +
        'its endpoints no longer take logs. Move the project to an open region and install with that region ID.',
    });
  }
}

function providers({ fleet, report }: RuleContext): void {
  for (const { provider, region } of providerRegions(fleet)) {
    const row = findRegion(region.value);
    if (!row || !closed(row)) continue;
    report({
      file: provider.file,
      range: region.range,
      pointer: region.pointer,
      message:
        `provider "alicloud"${provider.alias ? ` (alias ${provider.alias})` : ''} has region ${row.id} (${row.name}), a region SLS has closed${row.notice ? ` (${row.notice})` : ''}: ` +
        'the SLS projects and machine groups of this provider cannot be created or reached there. Move them to an open region.',
    });
  }
}
