export * from './agent-config.js';
import type { AgentConfigFact } from './agent-config.js';
/**
 * Typed facts that readers extract from files. A reader never judges: it records what a file
 * says, with positions, and rules decide what is wrong. Values that IaC cannot know before
 * apply (variables, references, templates) are `Unknown` and never produce a finding.
 */
import type { SourceFile } from '../core/source-file.js';
import type { Range } from '../core/diagnostic.js';
import type { Known, Unknown, Value } from '../core/value.js';
import type { AttributeShape, AttributeYield } from '../knowledge/iac-attributes.js';


// ---------------------------------------------------------------- ilogtail_config.json

// ---------------------------------------------------------------- host identity files

/**
 * One line of user_defined_id as the agent reads it (docs/reference/agent-config.md §4): split on LF, trimmed of
 * SPACES only (a CR, a tab or a BOM stays part of the identifier), and only within the first
 * 8 KiB (src/knowledge/agent-files.ts).
 */
export interface UserDefinedIdLine {
  /** 1-based line number in the file. */
  line: number;
  /** UTF-16 offset of the line's first character. */
  start: number;
  /** The line as written, without the LF (a CR stays, as the agent keeps it). */
  raw: string;
  /** What the agent keeps: the line within the read limit, trimmed of spaces only ('' for a blank line). */
  id: string;
  /** UTF-16 offset of `id`. */
  idStart: number;
  /** The identifier, without a trailing CR. */
  range: Range;
  /** Starts past the read limit: the agent never sees it. */
  unread: boolean;
  /** Straddles the read limit: the agent keeps only its first part (`id`). */
  cut: boolean;
}

export interface UserDefinedIdFact {
  file: string;
  source: SourceFile;
  /** Every line, blank ones and those past the read limit included; the empty piece after a final LF is not a line. */
  lines: UserDefinedIdLine[];
  hasBom: boolean;
  hasCrlf: boolean;
  byteLength: number;
  /** UTF-16 offset where the agent's read stops; undefined when the whole file fits. */
  readLimitOffset?: number;
}

export interface UsersEntryFact {
  /** Path of the entry (`hosts/web/etc/ilogtail/users/1234567890123456`). */
  file: string;
  /** Path of the users/ folder that holds it. */
  dir: string;
  /** The entry name: the account ID the agent takes it for. */
  name: string;
  isDirectory: boolean;
  size: number;
  /**
   * True for the users/ folder itself (then `file` and `dir` are the folder, `name` is `users`),
   * recorded so that rules can see an EMPTY users/ folder. Every other fact is an entry in it.
   */
  usersDir?: boolean;
}

export interface AppInfoFact {
  file: string;
  source: SourceFile;
  ip?: Value<string>;
  hostname?: Value<string>;
  version?: Value<string>;
}

// ---------------------------------------------------------------- projects and machine groups

export type DefinitionFormat =
  | 'terraform'
  | 'terraform-json'
  | 'terraform-plan'
  | 'ros'
  | 'sls-api'
  | 'aliyunlog-cli'
  /** Crossplane provider-alibaba (`sls.alibaba.crossplane.io`). */
  | 'crossplane'
  | 'lint-config';

export interface ProjectFact {
  file: string;
  format: DefinitionFormat;
  /** Resource address (`alicloud_log_project.main`, ROS logical ID). */
  address: string;
  name: Value<string>;
  /** Where the repo says the project lives: provider region, plan JSON, or the lint config. */
  region?: Value<string>;
  ownerAccountId?: Value<string>;
  /** Terraform `provider = alicloud.<alias>`: the alias (without `alicloud.`); absent for the default provider. */
  providerAlias?: string;
  range: Range;
}

export interface MachineGroupFact {
  file: string;
  format: DefinitionFormat;
  address: string;
  /** The project name as written (may be Unknown: a reference to a project resource). */
  project?: Value<string>;
  /** When the project is a reference to a resource in the same repo (`alicloud_log_project.main`). */
  projectRef?: string;
  name: Value<string>;
  /** Absent when the format has a default (Terraform alicloud_log_machine_group: `ip`). */
  identifyType?: Value<string>;
  identifyTypeDefault?: string;
  /** Unknown as a whole when the list is one expression; otherwise one Value per entry. */
  identifiers: Value<Array<Value<string>>>;
  topic?: Value<string>;
  /** Region from the provider, plan or stack: where SLS matches this group. */
  region?: Value<string>;
  /** Entries built from instances' public IPs (Terraform `public_ip`, ROS `PublicIp`): the `entrySources` that yield public IPs, taken as they are or picked from. */
  publicIpSources: Range[];
  /**
   * Where the list's entries come from when the IaC builds them from other resources (ROS
   * `Fn::GetAtt [Group, PrivateIps]`, Terraform `alicloud_instance.web[*].private_ip`), in
   * document order; [] for a list of literals.
   */
  entrySources: EntrySource[];
  /** Terraform `provider = alicloud.<alias>`: the alias (without `alicloud.`); absent for the default provider. */
  providerAlias?: string;
  range: Range;
}

/**
 * A resource attribute that fills a machine group's list (src/knowledge/iac-attributes.ts says
 * what each attribute holds). Values are known only at apply or deploy time; where they come
 * from is known now.
 */
export interface EntrySource {
  /** ROS logical ID or Terraform address of the resource read (`EcsGroup`, `alicloud_instance.web`). */
  resource: string;
  /** Its type, when the repository defines it (`ALIYUN::ECS::InstanceGroup`, `alicloud_instance`). */
  resourceType?: string;
  /** `PublicIps`, `private_ip`; undefined for a ROS `Ref` of the resource itself. */
  attribute?: string;
  /** What the attribute holds; undefined when the knowledge table does not know it. */
  yields?: AttributeYield;
  /** One value or a list, per the knowledge table. */
  shape?: AttributeShape;
  /** `list`: the attribute is the whole list (`MachineList: !GetAtt G.PrivateIps`); `entry`: one item of it (`[!GetAtt I.PrivateIp]`). */
  fills: 'list' | 'entry';
  /** Reached only through a condition the repository does not decide (ROS `Fn::If`): one way the stack may go. */
  conditional?: boolean;
  /** The function between the attribute and the list (`Fn::Select`, `Fn::Join`, `Fn::Jq`); undefined when taken as is. */
  through?: string;
  /** The reference as written. */
  range: Range;
}

export interface AttachmentFact {
  file: string;
  format: DefinitionFormat;
  address: string;
  project?: Value<string>;
  /** When the project is a reference to a resource in the same repo (`alicloud_log_project.main`). */
  projectRef?: string;
  configName?: Value<string>;
  groupName: Value<string>;
  range: Range;
}

// ---------------------------------------------------------------- containers and install scripts

/** The agent's environment variables a container fact records (docs/reference/sls-regions-and-iac.md §C.7). */
export type ContainerField = 'userId' | 'userDefinedId' | 'configPath' | 'workingIp';

export interface ContainerFact {
  file: string;
  /** `DaemonSet/logtail-ds` and the container name. */
  workload: string;
  /** The workload's namespace, when its manifest states one. */
  namespace?: string;
  container: string;
  userId?: Value<string>;
  userDefinedId?: Value<string>;
  configPath?: Value<string>;
  workingIp?: Value<string>;
  /**
   * Fields whose value is `valueFrom.configMapKeyRef` or `secretKeyRef` (Unknown here): the model
   * resolves each to the literal of that key in a ConfigMap (Secret) of that name, when the
   * repository holds exactly one such value.
   */
  configMapRefs?: Array<{ field: ContainerField; name: string; key: string; kind?: 'ConfigMap' | 'Secret' }>;
  /** `envFrom` ConfigMaps and Secrets: every key of theirs is an env var of the container. */
  envFrom?: Array<{ kind: 'ConfigMap' | 'Secret'; name: string }>;
  /**
   * Set by the model for a field it resolved from a ConfigMap or Secret: where that value is
   * written (the field's own range stays the container's, where the reference is).
   */
  resolvedFrom?: Partial<Record<ContainerField, { kind: 'ConfigMap' | 'Secret'; file: string; name: string; key: string; range: Range; pointer?: string }>>;
  /** The container's image, as written. */
  image?: Value<string>;
  /** The `<param>` folder of `configPath` (`/etc/ilogtail/conf/<param>/…`) at its own place, when the file spells the path verbatim. */
  configParam?: Known<string>;
  range: Range;
}

/**
 * A Kubernetes ConfigMap's literal `data`, or a Secret's `stringData` and `data` (base64-decoded;
 * a value that is not valid base64 of UTF-8 text is left out). Templated values are left out.
 */
export interface ConfigMapFact {
  file: string;
  /** Absent for a ConfigMap (the default). */
  kind?: 'Secret';
  name: string;
  namespace?: string;
  data: ReadonlyMap<string, string>;
  /** Where each key's value is written. */
  places?: ReadonlyMap<string, { range: Range; pointer?: string }>;
}

/** The agent's environment variables (docs/reference/sls-regions-and-iac.md §C.7) by name. */
export type AgentEnvName = 'ALIYUN_LOGTAIL_USER_ID' | 'ALIYUN_LOGTAIL_USER_DEFINED_ID' | 'ALIYUN_LOGTAIL_CONFIG' | 'ALIYUN_LOGTAIL_WORKING_IP';

/**
 * An agent environment variable set outside a Kubernetes or Compose container: a Dockerfile
 * `ENV` (or an `ARG` default of the same name, which an `ENV NAME=$NAME` passes on), or a
 * `docker run -e NAME=value` in a script.
 */
export interface AgentEnvFact {
  file: string;
  origin: 'dockerfile-env' | 'dockerfile-arg' | 'docker-run';
  name: AgentEnvName;
  value: Value<string>;
  /** The whole setting (`ENV NAME=value`, `-e NAME=value`). */
  range: Range;
}

/** An image a Dockerfile builds from (`FROM`) or a script runs (`docker run`); Kubernetes and Compose images are on ContainerFact. */
export interface ImageFact {
  file: string;
  origin: 'dockerfile-from' | 'docker-run';
  image: Value<string>;
}

export interface AliyunLogConfigFact {
  file: string;
  name: string;
  project?: Value<string>;
  machineGroups: Array<Value<string>>;
  range: Range;
}

export interface InstallCommandFact {
  file: string;
  tool: 'logtail.sh' | 'loongcollector.sh' | 'logtail_installer.exe';
  /** The install parameter: region plus network suffix (`cn-hangzhou-internet`). */
  param: Value<string>;
  /** Region of the OSS endpoint the installer script was downloaded from (`oss-cn-hangzhou`), if any. */
  downloadRegion?: Value<string>;
  /** That endpoint is an internal one (`oss-<r>-internal`, legacy `vpc100-oss-<r>`): reachable only from inside its region. */
  downloadInternal?: boolean;
  range: Range;
}

/** A shell line that writes host identity files (or, by mistake, the agent's collection-config cache). */
export interface IdentityWriteFact {
  file: string;
  /** `user_log_config` is the agent's cache of collection configs, which some scripts write an identity into. */
  target: 'user_defined_id' | 'users' | 'user_log_config';
  /** `>>` or `tee -a`: appends on every re-run. */
  appends: boolean;
  value: Value<string>;
  range: Range;
  /** The text that makes the write append (`>>`, `tee -a`), where the file spells it. */
  appendOperator?: { text: string; literal: [number, number]; range: Range };
  /** The target path as written, quotes removed (`/etc/ilogtail/users/1234567890123456`). */
  path?: string;
  /** How the file is written: a redirection, `tee`, `touch`, `mkdir` (`-p`: with its parents). */
  via?: 'redirect' | 'tee' | 'touch' | 'mkdir' | 'mkdir-p';
  /** The option word of the `echo` that writes the value (`-e`, `-ne`), where the line has one. */
  echoOption?: { text: string; range: Range };
  /** The shell that runs the line, when the file says (a shebang, a Dockerfile RUN, `sh -c`). */
  shell?: ShellContext;
}

/** Which shell runs a script line, and how the file says so. */
export interface ShellContext {
  /** The shell's name as invoked (`sh`, `bash`, `dash`, `ash`, …). */
  shell: string;
  /** `shebang` (`#!/bin/sh`), `dockerfile` (a RUN line: `/bin/sh -c` unless SHELL changed it), `sh-c` (`bash -c '…'`). */
  from: 'shebang' | 'dockerfile' | 'sh-c';
  /** Dockerfile: the image of the build stage (`FROM`), as written. */
  image?: string;
  /** Dockerfile: where the stage's `FROM` instruction is. */
  imageRange?: Range;
}

/**
 * An agent command-line flag that names an environment variable (`-ilogtail_user_defined_id_env_name
 * USERID`), as a script starts the agent binary with it.
 */
export interface AgentFlagFact {
  file: string;
  /** Without dashes: `ilogtail_user_defined_id_env_name`. */
  flag: string;
  value: Value<string>;
  range: Range;
}

/** A `mkdir` of one of the agent's folders (`/etc/ilogtail`, `/etc/ilogtail/users`). */
export interface DirectoryFact {
  file: string;
  /** As written, quotes removed. */
  path: string;
  /** `-p`: parents are created too, and an existing folder is no error. */
  parents: boolean;
  range: Range;
}

// ---------------------------------------------------------------- read and parse problems

export interface ParseProblemFact {
  file: string;
  format: 'json' | 'yaml' | 'hcl' | 'terraform-json' | 'terraform-plan';
  message: string;
  range: Range;
}

/** Everything the readers found in the repo, before the model joins it. */
export interface Facts {
  agentConfigs: AgentConfigFact[];
  userDefinedIds: UserDefinedIdFact[];
  usersEntries: UsersEntryFact[];
  appInfos: AppInfoFact[];
  projects: ProjectFact[];
  machineGroups: MachineGroupFact[];
  attachments: AttachmentFact[];
  containers: ContainerFact[];
  /** ConfigMaps and Secrets. */
  configMaps: ConfigMapFact[];
  aliyunLogConfigs: AliyunLogConfigFact[];
  agentEnv: AgentEnvFact[];
  images: ImageFact[];
  installCommands: InstallCommandFact[];
  identityWrites: IdentityWriteFact[];
  /** `mkdir` of the agent's folders in scripts. */
  directories: DirectoryFact[];
  /** Agent flags that name environment variables, where scripts start the agent. */
  agentFlags: AgentFlagFact[];
  /** Terraform `provider "alicloud"` blocks, resolved by the model per module folder. */
  providers: ProviderFact[];
  parseProblems: ParseProblemFact[];
}

export interface ProviderFact {
  file: string;
  /** Folder of the Terraform module the block belongs to. */
  moduleDir: string;
  alias?: string;
  region?: Value<string>;
  range: Range;
}

export function emptyFacts(): Facts {
  return {
    agentConfigs: [],
    userDefinedIds: [],
    usersEntries: [],
    appInfos: [],
    projects: [],
    machineGroups: [],
    attachments: [],
    containers: [],
    configMaps: [],
    aliyunLogConfigs: [],
    agentEnv: [],
    images: [],
    installCommands: [],
    identityWrites: [],
    directories: [],
    agentFlags: [],
    providers: [],
    parseProblems: [],
  };
}
