/**
 * The joined model: projects, machine groups and host bundles, as rules read them. Everything
 * here is built once by `buildFleet` and frozen; a value that the repo does not state (or states
 * as an expression that only apply time knows) is simply absent, so rules never judge it.
 */
import type { NetworkType } from '../knowledge/endpoints.js';
import type { Range } from '../core/diagnostic.js';
import type {
  AgentConfigFact,
  AppInfoFact,
  ContainerFact,
  DefinitionFormat,
  IdentityWriteFact,
  InstallCommandFact,
  MachineGroupFact,
  ProjectFact,
  UserDefinedIdFact,
  UsersEntryFact,
} from '../facts/index.js';

/** A known value and where the repo says it: what a diagnostic or related location points at. */
export interface Located<T = string> {
  readonly value: T;
  readonly file: string;
  readonly range: Range;
  readonly pointer?: string;
}

// ---------------------------------------------------------------- projects

export interface Project {
  /** Unique within the fleet: `<file>#<address>`, or `lint-config#<name>` for a declared project. */
  readonly id: string;
  readonly format: DefinitionFormat;
  readonly file: string;
  readonly address: string;
  readonly range: Range;
  /** The project name, when the repo states it. */
  readonly name?: Located;
  /** Where SLS keeps the project: provider region (per module folder and alias), plan JSON, or the lint config. */
  readonly region?: Located;
  /** The Alibaba Cloud account that owns the project (lint config, or the IaC when it says). */
  readonly ownerAccountId?: Located;
  /** The reader's fact; absent for projects declared only in `.logtail-lint.json`. */
  readonly fact?: ProjectFact;
}

// ---------------------------------------------------------------- machine groups

export type IdentifyKind = 'ip' | 'userdefined';

export interface MachineGroup {
  /** Unique within the fleet: `<file>#<address>`. */
  readonly id: string;
  readonly fact: MachineGroupFact;
  readonly file: string;
  readonly range: Range;
  readonly name?: Located;
  /** The project it belongs to, when the repo defines or declares it. */
  readonly project?: Project;
  /** The project name: the resolved project's, else the group's own `project` value. */
  readonly projectName?: string;
  /** Where SLS matches the group: its own (provider / plan) region, else its project's. */
  readonly region?: Located;
  /** `ip` or `userdefined` (the format's default when absent); undefined when unknown or not a valid type. */
  readonly kind?: IdentifyKind;
  /** The identifiers (IPs or custom IDs) the repo states, each at its own entry. */
  readonly identifiers: readonly Located[];
  /** False when the list, or one of its entries, is only known at apply time. */
  readonly identifiersComplete: boolean;
}

/** One identifier entry of one group: what an index hands back for a join. */
export interface GroupEntry {
  readonly group: MachineGroup;
  readonly entry: Located;
}

// ---------------------------------------------------------------- host bundles

/** Where a bundle value came from, for messages. */
export type BundleValueSource =
  | 'user_defined_id'
  | 'env'
  | 'script'
  | 'agent-config'
  | 'container-config'
  | 'install-command'
  | 'app_info'
  | 'users';

export interface BundleValue<T = string> extends Located<T> {
  readonly source: BundleValueSource;
}

/** A `hosts[]` entry of `.logtail-lint.json` that matched the bundle. */
export interface DeclaredHostFacts {
  /** The `path` as written in the config. */
  readonly path: string;
  readonly ecs?: boolean;
  readonly region?: string;
  readonly accountId?: string;
  readonly edition?: 'sls' | 'community';
  /** The declaration in the config file (file start when the config file was not read). */
  readonly at: Located<string>;
}

/** The files of one bundle, by kind. */
export interface BundleFacts {
  readonly agentConfigs: readonly AgentConfigFact[];
  readonly userDefinedIds: readonly UserDefinedIdFact[];
  readonly usersEntries: readonly UsersEntryFact[];
  readonly appInfos: readonly AppInfoFact[];
  readonly installCommands: readonly InstallCommandFact[];
  readonly identityWrites: readonly IdentityWriteFact[];
  readonly container?: ContainerFact;
}

/**
 * What lands on one host or one container: the agent files under one root (once the agent's
 * install paths are stripped), or one Kubernetes container's `ALIYUN_LOGTAIL_*` env.
 */
export interface HostBundle {
  /** Unique: the root folder (`''` = the lint root), or `<file>#<workload>/<container>`. */
  readonly id: string;
  readonly kind: 'files' | 'container';
  /** Folder for file bundles; the manifest's path for containers. */
  readonly root: string;
  readonly files: readonly string[];
  readonly facts: BundleFacts;
  readonly declared?: DeclaredHostFacts;
  /**
   * The region the agent talks to, from ilogtail_config.json, the container's config path or an
   * install parameter. Undefined when no source says, or when the sources disagree (other rules
   * report the disagreement).
   */
  readonly region?: BundleValue;
  /** The network type of the data endpoint (or install parameter), located at the value that sets it. */
  readonly network?: BundleValue<NetworkType>;
  /** Custom identifiers as the agent keeps them (user_defined_id lines, env, script writes). */
  readonly identifiers: readonly BundleValue[];
  /** True when some identifier source is only known at run time: any identifier might be carried. */
  readonly identifiersOpen: boolean;
  /** `working_ip` (ilogtail_config.json) or `ALIYUN_LOGTAIL_WORKING_IP`. */
  readonly workingIp?: BundleValue;
  /** True when `ALIYUN_LOGTAIL_WORKING_IP` is only known at run time. */
  readonly workingIpOpen: boolean;
  /** The `ip` an observed app_info.json reports. */
  readonly appInfoIp?: BundleValue;
  /** The IP SLS sees: `working_ip` when set, else the app_info.json `ip`. */
  readonly reportedIp?: BundleValue;
  /** Accounts the host may serve: users/ entry names, `ALIYUN_LOGTAIL_USER_ID` items, script writes. */
  readonly accounts: readonly BundleValue[];
  /** True when some account source is only known at run time. */
  readonly accountsOpen: boolean;
  /** users/ folders of the bundle (relative paths). */
  readonly usersDirs: readonly string[];
}
