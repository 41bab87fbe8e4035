import { defineRule } from '../types.js';
import { deleteLine, isBlank, lineRange, readLines } from './util.js';

export default defineRule({
  id: 'user-defined-id/blank-line',
  severity: 'info',
  scope: 'file',
  description: 'user_defined_id has blank lines (the agent skips them)',
  fixable: true,
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      const lines = readLines(f);
      if (lines.every(isBlank)) continue; // user-defined-id/empty reports the file
      for (const l of lines) {
        if (!isBlank(l)) continue;
        report({
          file: f.file,
          range: lineRange(f.source, l),
          message: `Line ${l.line} of user_defined_id is blank. The agent drops empty lines (one of only tabs it keeps as an identifier that matches nothing), so it is mostly harmless, but it often marks a missing identifier or a doubled newline from a script. Delete it.`,
          fix: { description: 'Delete the blank line', edits: [deleteLine(f, l)] },
        });
      }
    }
  },
});
