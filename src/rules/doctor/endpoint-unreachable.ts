import type { HostRuntime, ProbeResult } from '../../facts/host-runtime.js';
import { defineRule } from '../types.js';
import { hostOf } from './util.js';

/**
 * Seed step 4: an endpoint the host's config names gave no HTTP answer at all. Says which phase
 * failed (DNS, TCP connect, TLS, or no answer in time) and on which port, with the fix for that
 * phase (doctor-live-host.md §0 step 4, §5.1 "traces on failure"). Attached to the config value
 * that names the endpoint.
 */
export default defineRule({
  id: 'doctor/endpoint-unreachable',
  severity: 'error',
  description: 'An SLS endpoint of the host config gives no HTTP answer (DNS, TCP connect, TLS or timeout, per port)',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.probes.checked) return;
    const proxy = agentProxy(host.rt);
    for (const p of host.rt.probes.value) {
      if (p.answered) continue;
      const t = p.target;
      report({
        file: t.site.file,
        range: t.site.range,
        pointer: t.site.pointer,
        message:
          `${describeTarget(p)} gave no answer on port ${t.port} (${t.tls ? 'HTTPS' : 'HTTP'}): ${failure(p)} ${fixFor(p)}` +
          (proxy ? ` (The agent runs with ${proxy}, and the doctor connects directly: if the host reaches SLS only through that proxy, this is not the agent's path.)` : ''),
      });
    }
  },
});

/** A proxy variable in a running agent's environ (the docs have users set it in the init script). */
function agentProxy(rt: HostRuntime): string | undefined {
  if (!rt.processes.checked) return undefined;
  for (const p of rt.processes.value.agents) {
    const key = Object.keys(p.env).find((k) => /^(https?|all)_proxy$/i.test(k));
    if (key) return `${key}=${p.env[key]}`;
  }
  return undefined;
}

export function describeTarget(p: ProbeResult): string {
  const t = p.target;
  const what =
    t.role === 'config-server'
      ? `The config server ${t.host} (${t.site.field})`
      : t.role === 'project'
        ? `The project endpoint ${t.host} (project ${t.project} at ${t.site.field})`
        : t.role === 'sls-admin'
          ? `The SLS admin endpoint ${t.host} (from ${t.site.field})`
          : `The data endpoint ${t.host} (${t.site.field})`;
  return p.via === 'connect-to' && p.address ? `${what}, connected to ${p.address} by --connect-to,` : what;
}

function failure(p: ProbeResult): string {
  const e = p.error ?? { code: 'ERR', message: 'no answer' };
  const ms = `${Math.round(p.timings.total)} ms`;
  switch (p.failedAt) {
    case 'dns':
      return p.timedOut ? `the DNS lookup did not finish within ${ms}.` : `the name does not resolve (${e.code}, ${ms}).`;
    case 'connect':
      return p.timedOut ? `the TCP connection to ${p.address ?? 'it'} was not accepted within ${ms} (packets dropped).` : `the TCP connection to ${p.address ?? 'it'} failed (${e.code}, ${ms}).`;
    case 'tls':
      return p.timedOut ? `the TLS handshake did not finish within ${ms}.` : `the TLS handshake failed (${e.code}: ${e.message}).`;
    default:
      return p.timedOut ? `connected, but no HTTP answer came within ${ms}.` : `connected, but the connection was cut before an answer (${e.code}).`;
  }
}

function fixFor(p: ProbeResult): string {
  const heartbeat = 'The agent sends its heartbeat and fetches its configuration over this path, so the machine group shows FAIL.';
  switch (p.failedAt) {
    case 'dns':
      return `${heartbeat} -intranet and -vpc endpoints resolve only inside Alibaba Cloud (its internal DNS): off ECS, or in another region, use the internet endpoint of the project's region; else check /etc/resolv.conf.`;
    case 'connect':
      return p.error?.code === 'ECONNREFUSED'
        ? `${heartbeat} Something refuses port ${p.target.port}: allow outbound TCP ${p.target.port} to *.log.aliyuncs.com in the host firewall, security group or proxy.`
        : `${heartbeat} Allow outbound TCP ${p.target.port} to *.log.aliyuncs.com (host firewall, security group, network ACL), or fix the route.`;
    case 'tls':
      return `${heartbeat} A proxy that intercepts HTTPS, a missing CA bundle or a wrong system clock breaks TLS: let *.log.aliyuncs.com through without inspection.`;
    default:
      return `${heartbeat} A proxy or firewall accepts the connection but does not pass the request: let *.log.aliyuncs.com through, or configure the proxy for the agent.`;
  }
}
