/**
 * What the doctor's probes saw on a live (or mounted) host: facts, never verdicts. Collected once
 * by src/doctor/collect/*, handed to the pipeline as `runtime`, and read by the doctor/ rules
 * through `fleet.host`. Anything a probe could not look at is `{ checked: false, reason }`, so a
 * rule (and the step table) can say "not checked, because …" instead of guessing.
 */

/** A fact that was looked at, or the reason it was not. */
export type Checked<T> = { readonly checked: true; readonly value: T } | { readonly checked: false; readonly reason: string };

export type HostOs = 'linux' | 'windows';

/** The install layouts of doctor-live-host.md §2.1. */
export type InstallLayout = 'logtail-linux' | 'loongcollector-sls' | 'loongcollector-community' | 'logtail-windows';

/** One agent installation found at its real paths under the root. Paths are host paths (`host:/usr/local/ilogtail/…`). */
export interface AgentInstall {
  readonly layout: InstallLayout;
  readonly product: 'ilogtail' | 'loongcollector';
  /** Install folder, as a host path. */
  readonly dir: string;
  /** The agent binary (or the folder for Windows), when present. */
  readonly binary?: string;
  /** Where a symlinked binary points (`ilogtail_1.8.7`), read with readlink; never executed. */
  readonly binaryTarget?: string;
  /** Init script or control script, when present. */
  readonly control?: string;
  /** systemd unit, when present. */
  readonly systemdUnit?: string;
  /** The startup config the layout reads, when present. */
  readonly configFile?: string;
  readonly appInfoFile?: string;
  /** The main log file, when present. */
  readonly logFile?: string;
  /** The folder of users/ and user_defined_id (`/etc/ilogtail`, LoongCollector `conf/`, `C:\LogtailData`). */
  readonly sysConfDir: string;
  /** `INSTANCE_SUFFIX` of a multi-instance install (`/usr/local/ilogtail-b`), '' for the default one. */
  readonly suffix: string;
  /** The command that restarts it, for messages (never run). */
  readonly restartCommand: string;
}

/** One process of the agent, from `<root>/proc/<pid>/`. */
export interface AgentProcess {
  readonly pid: number;
  readonly ppid: number;
  /** `comm`: at most 15 characters, the name the binary was exec'd by. */
  readonly comm: string;
  /** `cmdline[0]`, as the process was started. */
  readonly exe: string;
  readonly args: readonly string[];
  /** Field 3 of stat: R, S, D, Z, T, … */
  readonly state: string;
  /** Epoch milliseconds: btime + starttime / CLK_TCK; undefined without btime. */
  readonly startedAt?: number;
  /** The install folder it runs from (dirname of cmdline[0]), as a host path. */
  readonly installDir: string;
  /** `ALIYUN_LOGTAIL_*`, `LOONG_*` and proxy hosts from environ, values outside the allow-list redacted. */
  readonly env: Readonly<Record<string, string>>;
}

export interface ProcessTable {
  /** Agent processes (zombies included: rules decide what a zombie means). */
  readonly agents: readonly AgentProcess[];
  /** How many pids were read; 0 with a /proc that has no pid folders. */
  readonly pidsRead: number;
  /** Pids whose files could not be read (permission, vanished). */
  readonly unreadable: number;
}

/** One record of the agent's own log (doctor-live-host.md §2.4). */
export interface AgentLogRecord {
  /** 1-based line of the record's first line in the log file. */
  readonly line: number;
  /** As written (local time of the host): `2024-12-20 10:00:00.123456`. */
  readonly time: string;
  /** Epoch ms, with the host's time zone when it is known (`timeZone` of the log). */
  readonly at?: number;
  readonly level: string;
  readonly thread: string;
  /** Source file and line of the agent (`/build/logtail/controller/EventDispatcher.cpp:1651`). */
  readonly source: string;
  /** The payload after the source, tabs kept, continuation lines appended, secrets redacted. */
  readonly text: string;
}

export interface AgentLog {
  /** The log file, as a host path. */
  readonly file: string;
  readonly records: readonly AgentLogRecord[];
  /** Only the file's last `bytesRead` bytes were read. */
  readonly tail: boolean;
  readonly bytesRead: number;
  readonly size: number;
  readonly mtimeMs: number;
  /** IANA zone the times were read in, and where it came from. */
  readonly timeZone: { readonly name: string; readonly source: string };
  /** Lines that were not records nor continuations (a truncated or foreign file). */
  readonly unparsedLines: number;
}

/** The stages of one HTTP probe, curl/filebeat style. */
export type ProbePhase = 'dns' | 'connect' | 'tls' | 'http';

export interface EndpointTarget {
  /** What the endpoint is, for messages: the config server, `<project>.<endpoint>`, sls-admin, a data endpoint. */
  readonly role: 'config-server' | 'project' | 'sls-admin' | 'data-endpoint';
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly tls: boolean;
  /** The config value that names it: rules attach their finding there. */
  readonly site: { readonly file: string; readonly pointer: string; readonly field: string; readonly range: import('../core/diagnostic.js').Range };
  /** For `project` targets. */
  readonly project?: string;
}

export interface ProbeResult {
  readonly target: EndpointTarget;
  /** Where the socket really went: `127.0.0.1:8080` through --connect-to, else the resolved address. */
  readonly address?: string;
  readonly via?: 'connect-to' | 'dns';
  readonly answered: boolean;
  /** When nothing answered: the phase that failed, and how. */
  readonly failedAt?: ProbePhase;
  readonly error?: { readonly code: string; readonly message: string };
  readonly timedOut: boolean;
  readonly status?: number;
  /** Why the answer is taken for SLS's: the `x-log-requestid` header, or SLS's error body. */
  readonly slsEvidence?: 'x-log-requestid' | 'sls-error-body';
  readonly requestId?: string;
  readonly errorCode?: string;
  /** `Server` header and the first bytes of a non-SLS body, for messages. */
  readonly server?: string;
  readonly bodySample?: string;
  /** `Date` and `x-log-time` of the answer. */
  readonly date?: string;
  readonly xLogTime?: number;
  /** Epoch ms on the host clock when the request was sent and the headers came back. */
  readonly sentAt: number;
  readonly receivedAt?: number;
  /** Milliseconds from the start: DNS done, TCP connected, TLS done, first byte. */
  readonly timings: { readonly dns?: number; readonly connect?: number; readonly tls?: number; readonly firstByte?: number; readonly total: number };
}

/** The host clock against SLS's (doctor-live-host.md §4). Positive: SLS is ahead (the host is behind). */
export interface ClockEstimate {
  readonly offsetSec: number;
  readonly uncertaintySec: number;
  /** How many answers the median was taken over, and their hosts. */
  readonly samples: number;
  readonly hosts: readonly string[];
  readonly source: 'x-log-time' | 'Date';
}

export type EcsIdentity =
  | {
      readonly known: true;
      readonly ecs: true;
      readonly source: string;
      readonly regionId?: string;
      readonly ownerAccountId?: string;
      readonly instanceId?: string;
      readonly privateIp?: string;
    }
  | { readonly known: true; readonly ecs: false; readonly source: string }
  | { readonly known: false; readonly reason: string };

/** What SLS itself says about one machine group (`--cloud`). */
export interface CloudGroup {
  readonly project: string;
  readonly group: string;
  /** GetMachineGroup: undefined when the call failed (then `error`). */
  readonly identifyType?: string;
  readonly identifiers?: readonly string[];
  /** ListMachines: the machines SLS has heard from. */
  readonly machines?: ReadonlyArray<{ readonly ip?: string; readonly userdefinedId?: string; readonly machineUniqueid?: string; readonly lastHeartbeatTime?: number }>;
  readonly error?: { readonly code: string; readonly message: string; readonly status?: number };
  readonly durationMs: number;
}

export interface CloudView {
  readonly endpoint: string;
  /** The credential provider that answered (`env`, `profile`, `ecs_ram_role`), never the secret. */
  readonly credentialSource?: string;
  readonly groups: readonly CloudGroup[];
  /** A failure before any group call (no SDK, no credentials, no project). */
  readonly error?: { readonly code: string; readonly message: string };
}

/** A file the agent reads at start, with its modification time. */
export interface HostFileTime {
  readonly file: string;
  readonly mtimeMs: number;
  /** Read at start only, or reloaded by the running agent every ~60 s (users/, user_defined_id; doctor-live-host.md §0 step 8). */
  readonly reload: 'start' | 'periodic';
}

export interface HostRuntime {
  readonly os: HostOs;
  /** Absolute root folder the host was read from (`/` on a live host). */
  readonly root: string;
  /** The prefix of every host path in findings: `host:`. */
  readonly prefix: string;
  /** The fleet bundle of the host's files (its id). */
  readonly bundleId: string;
  /** Epoch ms when the doctor started. */
  readonly now: number;
  readonly installs: readonly AgentInstall[];
  readonly processes: Checked<ProcessTable>;
  /** Epoch seconds (`/proc/stat` btime). */
  readonly bootTime?: number;
  readonly log: Checked<AgentLog>;
  readonly probes: Checked<readonly ProbeResult[]>;
  readonly clock: Checked<ClockEstimate>;
  readonly ecs: EcsIdentity;
  readonly cloud: Checked<CloudView>;
  readonly fileTimes: readonly HostFileTime[];
  /** `--heartbeat-max-age` in seconds. */
  readonly heartbeatMaxAgeSec: number;
  /** Projects to probe and to ask SLS about (`--project`, plus those the repo joins the host to). */
  readonly projects: readonly string[];
  /** Time-sync configs found (chrony, ntpd, systemd-timesyncd; Datadog's list), as host paths. */
  readonly timeSyncConfigs: readonly string[];
}
