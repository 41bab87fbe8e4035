import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

export default defineRule({
  id: 'config/trailing-comma',
  severity: 'error',
  scope: 'file',
  description: 'A comma before "}" or "]", which jsoncpp 1.8.4 rejects',
  fixable: true,
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'trailing-comma') continue;
        const inObject = f.expected !== ']';
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `Trailing comma before "${inObject ? '}' : ']'}": the agent's JSON reader (jsoncpp 1.8.4) has no trailing-comma option and rejects it${inObject ? ' ("Missing \'}\' or object member name")' : ''}, ${DROPS_FILE}. Remove the comma.`,
          fix: { description: 'Remove the trailing comma', edits: [{ range: [f.start, f.end], text: '' }] },
        });
      }
    }
  },
});
