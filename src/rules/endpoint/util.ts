/**
 * Where an ilogtail_config.json / loongcollector_config.json names a region or an endpoint,
 * shared by the region/ and endpoint/ rules.
 *
 * Places read (per file; a config.d / instance_config partial is checked on its own):
 * - `config_server_address` (string), LoongCollector `config_servers[]` (strings): config servers;
 * - `data_server_list[].cluster` / `.endpoint`: one data group per entry;
 * - LoongCollector `primary_region`, `data_servers[].region` / `.endpoint_list[]`.
 *
 * The sites themselves are the reader's (src/facts/agent-config.ts: last value wins, as in
 * jsoncpp); this file says what they mean. Every site's range is the JSON string literal
 * **including its quotes**, and every fix replaces that whole literal.
 */
import {
  endpointFor,
  findRegion,
  INSTALLER_FINANCE_FORMS,
  parseEndpoint,
  REGION_SLIP_SUFFIXES,
  SPECIAL_ENDPOINTS,
  suggestRegion,
  type EndpointProblem,
  type EndpointProblemCode,
  type EndpointRole,
  type ParsedEndpoint,
  type RegionRow,
} from '../../knowledge/index.js';
import type { AgentSite, AgentSites, SiteKind } from '../../facts/index.js';
import type { Fleet } from '../../model/fleet.js';
import type { Fix, Range, RelatedLocation } from '../../core/diagnostic.js';
import type { Finding } from '../types.js';

/** Every agent config file's sites (a file with no value tree has none: src/readers/agent-config.ts). */
export function agentSites(fleet: Fleet): AgentSites[] {
  return fleet.agentConfigs.map((f) => f.sites);
}

export function roleOf(kind: SiteKind): EndpointRole {
  return kind === 'config-server' ? 'config-server' : 'data-server';
}

export const isRegionField = (s: AgentSite): boolean => s.kind === 'cluster' || s.kind === 'primary-region' || s.kind === 'data-region';

// ---------------------------------------------------------------------------------------------
// What region a site names
// ---------------------------------------------------------------------------------------------

export interface RegionReading {
  /** The known region the site names: exactly, or (region fields) with a network suffix left on. */
  row?: RegionRow;
  /** Region fields: a network suffix left on a region ID. `target` is the ID without it. */
  suffix?: { suffix: string; target: string; exact: boolean };
  /** Not a known region: the label as written and a did-you-mean. */
  unknown?: { label: string; suggestion?: string };
}

/**
 * What region a site names. Hosts without a region (custom gateways, `log-global`, other
 * aliyuncs hosts) and hosts with an install suffix in them (endpoint/malformed) read as `{}`.
 */
export function readRegion(site: AgentSite): RegionReading {
  if (site.parsed) {
    const p = site.parsed;
    if (p.region !== undefined) {
      const row = findRegion(p.region);
      return row ? { row } : {};
    }
    if (p.regionLabel === undefined || p.problems.some((x) => x.code === 'install-suffix-in-host')) return {};
    return { unknown: { label: p.regionLabel, suggestion: suggestRegion(p.regionLabel.toLowerCase()) } };
  }
  return readRegionId(site.value);
}

/** A region ID field (`cluster`, `primary_region`, `data_servers[].region`). */
export function readRegionId(value: string): RegionReading {
  const row = findRegion(value);
  if (row) return { row };
  const norm = value.trim().toLowerCase().replace(/_/g, '-');
  for (const suffix of REGION_SLIP_SUFFIXES) {
    if (!norm.endsWith(suffix) || norm.length <= suffix.length) continue;
    const base = norm.slice(0, -suffix.length);
    const exact = findRegion(base);
    if (exact) return { row: exact, suffix: { suffix, target: exact.id, exact: true } };
    const near = suggestRegion(base);
    if (near !== undefined) return { suffix: { suffix, target: near, exact: false } };
  }
  const finance = INSTALLER_FINANCE_FORMS[norm];
  const suggestion = finance !== undefined && finance !== value ? finance : suggestRegion(value);
  return { unknown: { label: value, suggestion } };
}

/** The known region a site names, for status and agreement checks (never a guess). */
export function regionOf(site: AgentSite): RegionRow | undefined {
  return readRegion(site).row;
}

// ---------------------------------------------------------------------------------------------
// Edits
// ---------------------------------------------------------------------------------------------

/** A fix that replaces the site's whole string literal with `next`. */
export function replaceSite(site: AgentSite, next: string, description: string): Fix {
  return { description, edits: [{ range: [site.offset, site.offset + site.length], text: JSON.stringify(next) }] };
}

/** The value with its host (as written) replaced by `host`; undefined when the host cannot be found. */
export function withHost(site: AgentSite, host: string): string | undefined {
  const p = site.parsed;
  if (!p || p.host === '') return undefined;
  const afterScheme = p.scheme !== undefined || /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(site.value) ? site.value.indexOf('://') + 3 : 0;
  const at = site.value.indexOf(p.host, afterScheme);
  if (at < 0) return undefined;
  return site.value.slice(0, at) + host + site.value.slice(at + p.host.length);
}

/** The host the installer writes for `region` on `network` in this role, or undefined. */
export function canonicalHost(region: string, network: ParsedEndpoint['network'], role: EndpointRole): string | undefined {
  const e = endpointFor(region, network, role);
  return e === undefined ? undefined : parseEndpoint(e, role).host;
}

/**
 * The site's value with its region label changed to `region`, when the result is exactly the
 * host the installer writes for that region and the same network (so a project prefix, a port
 * or an idpt domain is never mangled). Undefined otherwise.
 */
export function withRegion(site: AgentSite, region: string): string | undefined {
  const p = site.parsed;
  if (!p || p.regionLabel === undefined) return undefined;
  const want = canonicalHost(region, p.network, roleOf(site.kind));
  if (want === undefined) return undefined;
  const host = p.host;
  const lower = host.toLowerCase();
  const label = p.regionLabel.toLowerCase();
  for (let i = lower.indexOf(label); i >= 0; i = lower.indexOf(label, i + 1)) {
    const before = i === 0 ? '.' : lower[i - 1];
    const after = lower[i + label.length];
    if (before !== '.' || (after !== '.' && after !== '-')) continue;
    const candidate = lower.slice(0, i) + region + lower.slice(i + label.length);
    if (candidate === want) return withHost(site, want);
  }
  return undefined;
}

export function related(sites: readonly AgentSite[], message: (s: AgentSite) => string): RelatedLocation[] {
  return sites.map((s) => ({ file: s.file, range: s.range, message: message(s) }));
}

/** The common part of every finding at a site. */
export function at(site: AgentSite): Pick<Finding, 'file' | 'range' | 'pointer'> {
  return { file: site.file, range: site.range, pointer: site.pointer };
}

export function quote(s: string): string {
  return `\`${s}\``;
}

/**
 * For the region status rules: every known region a file names that `pick` selects, with the
 * places that name it (document order). One finding per region per file, at the first place,
 * keeps a config written for a closed region from producing one error per field.
 */
export function regionsNamed(file: AgentSites, pick: (row: RegionRow) => boolean): Array<{ row: RegionRow; sites: AgentSite[] }> {
  const byId = new Map<string, { row: RegionRow; sites: AgentSite[] }>();
  for (const site of file.all) {
    const row = regionOf(site);
    if (!row || !pick(row)) continue;
    const entry = byId.get(row.id) ?? { row, sites: [] };
    entry.sites.push(site);
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}

/** `cluster`, `primary_region`, `config_server_address` … for a list of places. */
export function placesOf(sites: readonly AgentSite[]): string {
  const names = sites.map((s) => quote(s.field));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Endpoint problems, split by what they do to the agent
// ---------------------------------------------------------------------------------------------

/** Problems that make the agent fail or fall back (endpoint/malformed). */
export const MALFORMED_CODES: ReadonlySet<EndpointProblemCode> = new Set<EndpointProblemCode>([
  'empty',
  'whitespace',
  'empty-after-scheme',
  'unsupported-scheme',
  'invalid-port',
  'invalid-host',
  'install-suffix-in-host',
  'unrecognized-aliyuncs-host',
]);

/**
 * Forms the installer never writes and whose effect the public code does not show
 * (endpoint/non-canonical). An upper-case scheme and a config server without `logtail.` are
 * here, not in MALFORMED_CODES: the code that reads `config_server_address` is closed-source
 * (docs/reference/agent-config.md §2.3 [ENT]), so what the agent makes of them is inferred.
 */
export const NON_CANONICAL_CODES: ReadonlySet<EndpointProblemCode> = new Set<EndpointProblemCode>([
  'uppercase-scheme',
  'missing-logtail-prefix',
  'path-present',
  'port-present',
  'userinfo-present',
  'uppercase-host',
  'trailing-dot',
  'extra-host-labels',
  'unexpected-logtail-prefix',
]);

/** The malformed problems of an endpoint site (endpoint/malformed), one per code. */
export function malformedProblems(site: AgentSite): EndpointProblem[] {
  return siteProblems(site, MALFORMED_CODES);
}

/**
 * The problems of an endpoint site among `codes`, one per code. `missing-logtail-prefix` is
 * left out where it is not a problem of its own: `log-global.aliyuncs.com` as a config server
 * (endpoint/network-mismatch says what to write instead), hosts with an install suffix (that
 * finding's fix writes the prefix too) and regions whose config-server form the reference does
 * not document (idpt).
 */
export function siteProblems(site: AgentSite, codes: ReadonlySet<EndpointProblemCode>): EndpointProblem[] {
  const p = site.parsed;
  if (!p) return [];
  const seen = new Set<EndpointProblemCode>();
  const out: EndpointProblem[] = [];
  for (const problem of p.problems) {
    if (!codes.has(problem.code) || seen.has(problem.code)) continue;
    if (problem.code === 'missing-logtail-prefix') {
      if (p.network === 'acceleration') continue;
      if (p.problems.some((x) => x.code === 'install-suffix-in-host')) continue; // its fix writes the prefix too
      if (p.region !== undefined && SPECIAL_ENDPOINTS[p.region] && canonicalHost(p.region, p.network, 'config-server') === undefined) continue;
    }
    seen.add(problem.code);
    out.push(problem);
  }
  return out;
}

/** The one known region the rest of the file names (other than `except`), or undefined. */
export function soleRegion(file: AgentSites, except?: AgentSite): RegionRow | undefined {
  let found: RegionRow | undefined;
  for (const s of file.all) {
    if (s === except) continue;
    const row = regionOf(s);
    if (!row) continue;
    if (found && found.id !== row.id) return undefined;
    found = row;
  }
  return found;
}
