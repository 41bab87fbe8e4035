import { defineRule } from '../types.js';
import { deleteLine, isBlank, identifierLines, withoutCr } from './util.js';
import type { UserDefinedIdLine } from '../../facts/index.js';
import { visible } from '../shared/util.js';

export default defineRule({
  id: 'user-defined-id/duplicate',
  severity: 'warning',
  scope: 'file',
  description: 'user_defined_id repeats an identifier (often a `>>` script run more than once)',
  fixable: true,
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      const seen = new Map<string, UserDefinedIdLine>();
      for (const l of identifierLines(f)) {
        if (isBlank(l)) continue;
        const first = seen.get(l.id);
        if (!first) {
          seen.set(l.id, l);
          continue;
        }
        report({
          file: f.file,
          range: l.range,
          message:
            `Identifier "${visible(withoutCr(l.id))}" on line ${l.line} repeats line ${first.line}. The agent keeps one copy, so it is harmless, ` +
            'but repeats usually come from a provisioning script that appends (`echo … >> user_defined_id`) on every run, and the file grows without end. ' +
            'Delete the repeat, and make the script overwrite with `>`.',
          related: [{ file: f.file, range: first.range, message: 'First written here' }],
          fix: { description: 'Delete the repeated line', edits: [deleteLine(f, l)] },
        });
      }
    }
  },
});
