/**
 * The process table of `<root>/proc`, read as files (doctor-live-host.md §2.3): no `ps`, nothing
 * executed. Only agent processes are kept: `comm` (or the basename of cmdline[0]) is `ilogtail`
 * or `loongcollector`. `stat` is parsed after the LAST `)`, since a comm may hold spaces and
 * parentheses; field 22 (starttime, clock ticks since boot) + `btime` of `/proc/stat` gives the
 * start time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AgentProcess, Checked, ProcessTable } from '../../facts/host-runtime.js';
import { hostPath } from './paths.js';
import { redactEnv } from './redact.js';

/** USER_HZ on Linux for every architecture the agent ships for (`getconf CLK_TCK` = 100). */
export const CLK_TCK = 100;

/** The agent's names; a versioned binary (`ilogtail_1.8.7`) started without its symlink counts too. */
const AGENT_NAME = /^(ilogtail|loongcollector)(_[\d.]+)?$/;

export interface StatFields {
  comm: string;
  state: string;
  ppid: number;
  /** Clock ticks after boot. */
  starttime: number;
}

/** `/proc/<pid>/stat`: `pid (comm) state ppid … starttime(22) …`. Undefined when it is not that shape. */
export function parseStat(text: string): StatFields | undefined {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const rest = text.slice(close + 1).trim().split(/\s+/);
  // rest[0] is field 3 (state); field n is rest[n - 3].
  if (rest.length < 20) return undefined;
  const ppid = Number(rest[1]);
  const starttime = Number(rest[19]);
  if (!Number.isInteger(ppid) || !Number.isFinite(starttime)) return undefined;
  return { comm: text.slice(open + 1, close), state: rest[0], ppid, starttime };
}

/** `btime` of `/proc/stat` (epoch seconds). */
export function parseBootTime(text: string): number | undefined {
  const m = /^btime\s+(\d+)\s*$/m.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** NUL-separated `cmdline` / `environ`. */
export const splitNul = (text: string): string[] => text.split('\0').filter((s, i, all) => s !== '' || i < all.length - 1);

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
}

export interface ProcSnapshot {
  processes: Checked<ProcessTable>;
  bootTime?: number;
}

/** Read `<root>/proc`. On Windows, or without a /proc, the table is "not checked" with the reason. */
export function collectProcesses(root: string, os: 'linux' | 'windows'): ProcSnapshot {
  if (os === 'windows') {
    return { processes: { checked: false, reason: 'a Windows host keeps no process table in files; the LogtailDaemon / LogtailWorker services can only be asked with sc.exe, and the doctor executes nothing' } };
  }
  const proc = path.join(root, 'proc');
  let names: string[];
  try {
    names = readdirSync(proc);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return { processes: { checked: false, reason: code === 'ENOENT' ? `${hostPath('/proc')} does not exist under the root` : `${hostPath('/proc')} cannot be read (${code})` } };
  }
  const statText = read(path.join(proc, 'stat'));
  const bootTime = statText === undefined ? undefined : parseBootTime(statText);
  const pids = names.filter((n) => /^\d+$/.test(n));
  if (pids.length === 0) {
    return { bootTime, processes: { checked: false, reason: `${hostPath('/proc')} has no process folders (not a live /proc: a disk image or a bundle without one)` } };
  }
  const agents: AgentProcess[] = [];
  let unreadable = 0;
  for (const pid of pids) {
    const dir = path.join(proc, pid);
    const stat = read(path.join(dir, 'stat'));
    const fields = stat === undefined ? undefined : parseStat(stat);
    if (!fields) {
      unreadable++;
      continue;
    }
    // stat's comm is the `comm` file's text; cmdline is read too, for a process that renamed itself.
    const { comm } = fields;
    const cmdline = splitNul(read(path.join(dir, 'cmdline')) ?? '');
    const exe = cmdline[0] ?? '';
    const base = exe.split('/').pop() ?? '';
    if (!AGENT_NAME.test(comm) && !AGENT_NAME.test(base)) continue;
    const environ = read(path.join(dir, 'environ'));
    // `status` says zombie in words; stat's state letter says the same and is always there.
    const status = read(path.join(dir, 'status'));
    const stateLine = status === undefined ? undefined : /^State:\s+(\S)/m.exec(status)?.[1];
    agents.push({
      pid: Number(pid),
      ppid: fields.ppid,
      comm,
      exe,
      args: cmdline.slice(1),
      state: stateLine ?? fields.state,
      startedAt: bootTime === undefined ? undefined : Math.round((bootTime + fields.starttime / CLK_TCK) * 1000),
      installDir: exe.includes('/') ? hostPath(path.posix.dirname(exe)) : '',
      env: environ === undefined ? {} : redactEnv(splitNul(environ)),
    });
  }
  agents.sort((a, b) => a.pid - b.pid);
  return { bootTime, processes: { checked: true, value: { agents, pidsRead: pids.length, unreadable } } };
}
