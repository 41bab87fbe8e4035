import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

export default defineRule({
  id: 'config/bom',
  severity: 'error',
  scope: 'file',
  description: 'ilogtail_config.json starts with a UTF-8 BOM, which the agent\'s pre-check rejects',
  fixable: true,
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'bom') continue;
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `File starts with a UTF-8 byte order mark (EF BB BF): the agent's pre-check wants "{" as the first byte, ${DROPS_FILE}. Save the file as UTF-8 without BOM.`,
          fix: { description: 'Remove the BOM', edits: [{ range: [f.start, f.end], text: '' }] },
        });
      }
    }
  },
});
