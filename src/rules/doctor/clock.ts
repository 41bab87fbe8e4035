/** What doctor/clock-skew and doctor/clock-drift share (doctor-live-host.md §4). */
import { FILE_START } from '../../core/source-file.js';
import type { Range } from '../../core/diagnostic.js';
import type { ClockEstimate } from '../../facts/host-runtime.js';
import type { HostBundle } from '../../model/fleet.js';
import type { HostView } from './util.js';
import { duration } from './util.js';

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
