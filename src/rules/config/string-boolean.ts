import { defineRule } from '../types.js';
import { defaultText, displayPath, issuesOf, nodeRange } from './util.js';

export default defineRule({
  id: 'config/string-boolean',
  severity: 'error',
  scope: 'file',
  description: 'A boolean written as a string ("true"), which the agent ignores',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'string-boolean')) {
      const text = String(issue.value).trim().toLowerCase();
      const def = defaultText(issue.property);
      const opposite = def !== undefined && def !== text ? ` — the opposite of what the file says` : '';
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is the string ${JSON.stringify(issue.value)}, but the agent reads only JSON true or false here: it ignores the string and keeps ${def !== undefined ? `the default (${def})${opposite}` : 'its default'}. Write ${text} without quotes.`,
        fix: { description: `Write ${text} as a JSON boolean`, edits: [{ range: [issue.node.offset, issue.node.offset + issue.node.length], text }] },
      });
    }
  },
});
