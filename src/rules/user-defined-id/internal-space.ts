import { defineRule } from '../types.js';
import { visible } from '../shared/util.js';
import { identifierLines, withoutCr } from './util.js';

export default defineRule({
  id: 'user-defined-id/internal-space',
  severity: 'warning',
  scope: 'file',
  description: 'A user_defined_id identifier contains a space',
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      for (const l of identifierLines(f)) {
        const id = withoutCr(l.id).trim();
        if (!id.includes(' ')) continue;
        report({
          file: f.file,
          range: l.range,
          message:
            `Identifier "${visible(id)}" on line ${l.line} contains a space. The agent joins all identifiers with single spaces in its heartbeat and tags, ` +
            `so "${visible(id)}" cannot be told apart from the identifiers ${id
              .split(/ +/)
              .map((p) => `"${visible(p)}"`)
              .join(' and ')} (inferred from the agent code). Use \`-\` or \`_\` instead, or put each identifier on its own line.`,
        });
      }
    }
  },
});
