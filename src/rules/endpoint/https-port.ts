import { defineRule } from '../types.js';
import { agentSites, quote, related } from './util.js';
import type { AgentSite } from '../../facts/index.js';

export default defineRule({
  id: 'endpoint/https-port',
  severity: 'info',
  scope: 'file',
  description: 'data_server_port and an explicit http:// or https:// data endpoint say different things about the protocol',
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      const port = file.dataServerPort;
      if (!port) continue;
      const data = file.groups.flatMap((g) => g.endpoints);
      const withScheme = (scheme: 'http' | 'https'): AgentSite[] => data.filter((s) => s.parsed?.scheme === scheme && s.parsed.problems.every((x) => x.code !== 'uppercase-scheme'));
      const base = { file: file.file, range: port.range, pointer: port.pointer };
      if (port.value === 80) {
        const https = withScheme('https');
        if (https.length === 0) continue;
        report({
          ...base,
          message:
            `\`data_server_port\` is 80, which means HTTP, but ${https.map((s) => quote(s.field)).join(' and ')} ${https.length > 1 ? 'are' : 'is'} \`https://\`: ` +
            `with port 80 the agent still sends to an \`https://\` endpoint over HTTPS on port 443, so the 80 has no effect there. ` +
            `Remove \`data_server_port: 80\` (it changes nothing for \`https://\` endpoints), or set it to 443 to say HTTPS for every data endpoint.`,
          related: related(https, () => 'sent over HTTPS on port 443 despite data_server_port 80'),
        });
      } else if (port.value === 443) {
        const http = withScheme('http');
        if (http.length === 0) continue;
        report({
          ...base,
          message:
            `\`data_server_port\` is 443, which makes data upload use HTTPS (Logtail 1.0.10 or later), but ${http.map((s) => quote(s.field)).join(' and ')} ` +
            `${http.length > 1 ? 'are' : 'is'} written with \`http://\`. Which of the two wins is not documented. Write the endpoint without a scheme ` +
            `or with \`https://\` so both say HTTPS, or remove \`data_server_port\` if you meant HTTP.`,
          related: related(http, () => 'written with http:// while data_server_port is 443'),
        });
      }
    }
  },
});
