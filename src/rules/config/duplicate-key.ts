import { defineRule } from '../types.js';
import { rangeOf } from './util.js';

export default defineRule({
  id: 'config/duplicate-key',
  severity: 'warning',
  scope: 'file',
  description: 'A key appears twice in one object; the agent keeps only the last value',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'duplicate-key' || !f.first) continue;
        const firstRange = rangeOf(fact, f.first.start, f.first.end);
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `Key ${JSON.stringify(f.detail)} appears again here (first at line ${firstRange.start.line}): the agent keeps only this last value and silently ignores the one at line ${firstRange.start.line}. Delete one of the two, keeping the value you mean.`,
          related: [{ file: fact.file, range: firstRange, message: `Earlier ${JSON.stringify(f.detail)}, ignored by the agent` }],
        });
      }
    }
  },
});
