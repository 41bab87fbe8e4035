import { FILE_START } from '../../core/source-file.js';
import type { CloudGroup } from '../../facts/host-runtime.js';
import { defineRule } from '../types.js';
import { duration, hostOf, iso } from './util.js';

/**
 * `--cloud`: SLS's own view of the machine groups that list this host (ListMachines,
 * `lastHeartbeatTime` in epoch seconds). Fails when SLS has never heard from the host in a group
 * that lists it, or not for longer than `--heartbeat-max-age` (default 180 s: the console's OK
 * window is undocumented; "about two minutes" for a first heartbeat is the SLS docs' figure).
 */
export default defineRule({
  id: 'doctor/no-heartbeat',
  severity: 'error',
  description: 'SLS has no recent heartbeat from this host in a machine group that lists it (--cloud)',
  check({ fleet, report }) {
    const host = hostOf(fleet);
    const b = host?.bundle;
    if (!host || !b || !host.rt.cloud.checked) return;
    const ip = b.reportedIp?.value;
    const ids = b.identifiers.map((i) => i.value);
    const nowSec = host.rt.now / 1000;
    for (const g of host.rt.cloud.value.groups) {
      if (!g.machines || !g.identifiers) continue;
      const byIp = g.identifyType === 'ip' && ip !== undefined && g.identifiers.includes(ip);
      const id = g.identifyType === 'userdefined' ? ids.find((i) => g.identifiers!.includes(i)) : undefined;
      if (!byIp && id === undefined) continue;
      const mine = g.machines.filter((m) => (byIp ? m.ip === ip : m.userdefinedId === id));
      const latest = Math.max(...mine.map((m) => m.lastHeartbeatTime ?? 0), 0);
      const who = byIp ? `IP ${ip}` : `custom identifier "${id}"`;
      const at = anchor(b, byIp);
      if (latest === 0) {
        report({
          ...at,
          message: `SLS has never seen a heartbeat from ${who} in ${describe(g)}, which lists it (ListMachines returns ${g.machines.length} other machine${g.machines.length === 1 ? '' : 's'}): the group shows FAIL for this host. The other checks say why.`,
        });
      } else if (nowSec - latest > host.rt.heartbeatMaxAgeSec) {
        report({
          ...at,
          message: `SLS last saw a heartbeat from ${who} in ${describe(g)} ${duration(nowSec - latest)} ago (${iso(latest * 1000)}), more than --heartbeat-max-age ${host.rt.heartbeatMaxAgeSec} s: the agent stopped reaching SLS. The other checks say why.`,
        });
      }
    }
  },
});

const describe = (g: CloudGroup): string => `machine group "${g.group}" of project "${g.project}"`;

function anchor(b: NonNullable<ReturnType<typeof hostOf>>['bundle'], byIp: boolean): { file: string; range: typeof FILE_START; pointer?: string } {
  const v = byIp ? b!.reportedIp : b!.identifiers[0];
  if (v) return { file: v.file, range: v.range, ...(v.pointer ? { pointer: v.pointer } : {}) };
  return { file: b!.files[0] ?? 'host:/', range: FILE_START };
}
