import { defineRule } from '../types.js';
import { rangeOf } from './util.js';

export default defineRule({
  id: 'config/trailing-content',
  severity: 'warning',
  scope: 'file',
  description: 'Text after the root object, which the agent silently ignores',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'trailing-content') continue;
        const text = (f.detail ?? '').split('\n')[0];
        const secondObject = text.trimStart().startsWith('{');
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `${secondObject ? 'A second object' : `Text (${JSON.stringify(text)})`} after the root object's closing "}": the agent's JSON reader stops at the end of the first value and ignores the rest (jsoncpp failIfExtra=false), so nothing here takes effect. ${secondObject ? 'Merge its keys into the first object' : 'Move any settings into the object, or delete it'}.`,
        });
      }
    }
  },
});
