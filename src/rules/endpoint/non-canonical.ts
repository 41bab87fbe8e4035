import type { EndpointProblem } from '../../knowledge/index.js';
import type { Fix } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';
import { agentSites, at, canonicalHost, NON_CANONICAL_CODES, quote, replaceSite, roleOf, siteProblems, withHost } from './util.js';
import type { AgentSite } from '../../facts/index.js';

export default defineRule({
  id: 'endpoint/non-canonical',
  severity: 'warning',
  scope: 'file',
  description: 'An SLS endpoint has a part the installer never writes: path, port, user info, project prefix, upper case, trailing dot, legacy -vpc',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const site of file.all) {
        const p = site.parsed;
        // Custom gateways may legitimately have ports and paths: endpoint/custom-host covers them.
        if (!p || p.network === 'custom') continue;
        for (const problem of siteProblems(site, NON_CANONICAL_CODES)) {
          const { what, fix } = describe(site, problem);
          report({ ...at(site), message: `${quote(site.field)}: ${what}`, fix });
        }
        if (p.network === 'vpc-legacy') {
          const { what, fix } = legacyVpc(site);
          report({ ...at(site), message: `${quote(site.field)}: ${what}`, fix });
        }
      }
    }
  },
});

const UNSEEN = 'The installer never writes this, and the code that reads these keys is not public, so whether the agent copes is unknown.';

function describe(site: AgentSite, problem: EndpointProblem): { what: string; fix?: Fix } {
  const p = site.parsed!;
  const value = site.value;
  const replace = (next: string | undefined) =>
    next === undefined || next === value ? undefined : replaceSite(site, next, `Replace ${JSON.stringify(value)} with ${JSON.stringify(next)}`);
  switch (problem.code) {
    case 'uppercase-scheme': {
      const name = problem.detail ?? '';
      const lead = value.length - value.trimStart().length;
      return {
        what:
          `scheme ${quote(`${name}://`)} is not lowercase. The agent's public endpoint code recognises only \`http://\` and \`https://\` exactly and puts ` +
          `\`http://\` in front of anything else (\`http://${name}://…\`), which would make the host invalid; whether the closed-source code that reads ` +
          `this key does the same is unknown. Write ${quote(`${name.toLowerCase()}://`)}.`,
        fix: replace(value.slice(0, lead) + name.toLowerCase() + value.slice(lead + name.length)),
      };
    }
    case 'missing-logtail-prefix': {
      const next = p.host === '' ? undefined : withHost(site, `logtail.${p.host}`);
      return {
        what:
          `the config server host ${quote(p.host)} lacks the \`logtail.\` prefix: that is the SLS API endpoint, not the Logtail config server the ` +
          `installer always writes (\`http://logtail.<endpoint>\`). ${UNSEEN}` +
          (next === undefined ? '' : ` Write ${quote(next)}.`),
        fix: replace(next),
      };
    }
    case 'path-present':
      return { what: `the endpoint has a path ${quote(problem.detail ?? '')}; SLS endpoints are a bare host. ${UNSEEN} Remove the path.` };
    case 'port-present':
      return {
        what:
          `the endpoint has a port ${quote(`:${problem.detail ?? ''}`)}. The installer writes a bare host, and the agent picks the port from the scheme ` +
          `and \`data_server_port\`. ${UNSEEN} Remove the port (use \`https://\` or \`data_server_port\` for HTTPS).`,
      };
    case 'userinfo-present':
      return { what: `the endpoint has user info before \`@\`. SLS authenticates with AccessKeys, not URL credentials, and the text may leak into logs. ${UNSEEN} Remove it.` };
    case 'uppercase-host': {
      return {
        what:
          `the host ${quote(p.host)} has upper-case letters. DNS ignores case, but the installer writes lower case` +
          (site.kind === 'config-server'
            ? `, and when it upgrades it derives the install parameter from this host and requires \`^[0-9a-z-]+$\`.`
            : '.') +
          ` Write it in lower case.`,
        fix: replace(withHost(site, p.host.toLowerCase())),
      };
    }
    case 'trailing-dot':
      return {
        what: `the host ${quote(p.host)} ends with a dot. ${UNSEEN} Remove the dot.`,
        fix: replace(withHost(site, p.host.slice(0, -1))),
      };
    case 'extra-host-labels': {
      const extra = problem.detail ?? '';
      const i = p.host.toLowerCase().indexOf(`${extra.toLowerCase()}.`);
      const host = i < 0 ? undefined : p.host.slice(0, i) + p.host.slice(i + extra.length + 1);
      return {
        what:
          `the host starts with ${quote(`${extra}.`)} before the region: \`<project>.<endpoint>\` is the API host that SDKs build per request, ` +
          `not an endpoint. ${UNSEEN} Write the bare endpoint${host ? ` ${quote(host)}` : ''}.`,
        fix: replace(host === undefined ? undefined : withHost(site, host)),
      };
    }
    case 'unexpected-logtail-prefix': {
      const host = p.host.replace(/^logtail\./i, '');
      return {
        what: `the data endpoint starts with \`logtail.\`, which only the config server host has. ${UNSEEN} Write ${quote(host)}.`,
        fix: replace(withHost(site, host)),
      };
    }
    default:
      return { what: problem.code };
  }
}

function legacyVpc(site: AgentSite): { what: string; fix?: Fix } {
  const p = site.parsed!;
  const region = p.region;
  const want = region === undefined ? undefined : canonicalHost(region, 'intranet', roleOf(site.kind));
  const candidate = region === undefined ? undefined : p.host.toLowerCase().replace(`${region}-vpc`, `${region}-intranet`);
  const next = want !== undefined && candidate === want ? withHost(site, want) : undefined;
  return {
    what:
      `the host uses the legacy \`-vpc\` label. The installer still reads a \`-vpc\` config host as the internal network, but no current SLS endpoint ` +
      `uses the label: the internal-network host is \`<region>-intranet.log.aliyuncs.com\`.${next === undefined ? '' : ` Write ${quote(next)}.`}`,
    fix: next === undefined || next === site.value ? undefined : replaceSite(site, next, `Replace ${JSON.stringify(site.value)} with ${JSON.stringify(next)}`),
  };
}
