import { defineRule } from '../types.js';
import type { Fix } from '../../core/diagnostic.js';
import { displayPath, issuesOf, nodeRange, type RangeEntry, show } from './util.js';

export default defineRule({
  id: 'config/value-rejected',
  severity: 'error',
  scope: 'file',
  description: 'A value outside a range the agent itself enforces, so it rejects the value and uses the default',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'value-rejected')) {
      if (issue.entry) {
        report({
          file: fact.file,
          range: nodeRange(fact, issue.node),
          pointer: issue.pointer,
          message: `${displayPath(issue.path)} is ${show(issue.value)}. ${issue.entry.note} ${acceptable(issue.entry)}`,
        });
        continue;
      }
      // A "host:port" entry of the community ConfigServer keys (pattern).
      const value = String(issue.value);
      const m = /^[a-z][a-z0-9+.-]*:\/\/([^:/]+):([0-9]+)\/?$/i.exec(value);
      const port = m ? Number(m[2]) : NaN;
      const fixed = m && port >= 1 && port <= 65535 ? `${m[1]}:${port}` : undefined;
      const fix: Fix | undefined = fixed
        ? { description: `Write "${fixed}"`, edits: [{ range: [issue.node.offset, issue.node.offset + issue.node.length], text: JSON.stringify(fixed) }] }
        : undefined;
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is ${show(issue.value)}, but the agent wants "host:port": it splits the entry on ":" into exactly two parts (so a scheme such as http:// or an IPv6 address is rejected) and skips a port outside 1-65535. ${fixed ? `Write "${fixed}".` : 'Write the ConfigServer address as host:port, e.g. "10.0.0.5:8899".'}`,
        fix,
      });
    }
  },
});

function acceptable(e: RangeEntry): string {
  if (e.min !== undefined && e.max !== undefined) return `Use a value from ${e.min} to ${e.max}.`;
  if (e.exclusiveMin !== undefined) return `Use a value above ${e.exclusiveMin}.`;
  if (e.min !== undefined) return `Use ${e.min} or more.`;
  if (e.max !== undefined) return `Use ${e.max} or less.`;
  if (e.exclusiveMax !== undefined) return `Use a value below ${e.exclusiveMax}.`;
  return 'Use another value.';
}
