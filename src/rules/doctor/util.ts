/** What the doctor/ rules share: the host's runtime facts and its bundle, or nothing on a plain lint. */
import { FILE_START } from '../../core/source-file.js';
import type { Range } from '../../core/diagnostic.js';
import type { AgentInstall, AgentProcess, ClockEstimate, HostRuntime } from '../../facts/host-runtime.js';
import type { Fleet, HostBundle } from '../../model/fleet.js';

export interface HostView {
  rt: HostRuntime;
  /** The bundle of the host's agent files; undefined when none was found. */
  bundle?: HostBundle;
}

/** The live host, when the doctor runs; undefined for the linter (then every doctor rule does nothing). */
export function hostOf(fleet: Fleet): HostView | undefined {
  const rt = fleet.host;
  if (!rt) return undefined;
  return { rt, bundle: fleet.bundles.find((b) => b.id === rt.bundleId) };
}

/** Processes that are not zombies (`Z`) or dead (`X`). */
export const live = (p: AgentProcess): boolean => p.state !== 'Z' && p.state !== 'X';

/** The install a process runs from (by its folder), if one was found. */
export const installOf = (rt: HostRuntime, p: AgentProcess): AgentInstall | undefined => rt.installs.find((i) => i.dir === p.installDir);

/** Where a finding about an install points: its binary, else its control script, else its config, else its folder. */
export function installAnchor(i: AgentInstall): { file: string; range: Range } {
  return { file: i.binary ?? i.control ?? i.configFile ?? i.dir, range: FILE_START };
}

/** `1h02m03s` / `20m00s` / `5.2 s`. */
export function duration(sec: number): string {
  const s = Math.abs(sec) < 60 ? Math.abs(sec) : Math.round(Math.abs(sec));
  if (s < 60) return `${Math.round(s * 10) / 10} s`;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}h${pad(m)}m${pad(r)}s` : `${m}m${pad(r)}s`;
}

/** ISO time without milliseconds, for messages. */
export const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export const productName = (product: 'ilogtail' | 'loongcollector'): string => (product === 'ilogtail' ? 'Logtail (ilogtail)' : 'LoongCollector');

// ---------------------------------------------------------------- the clock (doctor/clock-skew, doctor/clock-drift; doctor-live-host.md §4)

/** SLS rejects a request whose time is more than 15 minutes off: `RequestTimeExpired` (SLS error codes; sls-regions-and-iac.md). */
export const SLS_MAX_SKEW_SEC = 900;
/** Datadog's NTP check default (`defaultOffsetThreshold := 60`, ntp.go): logs then carry a wrong `__time__`. */
export const DRIFT_WARN_SEC = 60;

/** Is `enable_log_time_auto_adjust` `true` in one of the host's startup configs? */
export function autoAdjust(b: HostBundle | undefined): boolean {
  return (b?.facts.agentConfigs ?? []).some((c) => {
    const v = c.settings.get('enable_log_time_auto_adjust')?.valueNode;
    return v?.type === 'boolean' && v.value === true;
  });
}

/** Where the finding goes: the config server value of the startup config (brief §7.2), else the file. */
export function clockAnchor(host: HostView): { file: string; range: Range; pointer?: string } {
  const probes = host.rt.probes.checked ? host.rt.probes.value : [];
  const site = (probes.find((p) => p.target.role === 'config-server') ?? probes[0])?.target.site;
  if (site) return { file: site.file, range: site.range, pointer: site.pointer };
  const config = host.bundle?.facts.agentConfigs[0];
  return { file: config?.file ?? 'host:/', range: FILE_START };
}

export function describeOffset(c: ClockEstimate): string {
  const dir = c.offsetSec > 0 ? 'behind' : 'ahead of';
  return `The host clock is ${duration(c.offsetSec)} ${dir} SLS (±${Math.round(c.uncertaintySec * 10) / 10} s, ${c.source} of ${c.samples} endpoint${c.samples === 1 ? '' : 's'}: ${c.hosts.slice(0, 3).join(', ')}${c.hosts.length > 3 ? ', …' : ''})`;
}

export function syncAdvice(timeSync: readonly string[]): string {
  return timeSync.length > 0
    ? `Sync the clock: a time-sync config exists (${timeSync.map((f) => f.slice('host:'.length)).join(', ')}) but the clock is off, so check that its daemon runs and reaches its servers (on ECS: ntp.aliyun.com).`
    : 'Sync the clock: no chrony, ntpd or systemd-timesyncd config was found under /etc, so install and enable one (on ECS: ntp.aliyun.com).';
}
