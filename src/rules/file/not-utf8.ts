import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/not-utf8',
  severity: 'warning',
  scope: 'file',
  description: 'A file is not valid UTF-8',
  check({ fleet, report }) {
    for (const f of fleet.files) {
      if (!f.source) continue;
      for (const p of f.problems) {
        if (p.kind !== 'not-utf8') continue;
        const at = f.source.positionAt(p.charOffset);
        report({
          file: f.file.path,
          range: { start: at, end: { line: at.line, column: at.column + 1 } },
          message: `Invalid UTF-8 at byte ${p.offset}: the agent and SLS compare identifiers byte by byte, so text in another encoding never matches. Re-save the file as UTF-8.`,
        });
      }
    }
  },
});
