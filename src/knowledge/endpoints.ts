/**
 * The SLS endpoint grammar: what each network type looks like in `config_server_address`,
 * `data_server_list[].endpoint` and the installer parameter.
 *
 * Sources: docs/reference/sls-regions-and-iac.md A.1, B.1, B.2 (keys S1..S17) and
 * docs/reference/agent-config.md §6. This module only describes; severities are the
 * rules' business, so problems are recorded as data.
 */
import { findRegion, REGION_IDS_LONGEST_FIRST } from './regions.js';

export type NetworkType =
  | 'intranet'
  | 'internet'
  | 'acceleration'
  | 'internal'
  | 'share'
  | 'dualstack'
  | 'corp'
  | 'vpc-legacy'
  | 'custom';

export type EndpointRole = 'config-server' | 'data-server';

export interface NetworkTypeRow {
  network: NetworkType;
  /** Install parameter suffix: '' for the default (bare region); absent when no parameter selects it. */
  installSuffix?: string;
  /** `config_server_address` the installer writes (`<r>` = region ID); absent when undocumented. */
  configServer?: string;
  /** `data_server_list[0].endpoint` the installer writes, or the documented host form. */
  dataServer?: string;
  /** The form applies to every region (false: only the regions in SPECIAL_ENDPOINTS). */
  anyRegion: boolean;
  description: string;
  note?: string;
  source: string;
}

/** One row per network type. `<r>` stands for the region ID. */
export const NETWORK_TYPES: readonly NetworkTypeRow[] = Object.freeze([
  {
    network: 'intranet',
    installSuffix: '',
    configServer: 'http://logtail.<r>-intranet.log.aliyuncs.com',
    dataServer: '<r>-intranet.log.aliyuncs.com',
    anyRegion: true,
    description: 'Alibaba Cloud internal network (classic + VPC); the installer default, also `auto` on ECS',
    note: 'resolves only through Alibaba Cloud internal DNS (100.100.2.136 / 100.100.2.138) [S1]',
    source: 'A.1 [S1,S2,S3]; B.1 [S6,S7]; agent-config §6',
  },
  {
    network: 'internet',
    installSuffix: '-internet',
    configServer: 'http://logtail.<r>.log.aliyuncs.com',
    dataServer: '<r>.log.aliyuncs.com',
    anyRegion: true,
    description: 'public Internet',
    source: 'A.1 [S1,S2,S3]; B.1 [S6,S7]; agent-config §6',
  },
  {
    network: 'acceleration',
    installSuffix: '-acceleration',
    configServer: 'http://logtail.<r>.log.aliyuncs.com',
    dataServer: 'log-global.aliyuncs.com',
    anyRegion: true,
    description: 'transfer acceleration: one global data host; the config server stays the public one',
    note:
      'must be enabled on the project first; `cluster` stays the plain region ID; switching an existing ' +
      'install changes only the data endpoint, so an -intranet config server is also valid [S3,S8]; the Go ' +
      "side's GuessRegionByEndpoint reads the region as `log-global` (agent-config §6 [INF])",
    source: 'A.1 [S1,S3]; B.1, B.2 [S3,S6,S8]; agent-config §6',
  },
  {
    network: 'internal',
    installSuffix: '-internal',
    configServer: 'http://logtail.<r>-internal.log.aliyuncs.com',
    dataServer: '<r>-internal.log.aliyuncs.com',
    anyRegion: true,
    description: 'VPC-only internal domain (reachable over CEN, Express Connect or VPN)',
    note:
      'installer v1.5.x only (not in the 1.8 GenerateLogtailConfigByInstallParam); which regions have it ' +
      'is only partly covered by the reference (S5 list)',
    source: 'A.1 [S5]; B.1 [S6]',
  },
  {
    network: 'share',
    installSuffix: '-inner',
    configServer: 'http://logtail.<r>-share.log.aliyuncs.com',
    dataServer: '<r>-share.log.aliyuncs.com',
    anyRegion: true,
    description: 'Alibaba Group inner / cross-region "share" domain (install suffix -inner)',
    source: 'A.1 [S1,S6,S7]; B.1 [S6,S7]; agent-config §6',
  },
  {
    network: 'dualstack',
    dataServer: '<r>.dualstack.log.aliyuncs.com',
    anyRegion: true,
    description: 'IPv6 dual stack, only in the regions marked dualStack',
    note: 'no installer parameter and no documented config-server form',
    source: 'A.1 [S1]',
  },
  {
    network: 'corp',
    configServer: 'http://logtail.cn-hangzhou-corp.sls.aliyuncs.com',
    dataServer: 'cn-hangzhou-corp.sls.aliyuncs.com',
    anyRegion: false,
    description: 'Alibaba-internal corp network; not for customers',
    note: 'install parameter cn-hangzhou-corp or cn-shanghai-corp (mapped to cn-hangzhou-corp)',
    source: 'A.1, B.1 [S6,S7]; agent-config §6',
  },
  {
    network: 'vpc-legacy',
    anyRegion: false,
    description: 'legacy `<r>-vpc` label: the installer reads such a config host as VPC (intranet)',
    note: 'install parameter `-vpc` is stripped and installs intranet; no current host uses it',
    source: 'A.1, B.2 [S6]; agent-config §6',
  },
  {
    network: 'custom',
    anyRegion: false,
    description: 'any other host: a gateway or proxy in front of SLS (not an error in itself)',
    source: 'B.2 [S3]',
  },
] satisfies NetworkTypeRow[]);

const NETWORK_BY_TYPE = new Map(NETWORK_TYPES.map((n) => [n.network, n]));

interface SpecialEndpoint {
  configServer?: string;
  dataServer: string;
}

/** Regions whose endpoints do not follow the `<r>.log.aliyuncs.com` grammar: only the listed networks exist. */
export const SPECIAL_ENDPOINTS: Readonly<
  Record<string, { networks: Partial<Record<NetworkType, SpecialEndpoint>>; note?: string; source: string }>
> = Object.freeze({
  'cn-hangzhou-corp': {
    networks: {
      corp: { configServer: 'http://logtail.cn-hangzhou-corp.sls.aliyuncs.com', dataServer: 'cn-hangzhou-corp.sls.aliyuncs.com' },
    },
    source: 'A.1, B.1 [S6,S7]; agent-config §6',
  },
  'cn-hangzhou-idpt-2': {
    networks: {
      intranet: { dataServer: 'log-intranet.cn-hangzhou-idpt-2.idptcloud01cs.com' },
      internal: { dataServer: 'log-internal.cn-hangzhou-idpt-2.idptcloud01cs.com' },
      internet: { dataServer: 'log.cn-hangzhou-idpt-2.idptcloud01cs.com' },
    },
    note: 'the reference names the three data domains but not the config_server_address form',
    source: 'A.2 [S6]',
  },
  'cn-heyuan-acdr-1': {
    networks: {
      internal: {
        configServer: 'http://logtail.cn-heyuan-acdr-1-internal.log.aliyuncs.com',
        dataServer: 'cn-heyuan-acdr-1-internal.log.aliyuncs.com',
      },
    },
    note: 'only the -internal domain is documented; its config server follows the B.1 `-internal` row',
    source: 'A.2 [S5]; B.1 [S6]',
  },
});

/**
 * What the installer writes for `region` on `network` (B.1; config server with its `http://logtail.`
 * prefix), or the documented host form. Undefined for unknown regions and undocumented forms.
 */
export function endpointFor(region: string, network: NetworkType, role: EndpointRole): string | undefined {
  const row = findRegion(region);
  if (!row) return undefined;
  const special = SPECIAL_ENDPOINTS[region];
  if (special) {
    const e = special.networks[network];
    return role === 'config-server' ? e?.configServer : e?.dataServer;
  }
  const t = NETWORK_BY_TYPE.get(network);
  if (!t || !t.anyRegion) return undefined;
  if (network === 'dualstack' && !row.dualStack) return undefined;
  const pattern = role === 'config-server' ? t.configServer : t.dataServer;
  return pattern?.replace('<r>', region);
}

// ---------------------------------------------------------------------------------------------
// Install parameters
// ---------------------------------------------------------------------------------------------

/** The installer's finance forms (S6); it uses packaged configs for them, so the region mapping is [I]. */
export const INSTALLER_FINANCE_FORMS: Readonly<Record<string, string>> = Object.freeze({
  'cn-hangzhou-finance': 'cn-hangzhou-finance',
  'cn-shanghai-finance': 'cn-shanghai-finance-1',
  'cn-shenzhen-finance': 'cn-shenzhen-finance-1',
});

/** Install-parameter region IDs the installer rewrites (B.1, agent-config §6). */
const CORP_ALIASES = new Set(['cn-hangzhou-corp', 'cn-shanghai-corp']);

const INSTALL_SUFFIXES = NETWORK_TYPES.filter((n) => n.installSuffix).map((n) => ({
  suffix: n.installSuffix as string,
  network: n.network,
}));

export interface InstallParam {
  /** Region ID the config is generated for (`auto`: resolved on the ECS host). */
  region: string;
  network: NetworkType;
  /** The parameter after the installer's own normalisation (`_` → `-`, `-vpc` removed). */
  normalized: string;
  notes: string[];
}

/**
 * Read `logtail.sh install <param>` the way the installer does (B.1: S6 normalize_region and
 * generate_default_config_file; agent-config §6: S7 GenerateLogtailConfigByInstallParam).
 * Undefined when the text cannot be a parameter (empty, placeholders, spaces).
 */
export function parseInstallParam(param: string): InstallParam | undefined {
  const raw = param.trim();
  if (!/^[A-Za-z0-9_-]+$/.test(raw)) return undefined;
  const notes: string[] = [];
  let normalized = raw.replace(/_/g, '-');
  if (normalized !== raw) notes.push('`_` is read as `-` (installer normalize_region, S6; S7 accepts both)');
  const noVpc = normalized.replace(/-vpc(?=-|$)/g, '');
  if (noVpc !== normalized) {
    normalized = noVpc;
    notes.push('legacy `-vpc` is stripped by the installer, which then installs the intranet network (S6)');
  }
  if (/[A-Z]/.test(normalized)) notes.push('region IDs are lowercase; the installer expects ^[0-9a-z-]+$ (S6)');

  let region = normalized;
  let network: NetworkType = 'intranet';
  for (const { suffix, network: n } of INSTALL_SUFFIXES) {
    if (normalized.endsWith(suffix) && normalized.length > suffix.length) {
      region = normalized.slice(0, -suffix.length);
      network = n;
      break;
    }
  }
  if (region === '' || region.startsWith('-') || region.endsWith('-')) return undefined;

  if (CORP_ALIASES.has(region)) {
    if (region !== 'cn-hangzhou-corp') notes.push(`${region} is mapped to cn-hangzhou-corp by the installer (S6,S7)`);
    if (network !== 'intranet') notes.push('the suffix has no effect: the corp row applies to the region left after it (agent-config §6 table) [I]');
    notes.push('cn-hangzhou-corp is Alibaba-internal, not for customers');
    return { region: 'cn-hangzhou-corp', network: 'corp', normalized, notes };
  }
  const finance = INSTALLER_FINANCE_FORMS[region];
  if (finance !== undefined) {
    if (finance !== region) notes.push(`installer form ${region} taken as region ${finance} [I: mapping not documented]`);
    if (network !== 'intranet' && network !== 'internet') notes.push('the installer documents only the bare and -internet finance forms (S6)');
    notes.push('the installer uses the config packaged for this finance parameter, which may differ from the template [I] (S6)');
    region = finance;
  } else {
    const row = findRegion(region);
    if (row?.category === 'finance') notes.push('finance regions: the installer documents only cn-{hangzhou,shanghai,shenzhen}-finance[-internet]; packaged configs may differ from the template [I] (S6)');
    if (row?.category === 'gov') notes.push('packaged configs for the gov region may differ from the template [I] (B.1 caveat)');
    if (region === 'cn-hangzhou-idpt-2') notes.push('endpoints are under idptcloud01cs.com (S6)');
  }
  if (region === 'auto') {
    notes.push('`auto` resolves the region from ECS metadata (100.100.100.200): only works on ECS (S6)');
    if (network !== 'intranet') notes.push('`auto` with a network suffix is not documented [I]');
  }
  if (network === 'internal') notes.push('`-internal` exists only in installer v1.5.x, not in the 1.8 agent (S6 vs S7)');
  if (network === 'acceleration') notes.push('data goes to log-global.aliyuncs.com, `cluster` stays the plain region, and acceleration must be enabled on the project (B.1, S1,S3)');
  return { region, network, normalized, notes };
}

// ---------------------------------------------------------------------------------------------
// Endpoint values
// ---------------------------------------------------------------------------------------------

export type EndpointProblemCode =
  | 'empty'
  | 'whitespace'
  | 'empty-after-scheme'
  | 'unsupported-scheme'
  | 'uppercase-scheme'
  | 'trailing-slash'
  | 'path-present'
  | 'port-present'
  | 'invalid-port'
  | 'userinfo-present'
  | 'uppercase-host'
  | 'trailing-dot'
  | 'invalid-host'
  | 'missing-logtail-prefix'
  | 'unexpected-logtail-prefix'
  | 'extra-host-labels'
  | 'install-suffix-in-host'
  | 'unrecognized-aliyuncs-host';

export interface EndpointProblem {
  code: EndpointProblemCode;
  detail?: string;
  /** A corrected value, when the grammar makes one obvious (e.g. the region for `install-suffix-in-host`). */
  suggestion?: string;
  /** UTF-16 offsets in `raw` of the offending part, [start, end). */
  at?: [number, number];
}

export interface ParsedEndpoint {
  raw: string;
  scheme?: 'http' | 'https';
  host: string;
  port?: number;
  path?: string;
  network: NetworkType;
  region?: string;
  /** region label exactly as written in the host, before lookup */
  regionLabel?: string;
  /** for config_server_address: host started with `logtail.` */
  logtailPrefix?: boolean;
  problems: EndpointProblem[];
}

const LOG_DOMAIN = '.log.aliyuncs.com';
const SLS_DOMAIN = '.sls.aliyuncs.com';
const IDPT_DOMAIN = '.idptcloud01cs.com';
const GLOBAL_HOST = 'log-global.aliyuncs.com';

/** Host-label suffix → network (A.1; installer get_install_param_from_config_file, S6). */
const LABEL_SUFFIXES: ReadonlyArray<[string, NetworkType]> = [
  ['-intranet', 'intranet'],
  ['-internal', 'internal'],
  ['-share', 'share'],
  ['-vpc', 'vpc-legacy'],
];
/** First label of an idpt host → network (A.2 [S6]). */
const IDPT_PREFIXES: Readonly<Record<string, NetworkType>> = { 'log-intranet': 'intranet', 'log-internal': 'internal', log: 'internet' };
/** Install suffixes that do not exist in host names (B.1). */
const INSTALL_ONLY_SUFFIXES = ['-internet', '-inner', '-acceleration'];

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Split an endpoint value into scheme, host, port and path, and classify its network and region.
 * The agent's StandardizeEndpoint (agent-config §6) decides what is accepted: no scheme means http,
 * one trailing `/` is stripped, a bare `http://` is invalid. Everything odd lands in `problems`.
 */
export function parseEndpoint(raw: string, role: EndpointRole): ParsedEndpoint {
  const problems: EndpointProblem[] = [];
  const out: ParsedEndpoint = { raw, host: '', network: 'custom', problems };
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text !== raw) problems.push({ code: 'whitespace', detail: 'leading or trailing whitespace', at: [0, raw.length] });
  if (/\s/.test(text)) problems.push({ code: 'whitespace', detail: 'whitespace inside the value', at: [lead, lead + text.length] });
  if (text === '') {
    problems.push({ code: 'empty' });
    return out;
  }

  let rest = text;
  let off = lead;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    const name = scheme[1];
    const lower = name.toLowerCase();
    if (lower === 'http' || lower === 'https') {
      out.scheme = lower;
      if (name !== lower) problems.push({ code: 'uppercase-scheme', detail: name, at: [off, off + name.length] });
    } else {
      problems.push({ code: 'unsupported-scheme', detail: name, at: [off, off + name.length] });
    }
    rest = rest.slice(scheme[0].length);
    off += scheme[0].length;
    if (rest === '') {
      problems.push({ code: 'empty-after-scheme', at: [lead, lead + text.length] });
      return out;
    }
  }

  // Authority ends at the first `/`, `?` or `#`; the rest is kept as `path`.
  const cut = rest.search(/[/?#]/);
  const authority = cut < 0 ? rest : rest.slice(0, cut);
  if (cut >= 0) {
    const path = rest.slice(cut);
    out.path = path;
    const pathStart = off + cut;
    const pathEnd = off + rest.length;
    if (path.endsWith('/')) problems.push({ code: 'trailing-slash', at: [pathEnd - 1, pathEnd] });
    if (path !== '/') problems.push({ code: 'path-present', detail: path, at: [pathStart, pathEnd] });
  }

  let hostPort = authority;
  let hostOff = off;
  const atSign = authority.lastIndexOf('@');
  if (atSign >= 0) {
    problems.push({ code: 'userinfo-present', at: [off, off + atSign + 1] });
    hostPort = authority.slice(atSign + 1);
    hostOff += atSign + 1;
  }
  let host = hostPort;
  let portText: string | undefined;
  const colon = hostPort.startsWith('[') ? hostPort.indexOf(':', hostPort.indexOf(']')) : hostPort.lastIndexOf(':');
  if (colon >= 0) {
    host = hostPort.slice(0, colon);
    portText = hostPort.slice(colon + 1);
    const at: [number, number] = [hostOff + colon, hostOff + hostPort.length];
    const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
    if (port >= 1 && port <= 65535) {
      out.port = port;
      problems.push({ code: 'port-present', detail: portText, at });
    } else {
      problems.push({ code: 'invalid-port', detail: portText, at });
    }
  }
  out.host = host;
  const hostAt: [number, number] = [hostOff, hostOff + host.length];
  if (host === '') {
    problems.push({ code: 'invalid-host', detail: 'no host name', at: hostAt });
    return out;
  }
  let lower = host.toLowerCase();
  if (lower !== host) problems.push({ code: 'uppercase-host', at: hostAt });
  let written = host;
  if (lower.endsWith('.')) {
    problems.push({ code: 'trailing-dot', at: [hostAt[1] - 1, hostAt[1]] });
    lower = lower.slice(0, -1);
    written = written.slice(0, -1);
  }
  const bracketed = lower.startsWith('[') && lower.endsWith(']');
  if (!bracketed && !HOSTNAME.test(lower) && !IPV4.test(lower)) problems.push({ code: 'invalid-host', detail: host, at: hostAt });
  // Keep the label "as written" only when lowercasing kept every offset (ASCII hosts).
  if (written.length !== lower.length) written = lower;

  classifyHost(out, lower, written, role);
  return out;
}

/** Fill network, region, regionLabel and logtailPrefix from a lowercased host. */
function classifyHost(out: ParsedEndpoint, lower: string, written: string, role: EndpointRole): void {
  const problems = out.problems;
  let h = lower;
  let w = written;
  if (h.startsWith('logtail.')) {
    out.logtailPrefix = true;
    h = h.slice('logtail.'.length);
    w = w.slice('logtail.'.length);
  } else {
    out.logtailPrefix = false;
  }

  let label: string | undefined; // region label as written, network suffix removed
  if (h === GLOBAL_HOST) {
    out.network = 'acceleration';
  } else if (h.endsWith(LOG_DOMAIN)) {
    const labels = w.slice(0, -LOG_DOMAIN.length).split('.');
    let dual = false;
    if (labels.length > 1 && labels[labels.length - 1].toLowerCase() === 'dualstack') {
      dual = true;
      labels.pop();
    }
    const last = labels.pop() as string;
    if (labels.length > 0) problems.push({ code: 'extra-host-labels', detail: labels.join('.') });
    const hit = LABEL_SUFFIXES.find(([s]) => last.toLowerCase().endsWith(s) && last.length > s.length);
    out.network = dual ? 'dualstack' : hit ? hit[1] : 'internet';
    label = hit && !dual ? last.slice(0, -hit[0].length) : last;
  } else if (h.endsWith(SLS_DOMAIN) && h.slice(0, -SLS_DOMAIN.length).endsWith('-corp')) {
    const labels = w.slice(0, -SLS_DOMAIN.length).split('.');
    label = labels.pop() as string;
    if (labels.length > 0) problems.push({ code: 'extra-host-labels', detail: labels.join('.') });
    out.network = 'corp';
  } else if (h.endsWith(IDPT_DOMAIN) && h.split('.').length === 4 && IDPT_PREFIXES[h.split('.')[0]]) {
    const [first, r] = w.split('.');
    out.network = IDPT_PREFIXES[first.toLowerCase()];
    label = r;
  } else if (h === 'aliyuncs.com' || h.endsWith('.aliyuncs.com') || h.endsWith(IDPT_DOMAIN)) {
    problems.push({ code: 'unrecognized-aliyuncs-host', detail: lower });
  }

  if (out.network !== 'custom') {
    if (role === 'config-server' && !out.logtailPrefix) problems.push({ code: 'missing-logtail-prefix' });
    if (role === 'data-server' && out.logtailPrefix) problems.push({ code: 'unexpected-logtail-prefix' });
  }
  if (label === undefined) return;
  out.regionLabel = label;
  const id = label.toLowerCase();
  if (findRegion(id)) {
    out.region = id;
    return;
  }
  // `cn-hangzhou-acceleration.log.aliyuncs.com`: an install suffix copied into a host name.
  for (const s of INSTALL_ONLY_SUFFIXES) {
    if (id.endsWith(s) && findRegion(id.slice(0, -s.length))) {
      problems.push({ code: 'install-suffix-in-host', detail: s, suggestion: id.slice(0, -s.length) });
    }
  }
}

/**
 * The region label inside a host name. SLS endpoint forms give their label exactly (suffixes
 * removed; `region` only when the label is a known ID, so a rule can say "unknown region X").
 * Any other host (OSS download bucket, gateway) is scanned for a known region ID as a whole
 * `-`/`.`-delimited token, longest ID first, so `cn-hangzhou-finance` beats `cn-hangzhou`.
 */
export function regionOfHost(host: string): { label: string; region?: string } | undefined {
  const parsed = parseEndpoint(host, 'data-server');
  if (parsed.regionLabel !== undefined) {
    return parsed.region === undefined ? { label: parsed.regionLabel } : { label: parsed.regionLabel, region: parsed.region };
  }
  if (parsed.network === 'acceleration') return undefined;
  const text = (parsed.host || host).toLowerCase();
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && text[i - 1] !== '.' && text[i - 1] !== '-') continue;
    for (const id of REGION_IDS_LONGEST_FIRST) {
      const end = i + id.length;
      if (text.startsWith(id, i) && (end === text.length || text[end] === '.' || text[end] === '-')) {
        return { label: (parsed.host || host).slice(i, end), region: id };
      }
    }
  }
  return undefined;
}

/**
 * The agent's StandardizeEndpoint (2.1 `common/EndpointUtil.cpp`, agent-config §6): the URL it
 * uses, or undefined where it falls back to the default. Which fields the closed enterprise
 * binary passes through it is not public [ENT].
 */
export function standardizeEndpoint(raw: string): { url: string; https: boolean } | undefined {
  let url = raw;
  const https = url.startsWith('https://');
  if (!https && !url.startsWith('http://')) url = `http://${url}`;
  const bare = (u: string) => u === 'http://' || u === 'https://';
  if (bare(url)) return undefined;
  if (url.endsWith('/')) url = url.slice(0, -1);
  if (bare(url)) return undefined;
  return { url, https };
}
