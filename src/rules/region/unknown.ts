import { INSTALLER_FINANCE_FORMS } from '../../knowledge/index.js';
import { defineRule } from '../types.js';
import { agentSites, at, isRegionField, quote, readRegion, replaceSite, withRegion } from '../endpoint/util.js';

export default defineRule({
  id: 'region/unknown',
  severity: 'error',
  description: 'A cluster, region or endpoint in ilogtail_config.json names no known SLS region',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const site of file.all) {
        const reading = readRegion(site);
        if (!reading.unknown) continue;
        const { label, suggestion } = reading.unknown;
        const finance = INSTALLER_FINANCE_FORMS[label.toLowerCase()];
        const installerForm = finance !== undefined && finance === suggestion && finance !== label;
        const hint = suggestion === undefined
          ? 'Use the region ID of the project that holds the machine group (`logtail-lint regions` lists them).'
          : installerForm
            ? `${quote(label)} is the installer's parameter for a finance region; the region ID is ${quote(suggestion)}.`
            : `Did you mean ${quote(suggestion)}?`;

        if (isRegionField(site)) {
          const what = label.trim() === ''
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
  },
});
