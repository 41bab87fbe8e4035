import { defineRule } from '../types.js';
import { agentSites, at, malformedProblems, quote, soleRegion } from './util.js';

export default defineRule({
  id: 'endpoint/custom-host',
  severity: 'warning',
  scope: 'file',
  description: 'config_server_address or a data endpoint is a custom gateway/proxy host whose region and network logtail-lint cannot check',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      const row = soleRegion(file);
      for (const site of file.all) {
        const p = site.parsed;
        if (!p || p.network !== 'custom' || p.host === '' || malformedProblems(site).length > 0) continue;
        report({
          ...at(site),
          message:
            `${quote(site.field)} is ${quote(p.host)}, not an SLS endpoint: a gateway or proxy in front of SLS, which the docs allow ` +
            `(a server in a corporate intranet). logtail-lint cannot check which region or network it forwards to. ` +
            `Make sure it forwards to the SLS ${site.kind === 'config-server' ? 'config server' : 'data endpoint'} of ` +
            `${row ? `region ${quote(row.id)}` : "the project's region"}, then silence this warning for the file if you wish.`,
        });
      }
    }
  },
});
