import { GFLAGS } from '../../knowledge/agent-keys.js';
import { defineRule } from '../types.js';
import { defaultText, displayPath, issuesOf, nodeRange } from './util.js';

const INT32_FLAGS = new Set(GFLAGS.INT32);
const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
/** An integer (or an infinity: `1e400`) outside int32; a fraction in range is a type question, not an overflow. */
const outsideInt32 = (n: number) => (Number.isInteger(n) || !Number.isFinite(n)) && (n < INT32_MIN || n > INT32_MAX);
/** What to write instead, on the side the value went over. */
const advice = (n: unknown) => (typeof n === 'number' && n < 0 ? `Use a value of at least ${INT32_MIN}.` : `Use a value of at most ${INT32_MAX}.`);

export default defineRule({
  id: 'config/int32-overflow',
  severity: 'error',
  scope: 'file',
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
        message: `${displayPath(issue.path)} is ${fact.source.text.slice(issue.node.offset, issue.node.offset + issue.node.length)}, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): the agent reads this key with isInt(), ignores the value and uses ${def !== undefined ? `the default (${def})` : 'its default'}. ${advice(issue.value)}`,
      });
    }
    // Keys the agent also knows as INT32 gflags (docs/reference/agent-config.md, Appendix B) that the
    // schema does not bound: gflags keeps the flag's default for text outside int32.
    for (const fact of fleet.agentConfigs) {
      for (const [key, p] of fact.settings) {
        const node = p.valueNode;
        const pointer = `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (!INT32_FLAGS.has(key) || node?.type !== 'number' || !outsideInt32(node.value) || reported.has(`${fact.file}#${pointer}`)) continue;
        report({
          file: fact.file,
          range: nodeRange(fact, node),
          pointer,
          message: `${displayPath([key])} is ${fact.source.text.slice(node.offset, node.offset + node.length)}, which does not fit in a 32-bit signed integer (-2147483648 to 2147483647): ${displayPath([key])} is an INT32 gflag, and gflags rejects the value, so the flag keeps its default. ${advice(node.value)}`,
        });
      }
    }
  },
});
