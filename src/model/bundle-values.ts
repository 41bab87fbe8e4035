/**
 * What one bundle tells SLS: region and network it talks to, custom identifiers, IP and accounts,
 * read the way the agent reads them.
 *
 * - Region and network: `data_server_list[0].cluster` / `.endpoint` and `config_server_address`
 *   (docs/reference/agent-config.md §6; docs/reference/sls-regions-and-iac.md B.1), LoongCollector's `primary_region` /
 *   `data_servers` / `config_servers`, the container's `ALIYUN_LOGTAIL_CONFIG` path
 *   `/etc/ilogtail/conf/<install-param>/ilogtail_config.json` (C.7), or an install parameter (B.1).
 * - Identifiers: user_defined_id lines as the agent keeps them (§4: trimmed of spaces only, empty
 *   lines dropped, nothing past 8 KiB), `ALIYUN_LOGTAIL_USER_DEFINED_ID` (§4: commas then spaces
 *   trimmed from the ends, split on `,`, each item trimmed of spaces and LF).
 * - Accounts: users/ entry names, `ALIYUN_LOGTAIL_USER_ID` (§3: spaces then commas trimmed from
 *   the ends, split on `,`, items NOT trimmed).
 * - IP: `working_ip` / `ALIYUN_LOGTAIL_WORKING_IP` is used verbatim; otherwise app_info.json
 *   shows the detected one (§5).
 */
import { isTemplated } from '../core/template.js';
import { FILE_START } from '../core/source-file.js';
import { parseInstallParam, type EndpointRole, type NetworkType } from '../knowledge/endpoints.js';
import { findRegion } from '../knowledge/regions.js';
import type { AgentConfigFact, AgentSite } from '../facts/index.js';
import type { Value } from '../core/value.js';
import { containerInstallParam } from '../knowledge/container-config-path.js';
import type { BundleFacts, BundleValue, BundleValueSource } from './types.js';

export interface BundleIdentity {
  region?: BundleValue;
  network?: BundleValue<NetworkType>;
  identifiers: BundleValue[];
  identifiersOpen: boolean;
  workingIp?: BundleValue;
  workingIpOpen: boolean;
  appInfoIp?: BundleValue;
  accounts: BundleValue[];
  accountsOpen: boolean;
  usersDirs: string[];
}

export function readBundleIdentity(f: BundleFacts): BundleIdentity {
  const out: BundleIdentity = {
    identifiers: [],
    identifiersOpen: false,
    workingIpOpen: false,
    accounts: [],
    accountsOpen: false,
    usersDirs: [],
  };
  readRegionAndNetwork(f, out);
  readIdentifiers(f, out);
  readAccounts(f, out);
  readIps(f, out);
  return out;
}

// ---------------------------------------------------------------- region and network

/** One statement of the region: a known region, or `open` (a value no join can trust). */
type RegionClaim = { region: BundleValue; network?: BundleValue<NetworkType> } | { open: true };

/**
 * Sources are taken in order of authority: the agent's config file, then the container's config
 * path, then install commands (which only generate a config). Within the first level that says
 * anything, all claims must agree on one known region; otherwise the region stays unknown (the
 * disagreement is other rules' finding, and a guess here would only add noise).
 */
function readRegionAndNetwork(f: BundleFacts, out: BundleIdentity): void {
  const levels: RegionClaim[][] = [f.agentConfigs.flatMap(agentConfigClaims), containerClaims(f), f.installCommands.flatMap(installClaims)];
  const claims = levels.find((l) => l.length > 0);
  if (!claims) return;
  let region: BundleValue | undefined;
  let network: BundleValue<NetworkType> | undefined;
  let networkConflict = false;
  for (const c of claims) {
    if ('open' in c) return;
    if (region && region.value !== c.region.value) return;
    region ??= c.region;
    if (c.network) {
      if (network && network.value !== c.network.value) networkConflict = true;
      network ??= c.network;
    }
  }
  out.region = region;
  if (!networkConflict) out.network = network;
}

/**
 * What one agent config says: the first data group (`data_server_list[0]`, LoongCollector
 * `data_servers[0]`), the config server and `primary_region`, as the reader read them (the last
 * occurrence of a repeated key, as the agent keeps it). The data endpoint decides the network;
 * the config server only when no data endpoint says.
 */
function agentConfigClaims(fact: AgentConfigFact): RegionClaim[] {
  // A file with no value tree has no sites (src/readers/agent-config.ts), so it claims nothing.
  const sites = fact.sites;
  const first = (kind: AgentSite['kind'], field: RegExp) => sites.all.find((s) => s.kind === kind && field.test(s.field));
  const PLACES = /^\/(?:data_server_list\/0\/(?:cluster|endpoint)|config_server_address|primary_region|data_servers\/0\/(?:region|endpoint_list\/0)|config_servers\/0)$/;
  const located = (s: AgentSite): BundleValue => ({ value: s.value, file: fact.file, range: s.range, pointer: s.pointer, source: 'agent-config' });
  const regions: RegionClaim[] = [];
  let dataNetwork: BundleValue<NetworkType> | undefined;
  let configNetwork: BundleValue<NetworkType> | undefined;
  const regionField = (s: AgentSite | undefined) => {
    if (!s || s.value.trim() === '') return;
    regions.push(findRegion(s.value) ? { region: located(s) } : { open: true });
  };
  const endpointField = (s: AgentSite | undefined, role: EndpointRole) => {
    if (!s || s.value.trim() === '') return;
    const e = s.parsed!;
    if (e.region) regions.push({ region: { ...located(s), value: e.region } });
    else if (e.regionLabel !== undefined) regions.push({ open: true });
    // log-global (acceleration) names no region, and a gateway is no SLS host: network only, if any.
    if (e.network === 'custom') return;
    if (role === 'data-server') dataNetwork ??= { ...located(s), value: e.network };
    else configNetwork ??= { ...located(s), value: e.network };
  };
  regionField(first('cluster', /^data_server_list\[0\]/));
  endpointField(first('data-endpoint', /^data_server_list\[0\]/), 'data-server');
  endpointField(first('config-server', /^config_server_address$/), 'config-server');
  regionField(first('primary-region', /^primary_region$/));
  regionField(first('data-region', /^data_servers\[0\]/));
  endpointField(first('data-endpoint', /^data_servers\[0\]\.endpoint_list\[0\]$/), 'data-server');
  endpointField(first('config-server', /^config_servers\[0\]$/), 'config-server');
  // A placeholder where a region or endpoint belongs: rendered at deploy time, any region.
  if (sites.placeholders.some((p) => PLACES.test(p))) regions.push({ open: true });
  const network = dataNetwork ?? configNetwork;
  return regions.map((c) => ('open' in c || !network ? c : { region: c.region, network }));
}

function containerClaims(f: BundleFacts): RegionClaim[] {
  const v = f.container?.configPath;
  if (!v || !f.container) return [];
  if (!v.known) return [{ open: true }];
  const param = containerInstallParam(v, undefined);
  if (!param) return [];
  return installParamClaim(param.value, { value: v.value, file: f.container.file, range: v.range, pointer: v.pointer, source: 'container-config' });
}

function installClaims(c: BundleFacts['installCommands'][number]): RegionClaim[] {
  if (!c.param.known) return [{ open: true }];
  return installParamClaim(c.param.value, { value: c.param.value, file: c.file, range: c.param.range, pointer: c.param.pointer, source: 'install-command' });
}

function installParamClaim(param: string, at: BundleValue): RegionClaim[] {
  const p = parseInstallParam(param);
  // `auto` resolves on the host from ECS metadata: nothing the repo states.
  if (!p || !findRegion(p.region)) return [{ open: true }];
  return [{ region: { ...at, value: p.region }, network: { ...at, value: p.network } }];
}

// ---------------------------------------------------------------- identifiers

function readIdentifiers(f: BundleFacts, out: BundleIdentity): void {
  const seen = new Set<string>();
  const add = (v: BundleValue) => {
    if (v.value === '' || seen.has(v.value)) return;
    seen.add(v.value);
    out.identifiers.push(v);
  };
  for (const file of f.userDefinedIds) {
    for (const line of file.lines) {
      if (line.unread || line.id === '') continue;
      if (isTemplated(line.id)) out.identifiersOpen = true; // rendered at deploy time
      else add({ value: line.id, file: file.file, range: line.range, source: 'user_defined_id' });
    }
  }
  const env = f.container?.userDefinedId;
  if (env && f.container) {
    if (!env.known) out.identifiersOpen = true;
    else for (const id of splitUserDefinedIdEnv(env.value)) add({ ...fromValue(env, f.container.file, id, 'env'), variable: 'ALIYUN_LOGTAIL_USER_DEFINED_ID' });
  }
  for (const w of f.identityWrites) {
    if (w.target !== 'user_defined_id') continue;
    if (!w.value.known) out.identifiersOpen = true;
    else for (const line of w.value.value.split('\n')) add(fromValue(w.value, w.file, trimSpaces(line), 'script'));
  }
}

/** `ALIYUN_LOGTAIL_USER_DEFINED_ID` as the agent splits it (docs/reference/agent-config.md §4). */
export function splitUserDefinedIdEnv(raw: string): string[] {
  const ends = trimSpaces(raw.replace(/^,+|,+$/g, ''));
  return ends.split(',').map((s) => s.replace(/^[ \n]+|[ \n]+$/g, '')).filter((s) => s !== '');
}

/** `ALIYUN_LOGTAIL_USER_ID` as the agent splits it (docs/reference/agent-config.md §3): items keep their spaces. */
export function splitUserIdEnv(raw: string): string[] {
  const ends = trimSpaces(raw).replace(/^,+|,+$/g, '');
  return ends.split(',');
}

const trimSpaces = (s: string) => s.replace(/^ +| +$/g, '');

// ---------------------------------------------------------------- accounts

function readAccounts(f: BundleFacts, out: BundleIdentity): void {
  const dirs = new Set<string>();
  for (const e of f.usersEntries) {
    dirs.add(e.dir);
    // The users/ folder itself is no account; dot entries are skipped by the agent (§3).
    if (e.usersDir || e.file === e.dir || e.name === '' || e.name.startsWith('.')) continue;
    if (isTemplated(e.name)) {
      out.accountsOpen = true; // rendered at deploy time
      continue;
    }
    out.accounts.push({ value: e.name, file: e.file, range: FILE_START, source: 'users' });
  }
  out.usersDirs = [...dirs].sort();
  const env = f.container?.userId;
  if (env && f.container) {
    if (!env.known) out.accountsOpen = true;
    else for (const id of splitUserIdEnv(env.value)) if (id !== '') out.accounts.push({ ...fromValue(env, f.container.file, id, 'env'), variable: 'ALIYUN_LOGTAIL_USER_ID' });
  }
  for (const w of f.identityWrites) {
    if (w.target !== 'users') continue;
    if (!w.value.known) out.accountsOpen = true;
    else if (w.value.value !== '') out.accounts.push(fromValue(w.value, w.file, w.value.value, 'script'));
  }
}

// ---------------------------------------------------------------- IP

function readIps(f: BundleFacts, out: BundleIdentity): void {
  // A partial (instance_config/local, config.d) file is merged over the main file: it wins.
  const configs = [...f.agentConfigs].sort((a, b) => (a.role === b.role ? 0 : a.role === 'partial' ? -1 : 1));
  for (const c of configs) {
    const ip = c.sites.workingIp;
    if (!ip) continue;
    if (!ip.known) {
      out.workingIpOpen = true; // rendered at deploy time
      break;
    }
    if (ip.value === '') continue; // empty: the agent detects the IP itself
    out.workingIp = { value: ip.value, file: c.file, range: ip.range, pointer: '/working_ip', source: 'agent-config' };
    break;
  }
  const env = f.container?.workingIp;
  if (!out.workingIp && env && f.container) {
    if (!env.known) out.workingIpOpen = true;
    else if (env.value !== '') out.workingIp = { ...fromValue(env, f.container.file, env.value, 'env'), variable: 'ALIYUN_LOGTAIL_WORKING_IP' };
  }
  for (const a of f.appInfos) {
    if (a.ip?.known && a.ip.value !== '') {
      out.appInfoIp = fromValue(a.ip, a.file, a.ip.value, 'app_info');
      break;
    }
  }
}

function fromValue(v: Value<string>, file: string, value: string, source: BundleValueSource): BundleValue {
  return v.pointer === undefined ? { value, file, range: v.range, source } : { value, file, range: v.range, pointer: v.pointer, source };
}
