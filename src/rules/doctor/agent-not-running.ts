import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { hostOf, installAnchor, live, productName } from './util.js';

/**
 * Seed step 1: no agent process in the host's process table. The agent sends the heartbeat
 * itself, so with no process the machine group shows FAIL whatever the files say. Says
 * "installed but not running" (with the start command) apart from "not installed"
 * (doctor-live-host.md §0, §2.1, §2.3). Not checked where the process table cannot be read
 * (Windows, a root without /proc).
 */
export default defineRule({
  id: 'doctor/agent-not-running',
  severity: 'error',
  description: 'No ilogtail / loongcollector process runs on the host (installed but stopped, or not installed)',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.processes.checked) return;
    const { rt } = host;
    const table = host.rt.processes.value;
    const running = table.agents.filter(live);
    if (running.length > 0) return;
    const zombies = table.agents.length - running.length;
    const seen = `${table.pidsRead} processes read from /proc${zombies > 0 ? `, ${zombies} of them agent zombies` : ''}`;
    if (rt.installs.length === 0) {
      report({
        file: rt.os === 'windows' ? 'host:C:/Program Files (x86)/Alibaba/Logtail' : 'host:/usr/local/ilogtail',
        range: FILE_START,
        message:
          `No Logtail or LoongCollector is installed on this host (nothing at /usr/local/ilogtail*, /opt/loongcollector) and no agent process runs (${seen}): nothing sends a heartbeat, so the machine group shows FAIL. ` +
          'Install the agent for the region and network type of the project (logtail.sh install <region>, or LoongCollector\'s installer).',
      });
      return;
    }
    for (const inst of rt.installs) {
      report({
        ...installAnchor(inst),
        message:
          `${productName(inst.product)} is installed in ${inst.dir.slice('host:'.length)} but not running (${seen}): it sends no heartbeat, so the machine group shows FAIL. ` +
          `Start it: ${inst.restartCommand.replace(/ restart$/, ' start').replace('systemctl restart', 'systemctl start')}.`,
      });
    }
  },
});
