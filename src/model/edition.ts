/**
 * Which edition of the agent a file is for, and why (docs/reference/iac-and-editions.md §7):
 *
 * - `sls`: the enterprise agent that talks to SLS. Evidence: an SLS key in the agent config
 *   (`config_server_address`, `config_server_address_list`, `data_server_list`, `primary_region`,
 *   LoongCollector's `config_servers` / `data_servers`), and in the same host bundle a
 *   `user_defined_id`, a `users/` entry, a machine group that lists the bundle's identifier or IP,
 *   an install command with a region; an enterprise image (`registry.<r>.aliyuncs.com/log-service/logtail`)
 *   or the `ALIYUN_LOGTAIL_*` env vars.
 * - `community`: the open-source iLogtail / LoongCollector, with no SLS control plane. Evidence:
 *   a local pipeline folder in the same bundle (`continuous_pipeline_config/local`,
 *   `onetime_pipeline_config/local`, `config/local`, `user_yaml_config.d`), the config living in
 *   `instance_config/local`, a community ConfigServer key (`ilogtail_configserver_address`,
 *   `config_server_list`, `ilogtail_tags`) or the access keys `default_access_key_id` / `default_access_key`, a
 *   community image (`sls-opensource-registry…/*-community-edition/…`, `ghcr.io/alibaba/…`) in a
 *   Dockerfile, script or manifest of the same folder or above.
 * - `unknown`: no evidence, or evidence both ways.
 *
 * An SLS key in the file itself decides (the file says it talks to SLS). `.logtail-lint.json`
 * `editions[]` (a gitignore-style path pattern and an edition) overrides everything.
 */
import path from 'node:path';
import ignore from 'ignore';
import type { EditionSetting } from '../config/types.js';
import type { Range } from '../core/diagnostic.js';
import { FILE_START } from '../core/source-file.js';
import type { Value } from '../core/value.js';
import type { AgentConfigFact, ContainerFact, ImageFact } from '../facts/index.js';
import { COMMUNITY_EDITION_KEYS, SLS_EDITION_KEYS } from '../knowledge/agent-keys.js';
import type { FleetIndex } from './indexes.js';
import type { ConfigLocator } from './located.js';
import type { HostBundle, Located } from './types.js';

export type Edition = 'sls' | 'community' | 'unknown';

export type EditionEvidenceKind =
  /** An SLS key in the agent config itself. */
  | 'sls-key'
  /** The community ConfigServer key. */
  | 'community-key'
  /** A user_defined_id file or a users/ entry in the bundle: identity files only SLS reads. */
  | 'identity-file'
  /** A machine group in the repository lists the bundle's custom identifier or IP. */
  | 'group-join'
  /** An install command with a region (`logtail.sh install cn-hangzhou`). */
  | 'install-command'
  /** `ALIYUN_LOGTAIL_CONFIG`, `ALIYUN_LOGTAIL_USER_ID`, `ALIYUN_LOGTAIL_USER_DEFINED_ID` of a container. */
  | 'sls-env'
  | 'enterprise-image'
  | 'community-image'
  /** A local pipeline folder, or the config's own `instance_config/local` folder. */
  | 'pipeline-folder'
  /** `.logtail-lint.json` `editions[]`. */
  | 'config';

export interface EditionEvidence {
  readonly says: 'sls' | 'community';
  readonly kind: EditionEvidenceKind;
  /** The key, identifier, install parameter, image or folder, as written. */
  readonly detail: string;
  readonly file: string;
  readonly range: Range;
}

export interface EditionVerdict {
  readonly edition: Edition;
  /** What the verdict rests on; for `unknown` with evidence both ways, all of it. */
  readonly evidence: readonly EditionEvidence[];
  /** The `editions[]` entry of `.logtail-lint.json` that decided, when one did. */
  readonly declared?: Located;
}

/** Community images (iac-and-editions §7; R11 release notes). */
const COMMUNITY_IMAGE =
  /(?:^|\/)sls-opensource-registry\.[^/]+\/(?:loongcollector|ilogtail)-community-edition\/|^(?:docker\.io\/)?ghcr\.io\/alibaba\/(?:loongcollector|ilogtail)\b|^ghcr\.io\/alibaba\//i;
/** Enterprise images (iac-and-editions §7; R8, the ACK installer). */
const ENTERPRISE_IMAGE = /^registry(?:-vpc)?\.[a-z0-9-]+\.aliyuncs\.com\/(?:log-service|acs)\/(?:logtail|loongcollector)(?:-windows)?(?:[:@]|$)/i;

/** Folders only the open-source agent reads its pipelines from (§7 "Community config folders"). */
const PIPELINE_FOLDER = /(?:^|\/)(continuous_pipeline_config\/local|onetime_pipeline_config\/local|config\/local|user_yaml_config\.d)\//;
const INSTANCE_LOCAL = /(?:^|\/)instance_config\/local\/[^/]+$/;

export interface EditionInput {
  readonly agentConfigs: readonly AgentConfigFact[];
  readonly containers: readonly ContainerFact[];
  readonly images: readonly ImageFact[];
  readonly bundles: readonly HostBundle[];
  readonly index: FleetIndex;
  /** Every file read (for pipeline folders). */
  readonly files: readonly string[];
  readonly settings: readonly EditionSetting[];
  readonly cwd: string;
  readonly baseDir: string;
  readonly config: ConfigLocator;
}

/** `editionOf(file)`, computed once per file. */
export function editionResolver(input: EditionInput): (file: string) => EditionVerdict {
  const configs = new Map(input.agentConfigs.map((c) => [c.file, c]));
  const bundleOf = new Map<string, HostBundle>();
  for (const b of input.bundles) if (b.kind === 'files') for (const f of b.files) bundleOf.set(f, b);
  const declared = declaredEdition(input);
  const images = imagesByFolder(input);
  const containersByFile = new Map<string, ContainerFact[]>();
  for (const c of input.containers) containersByFile.set(c.file, [...(containersByFile.get(c.file) ?? []), c]);
  const pipelines = pipelineFolders(input.files);
  const imagesByFile = new Map<string, ImageFact[]>();
  for (const i of input.images) imagesByFile.set(i.file, [...(imagesByFile.get(i.file) ?? []), i]);
  const cache = new Map<string, EditionVerdict>();
  return (file) => {
    let v = cache.get(file);
    if (!v) {
      v = declared(file) ?? decide(file);
      cache.set(file, v);
    }
    return v;
  };

  function decide(file: string): EditionVerdict {
    const fact = configs.get(file);
    const own = fact ? ownKeys(fact) : [];
    if (own.some((e) => e.says === 'sls'))
      return freeze(
        'sls',
        own.filter((e) => e.says === 'sls'),
      );
    const evidence: EditionEvidence[] = [...own];
    if (fact && INSTANCE_LOCAL.test(file)) evidence.push({ says: 'community', kind: 'pipeline-folder', detail: path.posix.dirname(file), file, range: FILE_START });
    const bundle = bundleOf.get(file);
    if (bundle) evidence.push(...bundleEvidence(bundle, input.index), ...pipelineEvidence(bundle, pipelines));
    // A manifest, Dockerfile or script speaks for itself; an agent config also for the images built or run around it.
    for (const c of containersByFile.get(file) ?? []) evidence.push(...containerEvidence(c));
    for (const i of imagesByFile.get(file) ?? []) evidence.push(...optional(imageEvidence(i.image, i.file)));
    if (fact) evidence.push(...images(file));
    const sls = evidence.filter((e) => e.says === 'sls');
    const community = evidence.filter((e) => e.says === 'community');
    if (sls.length > 0 && community.length === 0) return freeze('sls', sls);
    if (community.length > 0 && sls.length === 0) return freeze('community', community);
    return freeze('unknown', evidence);
  }
}

const optional = <T>(x: T | undefined): T[] => (x === undefined ? [] : [x]);

const freeze = (edition: Edition, evidence: EditionEvidence[], declared?: Located): EditionVerdict =>
  Object.freeze({ edition, evidence: Object.freeze(dedupe(evidence)), ...(declared ? { declared } : {}) });

function dedupe(evidence: EditionEvidence[]): EditionEvidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const k = `${e.kind}\0${e.detail}\0${e.file}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `.logtail-lint.json` `editions[]`: the last entry whose pattern matches the file wins (as later suppressions refine earlier ones). */
function declaredEdition(input: EditionInput): (file: string) => EditionVerdict | undefined {
  if (input.settings.length === 0) return () => undefined;
  const matchers = input.settings.map((s, i) => ({ s, i, m: ignore().add(s.path) }));
  const fromBase = (file: string) => path.relative(input.baseDir, path.resolve(input.cwd, file)).split(path.sep).join('/');
  return (file) => {
    const rel = fromBase(file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    let hit: (typeof matchers)[number] | undefined;
    for (const m of matchers) if (m.m.ignores(rel)) hit = m;
    if (!hit) return undefined;
    const at = input.config.at(['editions', hit.i]);
    const located: Located = { value: hit.s.edition, ...at };
    return freeze(hit.s.edition, [{ says: hit.s.edition, kind: 'config', detail: hit.s.path, file: at.file, range: at.range }], located);
  };
}

function ownKeys(fact: AgentConfigFact): EditionEvidence[] {
  const out: EditionEvidence[] = [];
  for (const { key, range } of fact.editionKeys) {
    const says = SLS_EDITION_KEYS.includes(key) ? 'sls' : 'community';
    out.push({ says, kind: says === 'sls' ? 'sls-key' : 'community-key', detail: key, file: fact.file, range });
  }
  return out;
}

function bundleEvidence(b: HostBundle, index: FleetIndex): EditionEvidence[] {
  const out: EditionEvidence[] = [];
  for (const f of b.facts.userDefinedIds)
    if (f.lines.some((l) => l.id !== '' && !l.unread)) out.push({ says: 'sls', kind: 'identity-file', detail: 'user_defined_id', file: f.file, range: FILE_START });
  for (const a of b.accounts) if (a.source === 'users') out.push({ says: 'sls', kind: 'identity-file', detail: `users/${a.value}`, file: a.file, range: a.range });
  for (const id of b.identifiers) if (index.groupsByIdentifier.has(id.value)) out.push({ says: 'sls', kind: 'group-join', detail: id.value, file: id.file, range: id.range });
  if (b.reportedIp && index.groupsByIp.has(b.reportedIp.value))
    out.push({ says: 'sls', kind: 'group-join', detail: b.reportedIp.value, file: b.reportedIp.file, range: b.reportedIp.range });
  for (const c of b.facts.installCommands) {
    if (c.param.known && c.param.value !== '') out.push({ says: 'sls', kind: 'install-command', detail: `${c.tool} install ${c.param.value}`, file: c.file, range: c.range });
  }
  return out;
}

/** Files under a local pipeline folder, by the bundle root they sit in. */
function pipelineFolders(files: readonly string[]): Array<{ file: string; folder: string }> {
  const out: Array<{ file: string; folder: string }> = [];
  for (const f of files) {
    const m = PIPELINE_FOLDER.exec(f);
    if (m) out.push({ file: f, folder: f.slice(0, m.index + m[0].length - 1).replace(/^\//, '') });
  }
  return out;
}

function pipelineEvidence(b: HostBundle, pipelines: ReadonlyArray<{ file: string; folder: string }>): EditionEvidence[] {
  const under = (f: string) => b.root === '' || f === b.root || f.startsWith(b.root + '/');
  return pipelines.filter((p) => under(p.file)).map((p) => ({ says: 'community' as const, kind: 'pipeline-folder' as const, detail: p.folder, file: p.file, range: FILE_START }));
}

function containerEvidence(c: ContainerFact): EditionEvidence[] {
  const out: EditionEvidence[] = [];
  const env: Array<[keyof ContainerFact, string]> = [
    ['configPath', 'ALIYUN_LOGTAIL_CONFIG'],
    ['userId', 'ALIYUN_LOGTAIL_USER_ID'],
    ['userDefinedId', 'ALIYUN_LOGTAIL_USER_DEFINED_ID'],
  ];
  for (const [field, name] of env) {
    const v = c[field] as Value<string> | undefined;
    if (v) out.push({ says: 'sls', kind: 'sls-env', detail: name, file: c.file, range: v.range });
  }
  const image = c.image && imageEvidence(c.image, c.file);
  if (image) out.push(image);
  return out;
}

function imageEvidence(image: Value<string>, file: string): EditionEvidence | undefined {
  if (!image.known) return undefined;
  if (COMMUNITY_IMAGE.test(image.value)) return { says: 'community', kind: 'community-image', detail: image.value, file, range: image.range };
  if (ENTERPRISE_IMAGE.test(image.value)) return { says: 'sls', kind: 'enterprise-image', detail: image.value, file, range: image.range };
  return undefined;
}

/** Agent images of Dockerfiles, scripts and manifests, found from a file's folder and every folder above it. */
function imagesByFolder(input: EditionInput): (file: string) => EditionEvidence[] {
  const byFolder = new Map<string, EditionEvidence[]>();
  const add = (file: string, e: EditionEvidence | undefined) => {
    if (!e) return;
    const dir = folder(file);
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), e]);
  };
  for (const i of input.images) add(i.file, imageEvidence(i.image, i.file));
  for (const c of input.containers) if (c.image) add(c.file, imageEvidence(c.image, c.file));
  return (file) => {
    const out: EditionEvidence[] = [];
    for (let dir = folder(file); ; dir = parent(dir)) {
      out.push(...(byFolder.get(dir) ?? []).filter((e) => e.file !== file));
      if (dir === '') break;
    }
    return out;
  };
}

const folder = (file: string) => {
  const d = path.posix.dirname(file);
  return d === '.' ? '' : d;
};
const parent = (dir: string) => (dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');
