import { defineRule } from '../types.js';
import { defaultText, displayPath, issuesOf, nodeRange } from './util.js';

export default defineRule({
  id: 'config/quoted-number',
  severity: 'error',
  scope: 'file',
  description: 'A number written as a string for a key the agent reads only as a number, so the value is ignored',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'quoted-number')) {
      const text = String(issue.value).trim();
      const def = defaultText(issue.property);
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is the string ${JSON.stringify(issue.value)}, but the agent reads this key only as a number: it silently ignores the string and uses ${def !== undefined ? `the default (${def})` : 'its default'}. Write the number without quotes: ${text}.`,
        fix: { description: 'Remove the quotes', edits: [{ range: [issue.node.offset, issue.node.offset + issue.node.length], text }] },
      });
    }
  },
});
