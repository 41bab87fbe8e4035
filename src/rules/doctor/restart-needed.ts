import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { duration, hostOf, iso, live } from './util.js';

/** Clock-tick rounding of the start time and file-system timestamps: changes within this are not "after". */
const SLACK_MS = 2000;

/**
 * Seed step 8: a startup config (ilogtail_config.json, LoongCollector's instance_config/local/*.json)
 * changed after the running agent started. The agent reads it only at start, so the change is not
 * in effect until a restart. The start time is `btime` + field 22 of `/proc/<pid>/stat` / CLK_TCK
 * (the youngest live process of the install, the worker). users/ and user_defined_id are reloaded
 * by the running agent about every 60 s (1.8 source), so they need no restart.
 */
export default defineRule({
  id: 'doctor/restart-needed',
  severity: 'warning',
  description: 'A startup config changed after the running agent started: the change is not in effect until a restart',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    const table = host?.rt.processes;
    if (!host || !table?.checked) return;
    const { rt } = host;
    const running = table.value.agents.filter(live);
    for (const inst of rt.installs) {
      const procs = running.filter((p) => p.installDir === inst.dir || (rt.installs.length === 1 && p.installDir === ''));
      const starts = procs.map((p) => p.startedAt).filter((t): t is number => t !== undefined);
      if (starts.length === 0) continue;
      const started = Math.max(...starts);
      const worker = procs.find((p) => p.startedAt === started)!;
      for (const f of rt.fileTimes) {
        if (f.reload !== 'start' || !f.file.startsWith(`${inst.dir}/`) || f.file.endsWith('/app_info.json')) continue;
        if (f.mtimeMs <= started + SLACK_MS) continue;
        report({
          file: f.file,
          range: FILE_START,
          message:
            `${f.file.slice(f.file.lastIndexOf('/') + 1)} changed ${duration((f.mtimeMs - started) / 1000)} after the agent started (pid ${worker.pid} started ${iso(started)}; file modified ${iso(f.mtimeMs)}): ` +
            `the agent reads it only at start, so the change is not in effect. Restart the agent: ${inst.restartCommand}.`,
        });
      }
    }
  },
});
