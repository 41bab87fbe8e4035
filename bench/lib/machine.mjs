// What the machine is, and how much of it other processes used while the benchmark ran: the
// figures are only comparable between runs on a quiet machine.
import { readFileSync } from 'node:fs';
import os from 'node:os';

export function machineInfo() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    memTotalGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    memFreeGiB: +(os.freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadBefore: os.loadavg().map((l) => +l.toFixed(2)),
  };
}

// Linux reports both in USER_HZ ticks, 100 a second on every architecture Node runs on.
const TICKS_PER_SECOND = 100;

/** Busy CPU ticks of the whole machine, and of this process plus its reaped children. Undefined off Linux. */
export function cpuSnapshot() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = fields;
    // /proc/self/stat: fields after the ")" that ends the command name; utime is the 12th of them.
    const self = readFileSync('/proc/self/stat', 'utf8');
    const [utime, stime, cutime, cstime] = self.slice(self.lastIndexOf(')') + 2).split(' ').slice(11, 15).map(Number);
    return { machine: user + nice + system + irq + softirq + steal, ours: utime + stime + cutime + cstime, at: performance.now() };
  } catch {
    return undefined;
  }
}

/** CPU seconds other processes used between two snapshots, and their share of the machine. */
export function otherCpu(before, after, nproc) {
  if (!before || !after) return undefined;
  const seconds = (after.machine - before.machine - (after.ours - before.ours)) / TICKS_PER_SECOND;
  const wall = (after.at - before.at) / 1000;
  return { cpuSeconds: +Math.max(0, seconds).toFixed(1), wallSeconds: +wall.toFixed(1), share: +Math.max(0, seconds / (wall * nproc)).toFixed(3) };
}
