/**
 * Builds a host root in a temp folder, as `logtail-lint doctor --root` reads it: the agent's files
 * at their real install paths, a `proc/` with agent processes (NUL-separated cmdline, comm, a
 * `stat` whose field 22 is the start time in ticks, status, environ), `proc/stat` with btime, and
 * an agent log of real lines. Every file's mtime is set explicitly (fs.utimes), so tests never
 * depend on when they were written.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export interface FakeProcess {
  pid: number;
  ppid: number;
  /** Default: the install's binary name. */
  comm?: string;
  /** cmdline[0]; default the install's binary path. */
  exe?: string;
  args?: string[];
  state?: string;
  /** Seconds before `now` the process started. */
  startedAgoSec: number;
  env?: string[];
}

export interface HostSpec {
  layout?: 'logtail' | 'loongcollector-sls' | 'loongcollector-community' | 'windows' | 'none';
  /** ilogtail_config.json text (or an object, written as JSON). */
  config?: string | object;
  appInfo?: string | object;
  userDefinedId?: string;
  users?: string[];
  processes?: FakeProcess[];
  /** Write no proc/ at all. */
  noProc?: boolean;
  /** Seconds before now the machine booted (default 3600). */
  bootAgoSec?: number;
  /** Agent log text (ilogtail.LOG). */
  log?: string;
  /** mtime (epoch ms) per host path; others get now − 2 days. */
  mtimes?: Record<string, number>;
  /** Extra files: host path → text. */
  files?: Record<string, string>;
  /** The 1.x status snapshot text. */
  snapshot?: string;
  now?: number;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

export const CLK_TCK = 100;

export const HEALTHY_CONFIG = {
  config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
  data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }],
  cpu_usage_limit: 0.4,
  mem_usage_limit: 384,
};

export function installPaths(layout: NonNullable<HostSpec['layout']>): { dir: string; binary: string; config: string; appInfo: string; log: string; sysConf: string } {
  switch (layout) {
    case 'loongcollector-sls':
      return { dir: '/usr/local/ilogtail', binary: '/usr/local/ilogtail/loongcollector', config: '/usr/local/ilogtail/ilogtail_config.json', appInfo: '/usr/local/ilogtail/app_info.json', log: '/usr/local/ilogtail/loongcollector.LOG', sysConf: '/etc/ilogtail' };
    case 'loongcollector-community':
      return { dir: '/opt/loongcollector', binary: '/opt/loongcollector/loongcollector', config: '/opt/loongcollector/conf/instance_config/local/loongcollector_config.json', appInfo: '/opt/loongcollector/run/app_info.json', log: '/opt/loongcollector/log/loongcollector.LOG', sysConf: '/opt/loongcollector/conf' };
    case 'windows':
      return { dir: '/Program Files (x86)/Alibaba/Logtail', binary: '', config: '/Program Files (x86)/Alibaba/Logtail/ilogtail_config.json', appInfo: '/Program Files (x86)/Alibaba/Logtail/app_info.json', log: '/Program Files (x86)/Alibaba/Logtail/ilogtail.LOG', sysConf: '/LogtailData' };
    default:
      return { dir: '/usr/local/ilogtail', binary: '/usr/local/ilogtail/ilogtail', config: '/usr/local/ilogtail/ilogtail_config.json', appInfo: '/usr/local/ilogtail/app_info.json', log: '/usr/local/ilogtail/ilogtail.LOG', sysConf: '/etc/ilogtail' };
  }
}

/** `pid (comm) state ppid …`: 52 fields, field 22 = starttime in ticks since boot. */
export function statLine(pid: number, comm: string, state: string, ppid: number, startTicks: number): string {
  const fields = [String(pid), `(${comm})`, state, String(ppid)];
  while (fields.length < 21) fields.push('0');
  fields.push(String(startTicks));
  while (fields.length < 52) fields.push('0');
  return `${fields.join(' ')}\n`;
}

export function makeHostRoot(spec: HostSpec = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'logtail-lint-host-'));
  made.push(root);
  const now = spec.now ?? Date.now();
  const layout = spec.layout ?? 'logtail';
  const write = (hostPath: string, content: string) => {
    const abs = path.join(root, hostPath);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  };
  const written: string[] = [];
  const file = (hostPath: string, content: string) => {
    write(hostPath, content);
    written.push(hostPath);
  };
  if (layout !== 'none') {
    const p = installPaths(layout);
    if (layout === 'windows') mkdirSync(path.join(root, p.dir), { recursive: true });
    else if (layout === 'logtail') {
      file(`${p.dir}/ilogtail_1.8.7`, '\x7fELF (not a real binary: never executed)');
      symlinkSync('ilogtail_1.8.7', path.join(root, p.binary));
      file('/etc/init.d/ilogtaild', '#!/bin/sh\n# never executed by the doctor\n');
    } else {
      file(p.binary, '\x7fELF (not a real binary: never executed)');
      if (layout === 'loongcollector-sls') file('/etc/init.d/loongcollectord', '#!/bin/sh\n');
      else file('/opt/loongcollector/scripts/loongcollector_control.sh', '#!/bin/sh\n');
    }
    if (spec.config !== undefined) file(p.config, typeof spec.config === 'string' ? spec.config : JSON.stringify(spec.config, null, 2) + '\n');
    if (spec.appInfo !== undefined) file(p.appInfo, typeof spec.appInfo === 'string' ? spec.appInfo : JSON.stringify(spec.appInfo, null, 2) + '\n');
    if (spec.log !== undefined) file(p.log, spec.log);
    if (spec.userDefinedId !== undefined) file(`${p.sysConf}/user_defined_id`, spec.userDefinedId);
    if (spec.users) {
      mkdirSync(path.join(root, p.sysConf, 'users'), { recursive: true });
      for (const u of spec.users) file(`${p.sysConf}/users/${u}`, '');
    }
    if (spec.snapshot !== undefined) file(`${p.dir}/snapshot/ilogtail_status.LOG`, spec.snapshot);
  }
  if (layout !== 'windows') {
    file('/etc/hostname', 'web-01\n');
    mkdirSync(path.join(root, 'etc'), { recursive: true });
    symlinkSync('/usr/share/zoneinfo/Asia/Shanghai', path.join(root, 'etc/localtime'));
  }
  for (const [p, text] of Object.entries(spec.files ?? {})) file(p, text);
  if (!spec.noProc && layout !== 'windows') {
    const boot = Math.floor(now / 1000) - (spec.bootAgoSec ?? 3600);
    write('/proc/stat', `cpu  1 2 3 4\nbtime ${boot}\nprocesses 100\n`);
    write('/proc/uptime', `${spec.bootAgoSec ?? 3600}.00 100.00\n`);
    // Unrelated processes, one whose comm has spaces and a ')'.
    procDir(write, { pid: 1, ppid: 0, comm: 'systemd', exe: '/sbin/init', startedAgoSec: spec.bootAgoSec ?? 3600 }, boot, now);
    procDir(write, { pid: 77, ppid: 1, comm: 'a (weird) name', exe: '/usr/bin/weird', startedAgoSec: 100 }, boot, now);
    const p = layout === 'none' ? installPaths('logtail') : installPaths(layout);
    for (const proc of spec.processes ?? []) procDir(write, { ...proc, exe: proc.exe ?? p.binary, comm: proc.comm ?? path.basename(proc.exe ?? p.binary) }, boot, now);
  }
  const old = now - 2 * 86400_000;
  for (const p of written) {
    const t = (spec.mtimes?.[p] ?? old) / 1000;
    try {
      utimesSync(path.join(root, p), t, t);
    } catch {
      // a symlink target that is not there
    }
  }
  for (const dir of ['/etc/ilogtail/users', '/LogtailData/users']) {
    const t = old / 1000;
    try {
      utimesSync(path.join(root, dir), t, t);
    } catch {
      // absent
    }
  }
  return root;
}

function procDir(write: (p: string, c: string) => void, p: FakeProcess & { comm: string; exe: string }, boot: number, now: number): void {
  const startTicks = Math.round((now / 1000 - p.startedAgoSec - boot) * CLK_TCK);
  const state = p.state ?? 'S';
  write(`/proc/${p.pid}/stat`, statLine(p.pid, p.comm, state, p.ppid, startTicks));
  write(`/proc/${p.pid}/comm`, `${p.comm}\n`);
  write(`/proc/${p.pid}/cmdline`, [p.exe, ...(p.args ?? [])].join('\0') + '\0');
  write(`/proc/${p.pid}/status`, `Name:\t${p.comm}\nState:\t${state} (${state === 'Z' ? 'zombie' : 'sleeping'})\nPPid:\t${p.ppid}\n`);
  write(`/proc/${p.pid}/environ`, (p.env ?? ['PATH=/usr/bin:/bin', 'HOME=/root']).join('\0') + '\0');
}

/** A running Logtail: daemon (ppid 1) and worker (ppid = daemon), started `agoSec` ago. */
export const logtailPair = (agoSec = 600, env?: string[]): FakeProcess[] => [
  { pid: 1200, ppid: 1, startedAgoSec: agoSec + 1, ...(env ? { env } : {}) },
  { pid: 1201, ppid: 1200, startedAgoSec: agoSec, ...(env ? { env } : {}) },
];

/** A real agent log line: `[time]\t[level]\t[thread]\tsource:line\t\tkey:value\t…` (doctor-live-host.md §2.4). */
export function logLine(time: string, level: string, source: string, payload: string): string {
  return `[${time}]\t[${level}]\t[${String(1268).padStart(6, '0')}]\t${source}\t\t${payload}\n`;
}

/** Wall-clock `YYYY-MM-DD HH:MM:SS.ffffff` of an epoch in Asia/Shanghai (UTC+8, no DST), the fake root's zone. */
export function shanghaiTime(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3600_000);
  return `${d.toISOString().slice(0, 19).replace('T', ' ')}.${String(d.getUTCMilliseconds()).padStart(3, '0')}000`;
}
