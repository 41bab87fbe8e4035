import { parseInstallParam, type EndpointProblem } from '../../knowledge/index.js';
import type { Fix } from '../../core/diagnostic.js';
import { defineRule } from '../types.js';
import { agentSites, at, canonicalHost, malformedProblems, quote, replaceSite, roleOf, withHost } from './util.js';
import type { AgentSite } from '../../facts/index.js';

export default defineRule({
  id: 'endpoint/malformed',
  severity: 'error',
  scope: 'file',
  description: 'An endpoint value the agent cannot use: empty, bare scheme, whitespace, bad scheme/port/host, install suffix in the host, missing logtail. prefix',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      for (const site of file.all) {
        for (const problem of explained(malformedProblems(site))) {
          const { what, fix } = describe(site, problem);
          report({ ...at(site), message: `${quote(site.field)}: ${what}`, fix });
        }
      }
    }
  },
});

/**
 * One value, one story: whitespace or a bad port already explains why the host is invalid, so
 * `invalid-host` is said only when nothing more specific is.
 */
function explained(problems: EndpointProblem[]): EndpointProblem[] {
  const specific = problems.some((p) => p.code === 'whitespace' || p.code === 'invalid-port');
  return specific ? problems.filter((p) => p.code !== 'invalid-host') : problems;
}

const FALLS_BACK = 'The agent cannot use it (its endpoint check, `StandardizeEndpoint`, rejects it)';

function describe(site: AgentSite, problem: EndpointProblem): { what: string; fix?: Fix } {
  const value = site.value;
  const p = site.parsed!;
  const plane = site.kind === 'config-server' ? 'fetch collection configs' : 'send logs';
  const replace = (next: string | undefined) =>
    next === undefined || next === value ? undefined : replaceSite(site, next, `Replace ${JSON.stringify(value)} with ${JSON.stringify(next)}`);
  switch (problem.code) {
    case 'empty':
      return { what: `the value is empty, so the agent has no host to ${plane === 'send logs' ? 'send logs to' : 'fetch collection configs from'}. Write the endpoint the installer writes for the project's region.` };
    case 'whitespace': {
      const trimmed = value.trim();
      const edge = trimmed !== value && !/\s/.test(trimmed);
      return {
        what:
          `${quote(JSON.stringify(value))} contains ${problem.detail ?? 'whitespace'}. The agent does not trim endpoints (StandardizeEndpoint), ` +
          `so the URL keeps the whitespace and its host name is invalid. Remove the whitespace.`,
        fix: edge ? replace(trimmed) : undefined,
      };
    }
    case 'empty-after-scheme':
      return { what: `${quote(value.trim())} has nothing after the scheme. ${FALLS_BACK}: it treats the value as invalid and falls back to its default. Write the full endpoint.` };
    case 'unsupported-scheme':
      return {
        what:
          `scheme ${quote(`${problem.detail ?? ''}://`)} is not supported: only \`http://\` and \`https://\` are. The agent puts \`http://\` in front of any ` +
          `other value, so the host becomes invalid. Remove the scheme or use \`https://\`.`,
      };
    case 'invalid-port':
      return {
        what:
          `${problem.detail ? `port ${quote(problem.detail)}` : 'the empty port after `:`'} is not a number from 1 to 65535, so no connection can be made. ` +
          `Remove it (the agent picks the port from the scheme and \`data_server_port\`).`,
      };
    case 'invalid-host':
      return { what: `${quote(problem.detail ?? value)} is not a valid host name or IPv4 address, so the agent cannot ${plane}. Write a host such as the one the installer writes.` };
    case 'install-suffix-in-host': {
      const label = p.regionLabel ?? '';
      const param = parseInstallParam(label.toLowerCase());
      const host = param ? canonicalHost(param.region, param.network, roleOf(site.kind)) : undefined;
      const next = host === undefined ? undefined : withHost(site, host);
      return {
        what:
          `the host carries the install parameter ${quote(label)}: ${quote(problem.detail ?? '')} only exists in \`logtail.sh install <param>\`, never in a host name, ` +
          `so this host does not exist.` +
          (next === undefined ? '' : ` For \`install ${label.toLowerCase()}\` the installer writes ${quote(next)} here.`),
        fix: replace(next),
      };
    }
    case 'unrecognized-aliyuncs-host':
      return {
        what:
          `${quote(problem.detail ?? p.host)} is an aliyuncs.com host but not an SLS endpoint form (\`<region>[-intranet|-internal|-share].log.aliyuncs.com\`, ` +
          `\`log-global.aliyuncs.com\`), so the agent cannot ${plane} there. Write the SLS endpoint of the project's region.`,
      };
    default:
      return { what: problem.code };
  }
}
