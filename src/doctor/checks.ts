/**
 * The step table: one row per seed step (and the agent log and the cloud view), each folding the
 * findings of the rules that answer that step into pass / warn / fail, or `skip` with the reason
 * when the facts it needs were not collected (nrdiag's "None": skipped because upstream said so).
 * The rules judge; this only groups their findings and quotes the facts as evidence.
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { HostRuntime } from '../facts/host-runtime.js';
import type { Fleet, HostBundle } from '../model/fleet.js';
import { groupsOf } from '../model/joins.js';
import { live } from '../rules/doctor/util.js';
import type { StageTimes } from './run.js';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface Check {
  id: string;
  /** The seed step (1-8), or null for the agent-log and cloud rows. */
  step: number | null;
  title: string;
  status: CheckStatus;
  /** The rules whose findings decide this row. */
  ruleIds: string[];
  summary: string;
  evidence: Record<string, unknown>;
  durationMs: number;
}

interface StepDef {
  id: string;
  step: number | null;
  title: string;
  owns: (ruleId: string) => boolean;
}

const STEPS: readonly StepDef[] = [
  { id: 'step-1-agent', step: 1, title: 'agent running', owns: (r) => r === 'doctor/agent-not-running' || r === 'doctor/duplicate-agents' },
  { id: 'step-2-ip', step: 2, title: 'machine-group IP', owns: (r) => r === 'doctor/ip-not-in-group' || r === 'host/app-info-ip-mismatch' },
  {
    id: 'step-3-config',
    step: 3,
    title: 'startup params',
    owns: (r) => /^(config|endpoint|region|file)\//.test(r) || ['host/region-mismatch', 'host/network-unreachable', 'host/internet-on-ecs'].includes(r),
  },
  { id: 'step-4-network', step: 4, title: 'network', owns: (r) => r === 'doctor/endpoint-unreachable' || r === 'doctor/endpoint-not-sls' },
  { id: 'step-5-clock', step: 5, title: 'clock', owns: (r) => r === 'doctor/clock-skew' || r === 'doctor/clock-drift' },
  { id: 'step-6-account', step: 6, title: 'account id', owns: (r) => r.startsWith('users/') || r === 'host/missing-account-file' || r === 'host/users-not-project-owner' },
  {
    id: 'step-7-custom-id',
    step: 7,
    title: 'custom id',
    owns: (r) => r.startsWith('user-defined-id/') || r === 'host/identity-matches-no-group' || r === 'host/identifier-shared-across-projects',
  },
  { id: 'step-8-restart', step: 8, title: 'restart', owns: (r) => r === 'doctor/restart-needed' },
  { id: 'agent-log', step: null, title: 'agent log', owns: (r) => r === 'doctor/agent-log-error' },
  { id: 'cloud-heartbeat', step: null, title: 'SLS heartbeat', owns: (r) => r === 'doctor/no-heartbeat' },
];

/** The row a rule's findings go to; a host finding of no listed rule goes to step 3 (the host's files). */
export function stepOf(ruleId: string): string {
  return (STEPS.find((s) => s.owns(ruleId)) ?? STEPS[2]).id;
}

type Base = { status: 'pass' | 'skip'; summary: string; evidence: Record<string, unknown> };

export function buildChecks(rt: HostRuntime, fleet: Fleet, diagnostics: readonly Diagnostic[], times: StageTimes, ruleIds: readonly string[]): Check[] {
  const bundle = fleet.bundles.find((b) => b.id === rt.bundleId);
  const base: Record<string, Base> = {
    'step-1-agent': agentBase(rt),
    'step-2-ip': ipBase(rt, fleet, bundle),
    'step-3-config': configBase(bundle),
    'step-4-network': networkBase(rt),
    'step-5-clock': clockBase(rt),
    'step-6-account': accountBase(rt, bundle),
    'step-7-custom-id': idBase(rt, fleet, bundle),
    'step-8-restart': restartBase(rt),
    'agent-log': logBase(rt),
    'cloud-heartbeat': cloudBase(rt, bundle),
  };
  const duration: Record<string, number> = {
    'step-1-agent': times.proc,
    'step-2-ip': times.rules,
    'step-3-config': times.files + times.rules,
    'step-4-network': times.network,
    'step-5-clock': times.network,
    'step-6-account': times.rules + times.ecs,
    'step-7-custom-id': times.rules,
    'step-8-restart': times.proc,
    'agent-log': times.log,
    'cloud-heartbeat': times.cloud,
  };
  return STEPS.map((s) => {
    const mine = diagnostics.filter((d) => stepOf(d.ruleId) === s.id);
    const b = base[s.id];
    const worst = mine.some((d) => d.severity === 'error') ? 'fail' : mine.some((d) => d.severity === 'warning') ? 'warn' : undefined;
    const found = mine.filter((d) => d.severity !== 'info');
    const summary = worst ? `${firstSentence(found[0].message)}${found.length > 1 ? ` (+${found.length - 1} more)` : ''}` : b.summary;
    return {
      id: s.id,
      step: s.step,
      title: s.title,
      status: worst ?? b.status,
      ruleIds: ruleIds.filter((r) => s.owns(r) || (s.id === 'step-3-config' && !STEPS.some((o) => o.owns(r)) && mine.some((d) => d.ruleId === r))),
      summary,
      evidence: { ...b.evidence, ...(mine.length > 0 ? { findings: mine.map((d) => ({ ruleId: d.ruleId, severity: d.severity, file: d.file, line: d.range.start.line })) } : {}) },
      durationMs: duration[s.id] ?? 0,
    };
  });
}

/** The message up to its first ": " or ". " (the fact, without the explanation). */
function firstSentence(message: string): string {
  const cut = message.search(/: |\. /);
  const s = cut > 0 ? message.slice(0, cut) : message;
  return s.length > 140 ? `${s.slice(0, 139)}…` : s;
}

const skip = (summary: string, evidence: Record<string, unknown> = {}): Base => ({ status: 'skip', summary: `not checked: ${summary.replace(/^not checked: /, '')}`, evidence });
const pass = (summary: string, evidence: Record<string, unknown> = {}): Base => ({ status: 'pass', summary, evidence });
const bare = (p: string) => p.replace(/^host:/, '');

function agentBase(rt: HostRuntime): Base {
  if (!rt.processes.checked) return skip(rt.processes.reason, { installs: rt.installs.map((i) => i.dir) });
  const running = rt.processes.value.agents.filter(live);
  const evidence = {
    installs: rt.installs.map((i) => ({ layout: i.layout, dir: bare(i.dir), ...(i.binaryTarget ? { binaryTarget: i.binaryTarget } : {}) })),
    processes: rt.processes.value.agents.map((p) => ({ pid: p.pid, ppid: p.ppid, comm: p.comm, state: p.state, startedAt: p.startedAt === undefined ? null : new Date(p.startedAt).toISOString(), installDir: bare(p.installDir), env: p.env })),
    pidsRead: rt.processes.value.pidsRead,
  };
  return pass(`${running.map((p) => p.comm)[0] ?? 'agent'} running: pids ${running.map((p) => p.pid).join(', ')}${running[0]?.installDir ? ` (${bare(running[0].installDir)})` : ''}`, evidence);
}

function hasGroupsToCompare(rt: HostRuntime, fleet: Fleet, region: string | undefined, kind: 'ip' | 'userdefined'): boolean {
  const repo = region !== undefined && (groupsOf(fleet, region)?.[kind].length ?? 0) > 0;
  const cloud = rt.cloud.checked && rt.cloud.value.groups.some((g) => g.identifyType === kind && g.identifiers);
  return repo || cloud;
}

function ipBase(rt: HostRuntime, fleet: Fleet, b: HostBundle | undefined): Base {
  const ip = b?.reportedIp;
  if (!ip) return skip(b?.workingIpOpen ? 'working_ip is set at deploy time' : 'no app_info.json and no working_ip: the IP the agent reports is unknown (the agent writes app_info.json when it starts)');
  const evidence = { ip: ip.value, source: ip.source === 'agent-config' ? 'working_ip' : 'app_info.json', file: ip.file, ...(rt.ecs.known && rt.ecs.ecs && rt.ecs.privateIp ? { ecsPrivateIp: rt.ecs.privateIp } : {}) };
  if (b.identifiers.length > 0) return pass(`reports ${ip.value}; matched by its custom identifier (step 7), not by IP`, evidence);
  if (!hasGroupsToCompare(rt, fleet, b.region?.value, 'ip')) return skip(`reports ${ip.value}, but there is no IP machine group to compare it with (give --repo or --cloud)`, evidence);
  return pass(`${ip.value} is in an IP machine group of ${b.region?.value ?? 'its region'}`, evidence);
}

function configBase(b: HostBundle | undefined): Base {
  const configs = b?.facts.agentConfigs ?? [];
  if (configs.length === 0) return skip('no startup config (ilogtail_config.json, loongcollector_config.json) under the root');
  return pass([b!.region?.value, b!.network?.value].filter(Boolean).join(', ') || 'parsed as the agent parses it', { files: configs.map((c) => c.file), region: b!.region?.value ?? null, network: b!.network?.value ?? null });
}

function networkBase(rt: HostRuntime): Base {
  if (!rt.probes.checked) return skip(rt.probes.reason);
  const probes = rt.probes.value;
  const evidence = {
    endpoints: probes.map((p) => ({
      url: p.target.url,
      role: p.target.role,
      ...(p.address ? { address: p.address } : {}),
      via: p.via,
      answered: p.answered,
      ...(p.status !== undefined ? { status: p.status } : {}),
      sls: p.slsEvidence ?? null,
      ...(p.failedAt ? { failedAt: p.failedAt, timedOut: p.timedOut, error: p.error?.code, errorMessage: p.error?.message } : {}),
      ...(p.server ? { server: p.server } : {}),
      timings: p.timings,
    })),
  };
  const slowest = Math.max(...probes.map((p) => p.timings.total));
  return pass(`${probes.length}/${probes.length} endpoints answer as SLS (slowest ${Math.round(slowest)} ms)`, evidence);
}

function clockBase(rt: HostRuntime): Base {
  if (!rt.clock.checked) return skip(rt.clock.reason);
  const c = rt.clock.value;
  return pass(`within ${Math.abs(Math.round(c.offsetSec * 10) / 10)} s of SLS (±${Math.round(c.uncertaintySec * 10) / 10} s, ${c.samples} endpoint${c.samples === 1 ? '' : 's'})`, { ...c, timeSyncConfigs: rt.timeSyncConfigs.map(bare) });
}

function accountBase(rt: HostRuntime, b: HostBundle | undefined): Base {
  const accounts = b?.accounts.map((a) => a.value) ?? [];
  const ecs = rt.ecs.known ? (rt.ecs.ecs ? { ecs: true, source: rt.ecs.source, ...(rt.ecs.ownerAccountId ? { ownerAccountId: rt.ecs.ownerAccountId } : {}), ...(rt.ecs.regionId ? { regionId: rt.ecs.regionId } : {}) } : { ecs: false, source: rt.ecs.source }) : { ecs: null, reason: rt.ecs.reason };
  const evidence = { accounts, usersDirs: b?.usersDirs ?? [], ...ecs };
  if (accounts.length > 0) return pass(`users/${accounts.join(', users/')}`, evidence);
  if (rt.ecs.known && rt.ecs.ecs) return pass(`no users/ entry, none needed for an ECS instance of the project owner's account (${rt.ecs.source})`, evidence);
  return skip(`no users/ entry, and whether this host is an ECS instance is unknown (${rt.ecs.known ? rt.ecs.source : rt.ecs.reason})`, evidence);
}

function idBase(rt: HostRuntime, fleet: Fleet, b: HostBundle | undefined): Base {
  const ids = b?.identifiers.map((i) => i.value) ?? [];
  if (ids.length === 0) return skip('no custom identifier (user_defined_id): the host is matched by its IP (step 2)');
  const evidence = { identifiers: ids, files: b!.facts.userDefinedIds.map((f) => f.file) };
  if (!hasGroupsToCompare(rt, fleet, b!.region?.value, 'userdefined')) return skip(`"${ids.join('", "')}", but there is no custom-identifier machine group to compare with (give --repo or --cloud)`, evidence);
  return pass(`"${ids.join('", "')}" in a machine group of ${b!.region?.value ?? 'its region'}`, evidence);
}

function restartBase(rt: HostRuntime): Base {
  if (!rt.processes.checked) return skip(rt.processes.reason);
  const starts = rt.processes.value.agents.filter(live).map((p) => p.startedAt).filter((t): t is number => t !== undefined);
  if (starts.length === 0) return skip(rt.processes.value.agents.some(live) ? 'no btime in /proc/stat, so the agent start time is unknown' : 'no agent runs, so nothing waits for a restart');
  const started = Math.max(...starts);
  return pass(`no startup config changed since the agent started (${new Date(started).toISOString()})`, { startedAt: new Date(started).toISOString(), files: rt.fileTimes.map((f) => ({ file: f.file, mtime: new Date(f.mtimeMs).toISOString(), reload: f.reload })) });
}

function logBase(rt: HostRuntime): Base {
  if (!rt.log.checked) return skip(rt.log.reason);
  const l = rt.log.value;
  return pass(`${l.records.length} records read${l.tail ? ' (last 2 MiB)' : ''}, none of the known failure lines`, { file: l.file, records: l.records.length, tail: l.tail, size: l.size, timeZone: l.timeZone, unparsedLines: l.unparsedLines });
}

function cloudBase(rt: HostRuntime, b: HostBundle | undefined): Base {
  if (!rt.cloud.checked) return skip(rt.cloud.reason);
  const v = rt.cloud.value;
  const evidence = { endpoint: v.endpoint, credentialSource: v.credentialSource ?? null, groups: v.groups.map((g) => ({ project: g.project, group: g.group, identifyType: g.identifyType ?? null, machines: g.machines?.length ?? null, error: g.error ?? null, durationMs: g.durationMs })) };
  const ip = b?.reportedIp?.value;
  const ids = new Set(b?.identifiers.map((i) => i.value) ?? []);
  let latest = 0;
  let where = '';
  for (const g of v.groups) {
    for (const m of g.machines ?? []) {
      if ((ip !== undefined && m.ip === ip) || (m.userdefinedId !== undefined && ids.has(m.userdefinedId))) {
        if ((m.lastHeartbeatTime ?? 0) > latest) {
          latest = m.lastHeartbeatTime ?? 0;
          where = `${g.project}/${g.group}`;
        }
      }
    }
  }
  if (latest === 0) {
    const failed = v.groups.filter((g) => g.error);
    return skip(failed.length > 0 ? `SLS answered with errors (${failed.map((g) => `${g.project}/${g.group}: ${g.error!.code}`).join('; ')})` : 'no machine group SLS returned lists this host', evidence);
  }
  return pass(`SLS saw this host's heartbeat ${Math.max(0, Math.round(rt.now / 1000 - latest))} s ago (${where})`, evidence);
}
