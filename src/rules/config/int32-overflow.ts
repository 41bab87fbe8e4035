import { defineRule } from '../types.js';
import { defaultText, displayPath, issuesOf, nodeRange } from './util.js';

export default defineRule({
  id: 'config/int32-overflow',
  severity: 'error',
  description: 'A value outside the 32-bit integer range for a key the agent reads as int32, so it is ignored',
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'int32-overflow')) {
      const def = defaultText(issue.property);
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is ${fact.source.text.slice(issue.node.offset, issue.node.offset + issue.node.length)}, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): the agent reads this key with isInt(), ignores the value and uses ${def !== undefined ? `the default (${def})` : 'its default'}. Use a value of at most 2147483647.`,
      });
    }
  },
});
