import { defineRule } from '../types.js';
import { agentSites, at, isRegionField, quote, readRegion, replaceSite } from '../endpoint/util.js';

/** What each suffix really is (docs/reference/sls-regions-and-iac.md A.1, B.1). */
const WHAT: Record<string, string> = {
  '-acceleration':
    'an install parameter suffix: transfer acceleration is selected by the data endpoint `log-global.aliyuncs.com`, ' +
    'and the region field stays the plain region ID (the suffix only appears in the install parameter and the container config directory name)',
  '-internet': 'an install parameter suffix: the Internet network is selected by the public endpoints, not by the region ID',
  '-inner': 'an install parameter suffix: the Alibaba Group inner network is selected by the `-share` endpoints, not by the region ID',
  '-intranet': 'a host label: it belongs in the endpoint host (`<region>-intranet.log.aliyuncs.com`), not in the region ID',
  '-internal': 'a host label: it belongs in the VPC-only endpoint host (`<region>-internal.log.aliyuncs.com`), not in the region ID',
  '-share': 'a host label: it belongs in the endpoint host (`<region>-share.log.aliyuncs.com`), not in the region ID',
  '-vpc': 'a legacy label the installer strips: it was never part of a region ID',
};

export default defineRule({
  id: 'region/install-suffix-in-cluster',
  severity: 'error',
  scope: 'file',
  description: 'cluster / primary_region / data_servers[].region carries a network suffix (-intranet, -acceleration, …) instead of a plain region ID',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const site of file.all) {
        if (!isRegionField(site)) continue;
        const s = readRegion(site).suffix;
        if (!s) continue;
        // The suffix as written (`_intranet`, `-Intranet`); WHAT knows it by its normal form.
        const written = site.value.trim().slice(-s.suffix.length);
        report({
          ...at(site),
          message:
            `${quote(site.field)} is ${quote(site.value)}: ${quote(written)} is ${WHAT[s.suffix] ?? 'not part of a region ID'}. ` +
            `The installer always writes the plain region ID here; a value that is no region ID cannot match the project's region, and collection fails. ` +
            `Write the plain region ID ${quote(s.target)}${s.exact ? '' : ' (the nearest known ID to what is left without the suffix)'}.`,
          fix: replaceSite(site, s.target, `Replace ${JSON.stringify(site.value)} with ${JSON.stringify(s.target)}`),
        });
      }
    }
  },
});
