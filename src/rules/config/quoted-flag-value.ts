import { defineRule } from '../types.js';
import { displayPath, issuesOf, nodeRange } from './util.js';

export default defineRule({
  id: 'config/quoted-flag-value',
  severity: 'warning',
  scope: 'file',
  description: 'A quoted number or boolean that works only through the gflag of the same name',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'quoted-flag-value')) {
      const text = String(issue.value).trim();
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is the string ${JSON.stringify(issue.value)}: the agent's typed reader ignores strings, and the value takes effect only because a gflag of the same name parses the text. Write ${text} without quotes, so that it does not depend on that (an environment variable named like the flag would also override it).`,
        fix: { description: 'Remove the quotes', edits: [{ range: [issue.node.offset, issue.node.offset + issue.node.length], text }] },
      });
    }
  },
});
