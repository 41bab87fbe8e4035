import { INSTALLER_FINANCE_FORMS } from '../../knowledge/index.js';
import { findRegion, suggestRegion } from '../../knowledge/regions.js';
import { replaceValueEdit } from '../shared/util.js';
import { defineRule, type RuleContext } from '../types.js';
import { agentSites, at, isRegionField, quote, readRegion, replaceSite, withRegion } from '../endpoint/util.js';
import { commandOf, knownParams } from '../install/util.js';
import { providerName, providerRegions } from './util.js';

/**
 * A region that is no SLS region, wherever the repository names it: the agent config
 * (cluster, region fields, endpoint hosts), an install parameter or container config path
 * (formerly install/unknown-region), a Terraform `provider "alicloud"` region.
 */
export default defineRule({
  id: 'region/unknown',
  severity: 'error',
  description: 'A region in ilogtail_config.json, an install command or a Terraform provider is not a known SLS region',
  fixable: true,
  formerIds: ['install/unknown-region'],
  check(ctx) {
    agentConfigs(ctx);
    installParams(ctx);
    providers(ctx);
  },
});

function agentConfigs({ fleet, report }: RuleContext): void {
  for (const file of agentSites(fleet)) {
    for (const site of file.all) {
      const reading = readRegion(site);
      if (!reading.unknown) continue;
      const { label, suggestion } = reading.unknown;
      const finance = INSTALLER_FINANCE_FORMS[label.toLowerCase()];
      const installerForm = finance !== undefined && finance === suggestion && finance !== label;
      const hint =
        suggestion === undefined
          ? 'Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).'
          : installerForm
            ? `${quote(label)} is the installer's parameter for a finance region; the region ID is ${quote(suggestion)}.`
            : `Did you mean ${quote(suggestion)}?`;

      if (isRegionField(site)) {
        const what =
          label.trim() === ''
            ? `${quote(site.field)} is empty: the agent needs the SLS region ID here (the installer refuses an empty \`cluster\`).`
            : `${quote(site.field)} is ${quote(label)}, which is not an SLS region ID: it cannot match the project's region, and collection fails.`;
        report({
          ...at(site),
          message: `${what} ${hint}`,
          fix: suggestion === undefined ? undefined : replaceSite(site, suggestion, `Replace ${JSON.stringify(label)} with ${JSON.stringify(suggestion)}`),
        });
        continue;
      }
      const next = suggestion === undefined ? undefined : withRegion(site, suggestion);
      report({
        ...at(site),
        message:
          `The host in ${quote(site.field)} names region ${quote(label)}, which is not an SLS region: no such SLS endpoint exists, so ` +
          `the agent cannot ${site.kind === 'config-server' ? 'fetch its collection configs' : 'send logs'}. ${hint}` +
          (next === undefined ? '' : ` The installer writes ${quote(next)}.`),
        fix: next === undefined ? undefined : replaceSite(site, next, `Replace ${JSON.stringify(site.value)} with ${JSON.stringify(next)}`),
      });
    }
  }
}

function installParams({ fleet, report }: RuleContext): void {
  for (const { file, shown, fact, param, parsed, writtenRegion } of knownParams(fleet)) {
    if (parsed && (parsed.region === 'auto' || findRegion(parsed.region))) continue;
    if (!parsed) {
      if (!fact) continue; // container paths are listed only when they parse
      const cmd = commandOf(fact);
      report({
        formerId: 'install/unknown-region',
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          param.value.trim() === ''
            ? `\`${cmd}\` has no region parameter: the installer cannot tell which SLS region to send logs to. Add the project's region ID, e.g. \`${cmd} cn-hangzhou\`.`
            : `\`${cmd} ${param.value}\`: "${param.value}" is not an install parameter (a region ID with an optional network suffix such as \`-internet\`); it looks like a placeholder that was never filled in. Write the project's region ID, e.g. \`cn-hangzhou\`.`,
      });
      continue;
    }
    const region = writtenRegion ?? parsed.region;
    const suggestion = suggestRegion(region);
    const suggested = suggestion === undefined ? undefined : parsed.normalized.replace(region, suggestion);
    // Only a change of case is certain enough to apply: a different region would send logs elsewhere.
    const edit = suggested !== undefined && suggested === param.value.toLowerCase() ? replaceValueEdit(param, suggested) : undefined;
    const intranet = /-intranet$/.test(region) && suggestion !== undefined;
    report({
      formerId: 'install/unknown-region',
      file,
      range: param.range,
      pointer: param.pointer,
      message:
        `\`${shown}\`: "${region}" is not an SLS region ID, so the installer has no endpoint to configure and the agent cannot reach SLS. ` +
        (suggested !== undefined
          ? `Did you mean "${suggested}"?${intranet ? ' The bare region ID already installs the intranet network.' : ''}`
          : "Use the region ID of the project (`logtail-lint regions` lists them), with `-internet` or `-acceleration` if the host is outside that region's network."),
      fix: edit ? { description: `Replace with "${suggested}"`, edits: [edit] } : undefined,
    });
  }
}

function providers({ fleet, report }: RuleContext): void {
  for (const { provider, region } of providerRegions(fleet)) {
    if (findRegion(region.value)) continue;
    const suggestion = suggestRegion(region.value);
    // Only a change of case is certain enough to apply: another region would move the resources.
    const edit = suggestion !== undefined && suggestion === region.value.toLowerCase() ? replaceValueEdit(region, suggestion) : undefined;
    report({
      file: provider.file,
      range: region.range,
      pointer: region.pointer,
      message:
        `${providerName(provider)} has region "${region.value}", which is not an SLS region ID: ` +
        'the SLS projects and machine groups of this provider cannot be created there, and no host can match them. ' +
        (suggestion !== undefined ? `Did you mean "${suggestion}"?` : 'Use the region ID of the project (`logtail-lint regions` lists them).'),
      fix: edit ? { description: `Replace with "${suggestion}"`, edits: [edit] } : undefined,
    });
  }
}
