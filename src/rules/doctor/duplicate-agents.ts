import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { hostOf, installAnchor, live, productName } from './util.js';

/**
 * Seed step 1: "If the output shows three or more Logtail processes, multiple Logtail instances
 * are running on the server, which may cause duplicate log collection". Logtail runs as one
 * daemon + worker pair (the worker's parent is the daemon); LoongCollector community as one
 * process. Also when ilogtail and loongcollector run side by side. The diagnostic tool's fix:
 * stop, then start (doctor-live-host.md §1.1, §2.3).
 */
export default defineRule({
  id: 'doctor/duplicate-agents',
  severity: 'warning',
  description: 'More agent processes run than one daemon + worker pair: duplicate collection',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.processes.checked) return;
    const { rt } = host;
    const running = host.rt.processes.value.agents.filter(live);
    const byDir = new Map<string, typeof running>();
    for (const p of running) byDir.set(p.installDir, [...(byDir.get(p.installDir) ?? []), p]);
    const products = new Set(running.map((p) => (p.comm.startsWith('loongcollector') || p.exe.endsWith('loongcollector') ? 'loongcollector' : 'ilogtail')));
    for (const [dir, procs] of byDir) {
      const inst = rt.installs.find((i) => i.dir === dir);
      const single = inst?.layout === 'loongcollector-community';
      const limit = single ? 1 : 2;
      if (procs.length <= limit) continue;
      const list = procs.map((p) => `${p.pid} (parent ${p.ppid})`).join(', ');
      report({
        ...(inst ? installAnchor(inst) : { file: dir || 'host:/', range: FILE_START }),
        message:
          `${procs.length} ${inst ? productName(inst.product) : 'agent'} processes run from ${dir.slice('host:'.length) || 'an unknown folder'} (pids ${list}), more than one ${single ? 'process' : 'daemon + worker pair'}: ` +
          `two agents collect the same files twice and fight over the checkpoint and the domain socket ("Bind domain socket:Failed … Address already in use"). ` +
          `Stop every instance, then start one: ${inst ? `${inst.restartCommand.replace(/ restart$/, ' stop')}, then ${inst.restartCommand.replace(/ restart$/, ' start')}` : 'kill the extra processes'}.`,
      });
    }
    if (products.size > 1) {
      const inst = rt.installs[0];
      report({
        ...(inst ? installAnchor(inst) : { file: 'host:/', range: FILE_START }),
        message:
          `Both ilogtail and loongcollector run on this host (pids ${running.map((p) => `${p.pid} ${p.comm}`).join(', ')}): LoongCollector replaces Logtail, and two agents with the same identity collect every file twice. Stop and uninstall the one you do not use.`,
      });
    }
  },
});
