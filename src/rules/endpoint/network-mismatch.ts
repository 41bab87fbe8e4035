import { endpointFor, type NetworkType } from '../../knowledge/index.js';
import { defineRule } from '../types.js';
import { agentSites, at, canonicalHost, quote, regionOf, related, replaceSite, soleRegion, withHost } from './util.js';
import type { AgentSite } from '../../facts/index.js';

/** How messages name a network type (docs/reference/sls-regions-and-iac.md A.1, B.1). */
export const NETWORK_WORDS: Record<NetworkType, string> = {
  intranet: 'the Alibaba Cloud internal network (`-intranet`)',
  internet: 'the Internet (public host)',
  acceleration: 'transfer acceleration (`log-global.aliyuncs.com`)',
  internal: 'the VPC-only internal domain (`-internal`)',
  share: 'the Alibaba Group inner network (`-share`)',
  dualstack: 'IPv6 dual stack (`.dualstack`)',
  corp: 'the Alibaba corp network',
  'vpc-legacy': 'the legacy `-vpc` label (read as the internal network)',
  custom: 'a custom host',
};

/** Networks whose pairs are not checked: no documented config-server form, or no known network. */
const UNCHECKED: ReadonlySet<NetworkType> = new Set(['custom', 'dualstack']);

/** A host whose network cannot be read from it (endpoint/malformed reports it). */
const unreadable = (s: AgentSite): boolean => !s.parsed || s.parsed.host === '' || s.parsed.problems.some((x) => x.code === 'install-suffix-in-host' || x.code === 'invalid-host');

/**
 * Config-server / data-server pairs the installer produces (B.1 table), plus acceleration with
 * either config-server form (B.2 "Switching an existing install to acceleration"). The legacy
 * `-vpc` config host is read by the installer as the internal network (B.2).
 */
export function pairAllowed(config: NetworkType, data: NetworkType): boolean {
  const c = config === 'vpc-legacy' ? 'intranet' : config;
  const d = data === 'vpc-legacy' ? 'intranet' : data;
  if (d === 'acceleration') return c === 'intranet' || c === 'internet';
  return c === d;
}

export default defineRule({
  id: 'endpoint/network-mismatch',
  severity: 'error',
  scope: 'file',
  description: 'The config server and data server endpoints are on a network pair the installer never writes (e.g. -intranet config server, public data endpoint)',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) {
      const configs = file.control.filter((s) => s.kind === 'config-server' && !unreadable(s));
      const datas = file.groups.flatMap((g) => g.endpoints).filter((s) => !unreadable(s));

      // log-global as the config server: it is the acceleration *data* host only.
      for (const c of configs) {
        if (c.parsed?.network !== 'acceleration') continue;
        const row = soleRegion(file, c);
        const host = row ? canonicalHost(row.id, 'acceleration', 'config-server') : undefined;
        const next = host === undefined ? undefined : withHost(c, host);
        report({
          ...at(c),
          message:
            `${quote(c.field)} is \`log-global.aliyuncs.com\`, the transfer-acceleration data host. With acceleration the config server stays ` +
            `the region's public one (\`http://logtail.<region>.log.aliyuncs.com\`) and only the data endpoint is \`log-global.aliyuncs.com\`. ` +
            (next === undefined ? 'Write the public config server of the project\'s region.' : `Write ${quote(next)}.`),
          fix: next === undefined ? undefined : replaceSite(c, next, `Replace ${JSON.stringify(c.value)} with ${JSON.stringify(next)}`),
        });
      }

      const checkedConfigs = configs.filter((c) => !UNCHECKED.has(c.parsed!.network) && c.parsed!.network !== 'acceleration');
      for (const d of datas) {
        const dn = d.parsed!.network;
        if (UNCHECKED.has(dn)) continue;
        // An entry for another region (a deliberate second data_server_list entry, often over the
        // Internet) is not one of the installer's pairs with this config server: not judged.
        const sameRegion = (c: (typeof checkedConfigs)[number]) => regionOf(c) === undefined || regionOf(d) === undefined || regionOf(c) === regionOf(d);
        const bad = checkedConfigs.filter((c) => sameRegion(c) && !pairAllowed(c.parsed!.network, dn));
        if (bad.length === 0) continue;
        const cn = bad[0].parsed!.network;
        report({
          ...at(d),
          message:
            `${quote(d.field)} is on ${NETWORK_WORDS[dn]}, but ${bad.map((c) => quote(c.field)).join(' and ')} ${bad.length > 1 ? 'are' : 'is'} on ${NETWORK_WORDS[cn]}: ` +
            `the installer never writes this pair, so one of them was changed by hand, and the host is unlikely to be on both networks. ` +
            `Use one network for both. ${installerPairs(regionOf(d) ?? regionOf(bad[0]) ?? soleRegion(file)?.id, cn, dn)}`,
          related: related(bad, (c) => `${quote(c.field)} is on ${NETWORK_WORDS[c.parsed!.network]}`),
        });
      }
    }
  },
});

function installerPairs(region: { id: string } | string | undefined, config: NetworkType, data: NetworkType): string {
  const id = typeof region === 'string' ? region : region?.id;
  if (id === undefined) return 'Reinstalling with `logtail.sh install <region>[-internet|-acceleration|...]` writes a matching pair.';
  const parts: string[] = [];
  for (const n of new Set<NetworkType>([config === 'vpc-legacy' ? 'intranet' : config, data === 'vpc-legacy' ? 'intranet' : data])) {
    const cs = endpointFor(id, n, 'config-server');
    const ds = endpointFor(id, n, 'data-server');
    if (cs && ds) parts.push(`on ${NETWORK_WORDS[n]} the installer writes ${quote(cs)} with ${quote(ds)}`);
  }
  return parts.length === 0 ? '' : `For ${quote(id)}, ${parts.join('; ')}.`;
}

