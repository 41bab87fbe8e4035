/**
 * The model: what the readers found, joined into projects, machine groups and host bundles, with
 * maps for the joins, and the per-file facts rules judge one by one. Rules read this and nothing
 * else: not the readers, not the raw fact bag, not the lint config. Built once per run, frozen.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { DiscoverProblem, ReadFile, SourceFile } from '../core/source-file.js';
import type {
  AgentConfigFact,
  AgentEnvFact,
  AgentFlagFact,
  AliyunLogConfigFact,
  AppInfoFact,
  AttachmentFact,
  ContainerFact,
  DirectoryFact,
  Facts,
  IdentityWriteFact,
  InstallCommandFact,
  ParseProblemFact,
  ProviderFact,
  UserDefinedIdFact,
  UsersEntryFact,
} from '../facts/index.js';
import { declaredHostMatcher, folderOf } from './bundle-roots.js';
import { buildBundles } from './bundles.js';
import { resolveContainers } from './containers.js';
import type { HostRuntime } from '../facts/host-runtime.js';
import { buildIndex, type FleetIndex } from './indexes.js';
import { installParams, type InstallParamUse } from './install-params.js';
import { configLocator } from './located.js';
import { buildMachineGroups, buildProjects, projectFinder, providerResolver } from './projects.js';
import { accountIdUses, type AccountIdUse } from './accounts.js';
import { editionResolver, type EditionVerdict } from './edition.js';
import type { HostBundle, MachineGroup, Project } from './types.js';

export type * from './types.js';
export type { FleetIndex, RegionGroups } from './indexes.js';
export type { InstallParamUse } from './install-params.js';
export { bundleName } from './bundles.js';
export type { AccountIdFrom, AccountIdUse } from './accounts.js';
export type { Edition, EditionEvidence, EditionEvidenceKind, EditionVerdict } from './edition.js';

/** What the pipeline hands to the model stage. */
export interface FleetInput {
  /** Absolute folder that paths are relative to. */
  cwd: string;
  config: ResolvedConfig;
  readFiles: readonly ReadFile[];
  discoverProblems: readonly DiscoverProblem[];
  facts: Facts;
  /** What the doctor saw on a live host (processes, probes, clock, …); absent for the linter. */
  host?: HostRuntime;
  /** The text of a file whose ReadFile has none (the cache answered for it); default: only the files read. */
  sourceOf?: (file: string) => SourceFile | undefined;
}

export interface Fleet {
  // ---- files
  /** Every file read: its size, text, and what went wrong reading it (too large, binary, …). */
  readonly files: readonly ReadFile[];
  /** Folders discovery could not walk into, links out of the tree. */
  readonly discoverProblems: readonly DiscoverProblem[];
  /** Files of ours that did not parse. */
  readonly parseProblems: readonly ParseProblemFact[];
  /** The text of a file that was read, for positions and fix edits. */
  source(file: string): SourceFile | undefined;

  // ---- what each file says, as its reader interpreted it
  readonly agentConfigs: readonly AgentConfigFact[];
  readonly userDefinedIds: readonly UserDefinedIdFact[];
  /** users/ folders and their entries. */
  readonly usersEntries: readonly UsersEntryFact[];
  readonly appInfos: readonly AppInfoFact[];
  /** Kubernetes and Compose containers that run the agent, `configMapKeyRef` values resolved. */
  readonly containers: readonly ContainerFact[];
  readonly aliyunLogConfigs: readonly AliyunLogConfigFact[];
  readonly installCommands: readonly InstallCommandFact[];
  /** Script writes to user_defined_id and users/. */
  readonly identityWrites: readonly IdentityWriteFact[];
  /** Script `mkdir`s of the agent's folders. */
  readonly directories: readonly DirectoryFact[];
  /** Agent flags naming environment variables, where scripts start the agent. */
  readonly agentFlags: readonly AgentFlagFact[];
  readonly attachments: readonly AttachmentFact[];
  /** Install parameters the repo states: of install commands and of containers' ALIYUN_LOGTAIL_CONFIG paths. */
  readonly installParams: readonly InstallParamUse[];
  /**
   * Every account ID the repo gives an agent, each where it is written: users/ entries, script
   * writes, `ALIYUN_LOGTAIL_USER_ID` of containers (through ConfigMaps and Secrets), Dockerfile
   * `ENV`/`ARG` and `docker run -e` (src/model/accounts.ts).
   */
  readonly accountIds: readonly AccountIdUse[];
  /** The agent's env vars set outside Kubernetes and Compose: Dockerfile `ENV`/`ARG`, `docker run -e`. */
  readonly agentEnv: readonly AgentEnvFact[];
  /** The Terraform `provider "alicloud"` blocks of the module folder a file is in; undefined when it has none. */
  providersOf(file: string): readonly ProviderFact[] | undefined;

  // ---- joined
  /** Projects from the IaC, merged with `.logtail-lint.json` declarations of the same name, then declared-only ones. */
  readonly projects: readonly Project[];
  readonly machineGroups: readonly MachineGroup[];
  /** Host bundles, sorted by id. */
  readonly bundles: readonly HostBundle[];
  readonly index: FleetIndex;
  /** Custom identifiers carried by hosts outside the repository (`.logtail-lint.json`). */
  readonly externalIdentifiers: ReadonlySet<string>;
  /**
   * Which edition of the agent a file is for (`sls`, `community` or `unknown`) and the evidence:
   * SLS keys, the host bundle's identity files, machine-group joins and install commands, local
   * pipeline folders, agent images, `.logtail-lint.json` `editions[]` (src/model/edition.ts).
   */
  editionOf(file: string): EditionVerdict;

  // ---- the live host (the doctor)
  /** What the doctor saw on a live host (processes, probes, clock, …); absent for the linter. */
  readonly host?: HostRuntime;
}

export function buildFleet(input: FleetInput): Fleet {
  const { cwd, config, readFiles } = input;
  const facts = { ...input.facts, containers: resolveContainers(input.facts.containers, input.facts.configMaps) };
  const locator = configLocator(cwd, config);
  const provider = providerResolver(facts.providers);
  const projects = Object.freeze(buildProjects(facts.projects, config.projects, provider, locator));
  const machineGroups = Object.freeze(buildMachineGroups(facts.machineGroups, projectFinder(projects), provider));
  const bundles = Object.freeze(buildBundles(facts, declaredHostMatcher(config.hosts, cwd, config.baseDir), locator));
  const index = buildIndex(projects, machineGroups, bundles);
  const sources = new Map(readFiles.map((f) => [f.file.path, f.source]));
  const sourceOf = input.sourceOf ?? ((file: string) => sources.get(file));
  let accountIds: readonly AccountIdUse[] | undefined;
  const editionOf = editionResolver({
    agentConfigs: facts.agentConfigs,
    containers: facts.containers,
    images: facts.images,
    bundles,
    index,
    files: readFiles.map((f) => f.file.path),
    settings: config.editions,
    cwd,
    baseDir: config.baseDir,
    config: locator,
  });
  const providersByFolder = new Map<string, ProviderFact[]>();
  for (const p of facts.providers) providersByFolder.set(folderOf(p.file), [...(providersByFolder.get(folderOf(p.file)) ?? []), p]);
  return Object.freeze({
    files: readFiles,
    discoverProblems: input.discoverProblems,
    parseProblems: facts.parseProblems,
    source: sourceOf,
    agentConfigs: facts.agentConfigs,
    userDefinedIds: facts.userDefinedIds,
    usersEntries: facts.usersEntries,
    appInfos: facts.appInfos,
    containers: facts.containers,
    aliyunLogConfigs: facts.aliyunLogConfigs,
    installCommands: facts.installCommands,
    identityWrites: facts.identityWrites,
    directories: facts.directories,
    agentFlags: facts.agentFlags,
    attachments: facts.attachments,
    installParams: installParams(facts.installCommands, facts.containers),
    // On first use: placing the items of an ID list needs the file's text, which the cache may have to read again.
    get accountIds() {
      return (accountIds ??= Object.freeze(accountIdUses(facts, sourceOf)));
    },
    agentEnv: facts.agentEnv,
    providersOf: (file: string) => providersByFolder.get(folderOf(file)),
    projects,
    machineGroups,
    bundles,
    index,
    externalIdentifiers: new Set(config.externalIdentifiers),
    editionOf,
    ...(input.host ? { host: input.host } : {}),
  });
}
