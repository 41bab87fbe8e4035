import { defineRule } from '../types.js';
import { displayPath, issuesOf, nodeRange, type RangeEntry, rangeOf, show } from './util.js';

/** buffer_file_num × buffer_file_size above this makes the agent shrink the size (agent-config §2.3). */
const BUFFER_TOTAL_LIMIT = 4 * 1024 * 1024 * 1024;
/** buffer_file_num is capped at this (agent-config §2.3, AppConfig.cpp:1054-1066). */
const BUFFER_FILE_NUM_CAP = 50;

export default defineRule({
  id: 'config/value-capped',
  severity: 'warning',
  scope: 'file',
  description: 'A value the agent silently caps or changes (buffer_file_num > 50, mem_usage_limit 80/100, max_bytes_per_sec ≥ 30 MiB…)',
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'value-capped')) {
      if (issue.entry) {
        report({
          file: fact.file,
          range: nodeRange(fact, issue.node),
          pointer: issue.pointer,
          message: `${displayPath(issue.path)} is ${show(issue.value)}. ${issue.entry.note} ${advice(issue.key, issue.entry, issue.value)}`,
        });
        continue;
      }
      // maxItems: config_server_list, of which only the first element is read.
      const items = issue.node.children ?? [];
      if (items.length < 2) continue;
      const first = items[1];
      const last = items[items.length - 1];
      report({
        file: fact.file,
        range: rangeOf(fact, first.offset, last.offset + last.length),
        pointer: issue.pointer + '/1',
        message: `Only the first element of ${displayPath(issue.path)} is read; the ${items.length - 1} ${items.length === 2 ? 'element after it is' : 'elements after it are'} ignored. Put every "host:port" in the first element's endpoint_list.`,
      });
    }

    // buffer_file_num × buffer_file_size > 4 GiB: the size is reduced to 4 GiB / num.
    for (const fact of fleet.agentConfigs) {
      const last = fact.settings;
      const num = last.get('buffer_file_num')?.valueNode;
      const size = last.get('buffer_file_size')?.valueNode;
      if (!num || !size || typeof num.value !== 'number' || typeof size.value !== 'number') continue;
      if (!Number.isInteger(num.value) || !Number.isInteger(size.value) || num.value < 1 || size.value < 1) continue;
      const effectiveNum = Math.min(num.value, BUFFER_FILE_NUM_CAP);
      if (effectiveNum * size.value <= BUFFER_TOTAL_LIMIT) continue;
      const reduced = Math.floor(BUFFER_TOTAL_LIMIT / effectiveNum);
      report({
        file: fact.file,
        range: nodeRange(fact, size),
        pointer: '/buffer_file_size',
        message: `buffer_file_num × buffer_file_size is ${effectiveNum} × ${size.value} bytes, over 4 GiB: the agent silently reduces buffer_file_size to 4 GiB / ${effectiveNum} = ${reduced} bytes. Set buffer_file_size to ${reduced} or less (or use fewer files) so the file says what the agent does.`,
      });
    }
  },
});

function advice(key: string, e: RangeEntry, value: unknown): string {
  if (key === 'max_bytes_per_sec') return `Use a value below ${e.exclusiveMax} for the rate limit to apply, or remove the key if you do not want a limit at all.`;
  if (e.values) return `Write the limit you mean explicitly; ${show(value)} is not what the agent uses.`;
  if (e.max !== undefined) return `Write ${e.max} or less, so that the file says what the agent does.`;
  if (e.min !== undefined) return `Write ${e.min} or more, so that the file says what the agent does.`;
  return 'Write the value the agent actually uses.';
}
