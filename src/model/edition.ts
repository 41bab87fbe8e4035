/**
 * Which agent edition a file is for: the SLS-connected Logtail / LoongCollector (the enterprise
 * build, which reads data_server_list, users/ and user_defined_id), or the open-source
 * (community) iLogtail / LoongCollector, which reads none of them and may run with no SLS at all
 * (docs/reference/editions.md). Decided from evidence, strongest first:
 *
 * 1. a `hosts[]` entry of `.logtail-lint.json` with `edition` (it overrides everything);
 * 2. the file's own keys: an SLS key (`config_server_address`, `data_server_list`, …) makes it
 *    SLS; a community ConfigServer key (`ilogtail_configserver_address`, `config_server_list`)
 *    makes it community;
 * 3. the files of its bundle (what lands on the same host): users/ entries, user_defined_id, an
 *    install command, identity writes, an IP that an SLS machine group lists: SLS;
 * 4. community signs: the open-source layout (`loongcollector_config.json`,
 *    `instance_config/local/`), pipeline folders beside it (`continuous_pipeline_config/local`,
 *    `config/local`, `user_yaml_config.d`), access keys without any SLS endpoint;
 * 5. none of these: unknown.
 *
 * This is the minimal version rules need (part B of issue 9); images in Dockerfiles and manifests
 * are not read here yet.
 */
import type { AgentConfigFact } from '../facts/index.js';
import { FILE_START } from '../core/source-file.js';
import type { FleetIndex } from './indexes.js';
import type { HostBundle, Located } from './types.js';

export type Edition = 'sls' | 'community' | 'unknown';

export interface EditionEvidence {
  readonly edition: 'sls' | 'community';
  /** What says so, as a message phrase: `"data_server_list" in the file`. */
  readonly reason: string;
  /** Where, when it is one place. */
  readonly at?: Located;
}

export interface EditionVerdict {
  readonly edition: Edition;
  /** True when `.logtail-lint.json` says (hosts[].edition). */
  readonly declared: boolean;
  /** Evidence for the verdict, strongest first; [] for unknown. */
  readonly evidence: readonly EditionEvidence[];
}

/** Keys only the SLS-connected agent reads (docs/reference/agent-config.md §2.3; sls-regions-and-iac.md B.1). */
export const SLS_KEYS = ['config_server_address', 'config_server_address_list', 'data_server_list', 'primary_region', 'config_servers', 'data_servers'] as const;

/** Keys of the open-source ConfigServer (agent-config.md §2.3: community build only). */
const COMMUNITY_KEYS = ['ilogtail_configserver_address', 'config_server_list'] as const;

/** Access keys: what open-source configs that flush to SLS carry instead of endpoints (real-world-patterns.md). */
const ACCESS_KEYS = ['default_access_key_id', 'default_access_key'];

/** Folders of the open-source agents' local pipeline configs (docs/reference/editions.md §2). */
const PIPELINE_FOLDER = /(?:^|\/)(?:(?:continuous|onetime)_pipeline_config\/local|config\/local|user_yaml_config\.d)\//;

const UNKNOWN: EditionVerdict = Object.freeze({ edition: 'unknown', declared: false, evidence: Object.freeze([]) });

export interface EditionInput {
  readonly bundles: readonly HostBundle[];
  readonly index: FleetIndex;
  /** Every file read (relative paths), for pipeline folders beside a config. */
  readonly files: readonly string[];
}

/** `editionOf(file)` over the fleet's bundles: a file outside every bundle is unknown. */
export function editionResolver(input: EditionInput): (file: string) => EditionVerdict {
  const bundleOf = new Map<string, HostBundle>();
  for (const b of input.bundles) for (const f of b.files) if (!bundleOf.has(f)) bundleOf.set(f, b);
  const cache = new Map<string, EditionVerdict>();
  return (file) => {
    const hit = cache.get(file);
    if (hit) return hit;
    const b = bundleOf.get(file);
    const verdict = b ? decide(file, b, input) : UNKNOWN;
    cache.set(file, verdict);
    return verdict;
  };
}

function decide(file: string, b: HostBundle, input: EditionInput): EditionVerdict {
  const d = b.declared;
  if (d?.edition)
    return frozen(d.edition, true, [
      { edition: d.edition, reason: `hosts[] in .logtail-lint.json declares "${d.path}" ${d.edition === 'sls' ? 'SLS-connected' : 'community'}`, at: d.at },
    ]);
  const own = b.facts.agentConfigs.find((c) => c.file === file);
  const sls: EditionEvidence[] = [];
  const community: EditionEvidence[] = [];
  if (own) keysEvidence(own, sls, community);
  if (sls.length > 0) return frozen('sls', false, sls);
  if (community.length > 0) return frozen('community', false, community);
  bundleEvidence(file, b, input.index, sls);
  if (sls.length > 0) return frozen('sls', false, sls);
  communitySigns(own, b, input.files, community);
  if (community.length > 0) return frozen('community', false, community);
  return UNKNOWN;
}

function keysEvidence(c: AgentConfigFact, sls: EditionEvidence[], community: EditionEvidence[]): void {
  if (!c.root) return;
  const at = (key: string): Located | undefined => {
    const p = c.settings.get(key);
    return p ? { value: key, file: c.file, range: c.source.rangeOf(p.keyNode.offset, p.keyNode.length), pointer: `/${key}` } : undefined;
  };
  for (const k of SLS_KEYS) if (c.settings.has(k)) sls.push({ edition: 'sls', reason: `"${k}" in the file`, at: at(k) });
  for (const k of COMMUNITY_KEYS) if (c.settings.has(k)) community.push({ edition: 'community', reason: `the open-source ConfigServer key "${k}" in the file`, at: at(k) });
}

/** Files beside the config that only the SLS-connected agent reads or that only SLS setups write. */
function bundleEvidence(file: string, b: HostBundle, index: FleetIndex, out: EditionEvidence[]): void {
  const f = b.facts;
  for (const c of f.agentConfigs) {
    if (c.file === file || !c.root) continue;
    const key = SLS_KEYS.find((k) => c.settings.has(k));
    if (key) out.push({ edition: 'sls', reason: `"${key}" in ${c.file}`, at: { value: key, file: c.file, range: FILE_START } });
  }
  const entry = f.usersEntries.find((e) => !e.usersDir);
  if (entry) out.push({ edition: 'sls', reason: `the users/ entry ${entry.file}`, at: { value: entry.name, file: entry.file, range: FILE_START } });
  const udid = f.userDefinedIds[0];
  if (udid) out.push({ edition: 'sls', reason: `user_defined_id (${udid.file})`, at: { value: 'user_defined_id', file: udid.file, range: FILE_START } });
  const install = f.installCommands[0];
  if (install)
    out.push({ edition: 'sls', reason: `the ${install.tool} install command in ${install.file}`, at: { value: install.tool, file: install.file, range: install.range } });
  const write = f.identityWrites[0];
  if (write)
    out.push({
      edition: 'sls',
      reason: `the write to ${write.target === 'users' ? 'users/' : write.target} in ${write.file}`,
      at: { value: write.target, file: write.file, range: write.range },
    });
  const ip = b.reportedIp;
  const group = ip ? index.groupsByIp.get(ip.value)?.[0]?.group : undefined;
  if (ip && group) out.push({ edition: 'sls', reason: `IP ${ip.value}, listed by machine group ${group.name?.value ?? group.fact.address}`, at: ip });
}

function communitySigns(own: AgentConfigFact | undefined, b: HostBundle, files: readonly string[], out: EditionEvidence[]): void {
  if (own?.product === 'loongcollector')
    out.push({ edition: 'community', reason: "loongcollector_config.json, the open-source LoongCollector's instance config (the SLS-connected build reads ilogtail_config.json)" });
  else if (own && /(?:^|\/)instance_config\/local\//.test(own.file))
    out.push({ edition: 'community', reason: "instance_config/local/, the open-source LoongCollector's config folder" });
  const prefix = b.kind === 'files' && b.root !== '' ? `${b.root}/` : '';
  const pipeline = b.kind === 'files' ? files.find((f) => f.startsWith(prefix) && PIPELINE_FOLDER.test(f.slice(prefix.length))) : undefined;
  if (pipeline) out.push({ edition: 'community', reason: `the local pipeline config ${pipeline}`, at: { value: pipeline, file: pipeline, range: FILE_START } });
  const ak = own?.root ? ACCESS_KEYS.find((k) => own.settings.has(k)) : undefined;
  if (ak) out.push({ edition: 'community', reason: `"${ak}" and no SLS endpoint, as open-source configs that flush to SLS carry them` });
}

function frozen(edition: 'sls' | 'community', declared: boolean, evidence: EditionEvidence[]): EditionVerdict {
  return Object.freeze({ edition, declared, evidence: Object.freeze(evidence) });
}
