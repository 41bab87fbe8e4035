/** What the doctor/ rules share: the host's runtime facts and its bundle, or nothing on a plain lint. */
import { FILE_START } from '../../core/source-file.js';
import type { Range } from '../../core/diagnostic.js';
import type { AgentInstall, AgentProcess, HostRuntime } from '../../facts/host-runtime.js';
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
