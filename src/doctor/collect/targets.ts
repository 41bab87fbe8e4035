/**
 * Which endpoints step 4 probes, from the host's own startup config (the fleet's view of it): the
 * config server over HTTP and HTTPS (seed step 4; the diagnostic tool's "port 443 disabled" case),
 * and for each data endpoint `http://<project>.<endpoint>` for every known project and
 * `http://ali-<region>-sls-admin.<endpoint>`. Without a known project the data endpoint itself is
 * probed, so the data path is never left out.
 */
import type { AgentSite } from '../../facts/agent-config.js';
import type { EndpointTarget } from '../../facts/host-runtime.js';
import type { HostBundle } from '../../model/types.js';

const siteOf = (s: AgentSite): EndpointTarget['site'] => ({ file: s.file, pointer: s.pointer, field: s.field, range: s.range });

export function endpointTargets(bundle: HostBundle | undefined, projects: readonly string[]): EndpointTarget[] {
  if (!bundle) return [];
  const out = new Map<string, EndpointTarget>();
  const add = (t: Omit<EndpointTarget, 'url'>) => {
    const url = `${t.tls ? 'https' : 'http'}://${t.host}${t.port === (t.tls ? 443 : 80) ? '' : `:${t.port}`}/`;
    if (!out.has(url)) out.set(url, { ...t, url });
  };
  for (const config of bundle.facts.agentConfigs) {
    for (const s of config.sites.control) {
      const p = s.parsed;
      if (s.kind !== 'config-server' || !p || !usableHost(p.host)) continue;
      if (p.port !== undefined) add({ role: 'config-server', host: p.host, port: p.port, tls: p.scheme === 'https', site: siteOf(s) });
      else {
        add({ role: 'config-server', host: p.host, port: 80, tls: false, site: siteOf(s) });
        add({ role: 'config-server', host: p.host, port: 443, tls: true, site: siteOf(s) });
      }
    }
    for (const g of config.sites.groups) {
      const region = g.region?.value ?? bundle.region?.value;
      for (const s of g.endpoints) {
        const p = s.parsed;
        if (!p || !usableHost(p.host)) continue;
        const tls = p.scheme === 'https';
        const port = p.port ?? (tls ? 443 : 80);
        const valid = projects.filter((name) => /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(name));
        for (const project of valid) add({ role: 'project', host: `${project}.${p.host}`, port, tls, site: siteOf(s), project });
        if (valid.length === 0) add({ role: 'data-endpoint', host: p.host, port, tls, site: siteOf(s) });
        if (region && /^[a-z0-9-]+$/.test(region)) add({ role: 'sls-admin', host: `ali-${region}-sls-admin.${p.host}`, port, tls, site: siteOf(s) });
      }
    }
  }
  return [...out.values()];
}

const usableHost = (h: string): boolean => h !== '' && /^[A-Za-z0-9.-]+$/.test(h);
