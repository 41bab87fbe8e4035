/**
 * The doctor's driver: collect the live host's facts, run the one pipeline (the same readers,
 * model and rules as the linter, plus the doctor/ rules reading `fleet.host`), and keep the
 * findings that concern the host. It judges nothing itself; src/doctor/checks.ts folds the
 * findings into the step table. Never writes to the host, never executes anything from it.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { resolveConfig } from '../config/load.js';
import { UsageError } from '../config/load.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { DiscoveredFile, DiscoverProblem } from '../core/source-file.js';
import { discover } from '../engine/discover.js';
import { ruleMetadata } from '../engine/lint.js';
import { runPipeline, type PipelineResult } from '../engine/pipeline.js';
import { finalize } from '../engine/report.js';
import { applySuppressions } from '../engine/suppress.js';
import type { Checked, CloudView, EcsIdentity, HostOs, HostRuntime, ProbeResult } from '../facts/host-runtime.js';
import { joinedProjects } from '../model/joins.js';
import type { Fleet, HostBundle } from '../model/fleet.js';
import { allRules, knownRuleIds } from '../rules/index.js';
import { RUNTIME_RULE_IDS } from '../rules/doctor/index.js';
import { collectAgentLog } from './collect/agent-log.js';
import { estimateClock } from './collect/clock.js';
import { collectEcs } from './collect/ecs-metadata.js';
import { collectHostFiles } from './collect/host-files.js';
import { findInstalls } from './collect/install.js';
import { probeAll } from './collect/network.js';
import { HOST_BUNDLE, HOST_PREFIX, localPath } from './collect/paths.js';
import { collectProcesses } from './collect/proc.js';
import { endpointTargets } from './collect/targets.js';
import { Router, type ConnectToRule } from './net/connect-to.js';

export interface DoctorOptions {
  /** Absolute root of the host (`/` live). */
  root: string;
  /** Undefined: detect from the root's folders. */
  os?: HostOs;
  repo?: string;
  offline: boolean;
  projects: readonly string[];
  cloud: boolean;
  cloudEndpoint?: string;
  timeoutMs: number;
  connectTo: readonly ConnectToRule[];
  denyUnmapped: boolean;
  ecsRegion?: string;
  notEcs: boolean;
  /** Undefined: on for the live root only. */
  ecsMetadata?: boolean;
  heartbeatMaxAgeSec: number;
  ca?: string;
  rules?: Record<string, import('../core/diagnostic.js').SeveritySetting>;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** Milliseconds each collection stage took (the `-v` timings and the checks' durationMs). */
export interface StageTimes {
  files: number;
  proc: number;
  log: number;
  network: number;
  ecs: number;
  cloud: number;
  rules: number;
  total: number;
}

export interface DoctorResult {
  diagnostics: Diagnostic[];
  suppressed: Array<Diagnostic & { reason: string }>;
  runtime: HostRuntime;
  fleet: Fleet;
  pipeline: PipelineResult;
  rules: ReturnType<typeof ruleMetadata>;
  /** Folder that repo paths are relative to (host paths carry `host:`). */
  cwd: string;
  /** The configuration the run used (the repo's, with the host's declaration). */
  config: ResolvedConfig;
  times: StageTimes;
  filesRead: number;
}

/** Time kept for the second pipeline pass and the output after the probes. */
const AFTER_PROBES_MS = 250;
/** A request never gets less than this, however late the run started. */
const MIN_REQUEST_MS = 200;

/** Time-sync configs (Datadog's getLocalDefinedNTPServers list). */
const TIME_SYNC_FILES = ['/etc/chrony.conf', '/etc/chrony/chrony.conf', '/etc/ntp.conf', '/etc/systemd/timesyncd.conf'];

export function detectOs(root: string): HostOs {
  const has = (p: string) => existsSync(path.join(root, p));
  if (!has('etc') && (has('Program Files') || has('Program Files (x86)') || has('LogtailData') || has('Windows'))) return 'windows';
  return 'linux';
}

export async function runDoctor(o: DoctorOptions): Promise<DoctorResult> {
  const t0 = performance.now();
  const lap = () => {
    const t = performance.now();
    return () => Math.round(performance.now() - t);
  };
  checkRoot(o.root);
  const os = o.os ?? detectOs(o.root);
  const live = path.resolve(o.root) === path.parse(path.resolve(o.root)).root && os === 'linux';
  const router = new Router(o.connectTo, o.denyUnmapped);

  // ---- the host's files, and the repo's (with --repo)
  let tFiles = lap();
  const installs = findInstalls(o.root, os);
  const hostFiles = collectHostFiles(o.root, os, installs);
  const { cwd, config, repoFiles, repoProblems } = await repoInput(o);
  config.hosts = [...config.hosts, { path: hostDeclarationPath(cwd, config.baseDir) }];
  const files: DiscoveredFile[] = [...repoFiles, ...hostFiles.files];
  const discoverProblems: DiscoverProblem[] = [...repoProblems, ...hostFiles.problems];
  const timeFiles = tFiles();

  // The first pass runs every rule that needs no runtime fact, before any probe (so its CPU time
  // neither delays a probe's events nor eats into --timeout), and gives the fleet: the host's
  // endpoints, region, and the projects and groups it joins.
  tFiles = lap();
  const first = await runPipeline({ cwd, config, files, discoverProblems, rules: allRules.filter((r) => !RUNTIME_RULE_IDS.has(r.id)) });
  const bundle = first.fleet.bundles.find((b) => b.id === HOST_BUNDLE);
  const joined = bundle ? joinedProjects(first.fleet, bundle) : [];
  const projects = [...new Set([...o.projects, ...joined.map((j) => j.project.name?.value).filter((n): n is string => n !== undefined)])];
  const knownGroups = new Map<string, string[]>();
  if (bundle) {
    for (const j of joined) {
      const name = j.project.name?.value;
      const group = j.join.entry.group.name?.value;
      if (name && group) knownGroups.set(name, [...new Set([...(knownGroups.get(name) ?? []), group])]);
    }
  }
  const firstPass = tFiles();

  // ---- the process table and the log (files), then every network probe at once
  let t = lap();
  const proc = collectProcesses(o.root, os);
  const procMs = t();
  t = lap();
  const install = pickLogInstall(installs, proc.processes);
  const log = collectAgentLog(o.root, install?.logFile, live);
  const logMs = t();

  const offlineReason = 'not checked: --offline';
  // Each request gets --timeout, clamped so that the whole run (node's start-up included) ends
  // within --timeout even when every endpoint hangs (issue 8: "in under --timeout").
  const timeoutMs = Math.max(MIN_REQUEST_MS, Math.min(o.timeoutMs, o.timeoutMs - Math.round(performance.now()) - AFTER_PROBES_MS));
  const targets = endpointTargets(bundle, projects);
  const ecsProbe = !o.offline && (o.ecsMetadata ?? live);
  const tNet = lap();
  let networkMs = 0;
  const probesP: Promise<Checked<readonly ProbeResult[]>> = o.offline
    ? Promise.resolve({ checked: false, reason: offlineReason })
    : targets.length === 0
      ? Promise.resolve({ checked: false, reason: bundle?.facts.agentConfigs.length ? 'the startup config names no usable config server or data endpoint' : 'no startup config (ilogtail_config.json) was found, so there is no endpoint to probe' })
      : probeAll(targets, { router, timeoutMs, ca: o.ca }).then((v) => {
          networkMs = tNet();
          return { checked: true as const, value: v };
        });
  const tEcs = lap();
  let ecsMs = 0;
  const ecsP: Promise<EcsIdentity> = collectEcs(o.root, installs, { ...(o.offline && (o.ecsMetadata ?? live) ? { probeSkipped: 'the ECS metadata service was not asked (--offline)' } : {}), ecsRegion: o.ecsRegion, notEcs: o.notEcs, probe: ecsProbe, router, timeoutMs: Math.min(1000, timeoutMs) }).then((e) => {
    ecsMs = tEcs();
    return e;
  });
  const tCloud = lap();
  let cloudMs = 0;
  const cloudP: Promise<Checked<CloudView>> = !o.cloud
    ? Promise.resolve({ checked: false, reason: 'not requested (--cloud asks SLS for the live machine groups)' })
    : o.offline
      ? Promise.resolve({ checked: false, reason: offlineReason })
      : runCloud({ ...o, timeoutMs }, bundle, projects, knownGroups, router, ecsP).then((v) => {
          cloudMs = tCloud();
          return v;
        });
  const [probes, ecs, cloud] = await Promise.all([probesP, ecsP, cloudP]);

  const runtime: HostRuntime = {
    os,
    root: o.root,
    prefix: HOST_PREFIX,
    bundleId: HOST_BUNDLE,
    now: Date.now(),
    installs,
    processes: proc.processes,
    ...(proc.bootTime !== undefined ? { bootTime: proc.bootTime } : {}),
    log,
    probes,
    clock: estimateClock(probes),
    ecs,
    cloud,
    fileTimes: hostFiles.fileTimes,
    heartbeatMaxAgeSec: o.heartbeatMaxAgeSec,
    projects,
    timeSyncConfigs: os === 'linux' ? TIME_SYNC_FILES.filter((f) => existsSync(localPath(o.root, f))).map((f) => `${HOST_PREFIX}${f}`) : [],
  };

  t = lap();
  const second = await runPipeline({ cwd, config, files, discoverProblems, runtime, rules: allRules.filter((r) => RUNTIME_RULE_IDS.has(r.id)) });
  const pipeline: PipelineResult = {
    ...second,
    diagnostics: [...first.diagnostics, ...second.diagnostics],
    ruleFailures: [...first.ruleFailures, ...second.ruleFailures],
    readerFailures: first.readerFailures, // the same files, read twice: reported once
  };
  // The host's findings: the repo's own (a typo in a group that no host carries) are the linter's business.
  const concernsHost = (d: Diagnostic) => d.file.startsWith(HOST_PREFIX);
  const { kept, suppressed } = applySuppressions(pipeline.diagnostics.filter(concernsHost), config.suppressions, cwd, config.baseDir);
  const rulesMs = t() + firstPass;
  return {
    diagnostics: finalize(kept),
    suppressed,
    runtime,
    fleet: pipeline.fleet,
    pipeline,
    rules: ruleMetadata(),
    cwd,
    config,
    times: { files: timeFiles, proc: procMs, log: logMs, network: networkMs, ecs: ecsMs, cloud: cloudMs, rules: rulesMs, total: Math.round(performance.now() - t0) },
    filesRead: pipeline.readFiles.length,
  };
}

function checkRoot(root: string): void {
  let st;
  try {
    st = statSync(root);
  } catch (err) {
    throw new UsageError(`--root ${root} cannot be read (${(err as NodeJS.ErrnoException).code ?? err}).`);
  }
  if (!st.isDirectory()) throw new UsageError(`--root ${root} is a file, not a folder: give the folder a host's file system is mounted at (/ for this host).`);
}

/** The `hosts[]` entry that keeps every host file in one bundle, relative to the config's folder. */
function hostDeclarationPath(cwd: string, baseDir: string): string {
  return path.relative(baseDir, path.join(cwd, HOST_PREFIX)).split(path.sep).join('/');
}

async function repoInput(o: DoctorOptions): Promise<{ cwd: string; config: ResolvedConfig; repoFiles: DiscoveredFile[]; repoProblems: DiscoverProblem[] }> {
  if (!o.repo) {
    return { cwd: o.cwd, config: resolveConfig(o.cwd, { noConfigLookup: true, rules: o.rules }, knownRuleIds), repoFiles: [], repoProblems: [] };
  }
  const repo = path.resolve(o.cwd, o.repo);
  if (!existsSync(repo) || !statSync(repo).isDirectory()) throw new UsageError(`--repo ${o.repo} is not a folder.`);
  const config = resolveConfig(repo, { searchFrom: repo, rules: o.rules }, knownRuleIds);
  const found = await discover({ patterns: ['.'], cwd: repo, ignores: config.ignores });
  return { cwd: repo, config, repoFiles: found.files, repoProblems: found.problems };
}

/** The install whose log matters: the one a live agent runs from, else the first with a log. */
function pickLogInstall(installs: HostRuntime['installs'], processes: HostRuntime['processes']) {
  const dirs = processes.checked ? new Set(processes.value.agents.filter((p) => p.state !== 'Z').map((p) => p.installDir)) : new Set<string>();
  return installs.find((i) => i.logFile && dirs.has(i.dir)) ?? installs.find((i) => i.logFile);
}

async function runCloud(
  o: DoctorOptions,
  bundle: HostBundle | undefined,
  projects: readonly string[],
  knownGroups: ReadonlyMap<string, readonly string[]>,
  router: Router,
  ecs: Promise<EcsIdentity>,
): Promise<Checked<CloudView>> {
  const endpoint = o.cloudEndpoint ?? cloudEndpointOf(bundle);
  if (!endpoint) return { checked: false, reason: 'no SLS endpoint to ask: the host config names no region; give --cloud-endpoint' };
  const { collectCloud } = await import('./collect/cloud.js');
  const e = await ecs;
  const view = await collectCloud({
    endpoint,
    projects,
    knownGroups,
    ...(bundle?.reportedIp ? { hostIp: bundle.reportedIp.value } : {}),
    hostIds: bundle?.identifiers.map((i) => i.value) ?? [],
    router,
    timeoutMs: o.timeoutMs,
    ...(o.ca ? { ca: o.ca } : {}),
    ecs: e.known && e.ecs,
    env: o.env,
  });
  if (view.error && view.groups.every((g) => g.error)) return { checked: false, reason: `SLS could not be asked (${view.error.code}: ${view.error.message})` };
  return { checked: true, value: view };
}

/** The API endpoint of the host's region: its data endpoint's host (intranet forms work from the host itself), else `<region>.log.aliyuncs.com`. */
function cloudEndpointOf(bundle: HostBundle | undefined): string | undefined {
  const ep = bundle?.facts.agentConfigs.flatMap((c) => c.sites.groups.flatMap((g) => g.endpoints)).find((s) => s.parsed?.host.endsWith('.log.aliyuncs.com'));
  if (ep?.parsed) return `https://${ep.parsed.host}`;
  return bundle?.region ? `https://${bundle.region.value}.log.aliyuncs.com` : undefined;
}
