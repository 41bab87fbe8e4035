import { GFLAGS } from '../../knowledge/agent-keys.js';
import { defineRule } from '../types.js';
import { defaultText, displayPath, issuesOf, nodeRange } from './util.js';

const INT32_FLAGS = new Set(GFLAGS.INT32);
const isInt32 = (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647;

export default defineRule({
  id: 'config/int32-overflow',
  severity: 'error',
  description: 'A value outside the 32-bit integer range for a key the agent reads as int32, so it is ignored',
  check({ fleet, report }) {
    const reported = new Set<string>();
    for (const { fact, issue } of issuesOf(fleet, 'int32-overflow')) {
      reported.add(`${fact.file}#${issue.pointer}`);
      const def = defaultText(issue.property);
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is ${fact.source.text.slice(issue.node.offset, issue.node.offset + issue.node.length)}, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): the agent reads this key with isInt(), ignores the value and uses ${def !== undefined ? `the default (${def})` : 'its default'}. Use a value of at most 2147483647.`,
      });
    }
    // Keys the agent also knows as INT32 gflags (docs/reference/agent-config.md, Appendix B) that the
    // schema does not bound: gflags keeps the flag's default for text outside int32.
    for (const fact of fleet.agentConfigs) {
      for (const [key, p] of fact.settings) {
        const node = p.valueNode;
        const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!INT32_FLAGS.has(key) || node?.type !== 'number' || isInt32(node.value) || reported.has(`${fact.file}#${pointer}`)) continue;
        report({
          file: fact.file,
          range: nodeRange(fact, node),
          pointer,
          message: `${key} is ${fact.source.text.slice(node.offset, node.offset + node.length)}, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): ${key} is an INT32 gflag, and gflags rejects the value, so the flag keeps its default. Use a value of at most 2147483647.`,
        });
      }
    }
  },
});
