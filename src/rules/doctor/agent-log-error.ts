import { AGENT_LOG_PATTERNS, type AgentLogPattern } from '../../knowledge/agent-log-patterns.js';
import type { AgentLogRecord } from '../../facts/host-runtime.js';
import { defineRule } from '../types.js';
import { hostOf, live } from './util.js';

/** Without a running agent, the records this long before the log's last one count as recent. */
export const RECENT_WITHOUT_AGENT_MS = 60 * 60 * 1000;

/**
 * Recent lines of the agent's own log that say why a heartbeat or config fetch fails, from the
 * table in src/knowledge/agent-log-patterns.ts (each row with its source and how it is verified).
 * "Recent" is since the running agent started (its youngest process), else the last hour of the
 * log. One finding per kind of line, at its latest occurrence, quoting it (secrets redacted).
 */
export default defineRule({
  id: 'doctor/agent-log-error',
  severity: 'warning',
  description: "The agent's own log has recent lines that say why its heartbeat, config or uploads fail",
  check({ fleet, report }) {
    const host = hostOf(fleet);
    if (!host || !host.rt.log.checked) return;
    const log = host.rt.log.value;
    const since = windowStart(host.rt, log.records);
    const hits = new Map<AgentLogPattern, AgentLogRecord[]>();
    for (const r of log.records) {
      if (since !== undefined && (r.at === undefined || r.at < since)) continue;
      const p = AGENT_LOG_PATTERNS.find((pat) => pat.match.test(r.text));
      if (p) hits.set(p, [...(hits.get(p) ?? []), r]);
    }
    for (const [p, records] of hits) {
      const last = records[records.length - 1];
      const quote = last.text.split('\n')[0].replace(/\t+/g, ' ').slice(0, 200);
      const times = records.length === 1 ? 'once' : `${records.length} times`;
      report({
        file: log.file,
        range: { start: { line: last.line, column: 1 }, end: { line: last.line, column: 1 } },
        message:
          `The agent logged "${quote}" ${times} ${since !== undefined && host.rt.processes.checked && host.rt.processes.value.agents.some(live) ? 'since it started' : 'in the last hour of its log'} (last at ${last.time}, [${last.level}] ${last.source}): ${p.meaning}. ${p.fix}`,
      });
    }
  },
});

function windowStart(rt: NonNullable<ReturnType<typeof hostOf>>['rt'], records: readonly AgentLogRecord[]): number | undefined {
  const starts = rt.processes.checked ? rt.processes.value.agents.filter(live).map((p) => p.startedAt).filter((t): t is number => t !== undefined) : [];
  if (starts.length > 0) return Math.max(...starts) - 1000;
  const lastAt = [...records].reverse().find((r) => r.at !== undefined)?.at;
  return lastAt === undefined ? undefined : lastAt - RECENT_WITHOUT_AGENT_MS;
}
