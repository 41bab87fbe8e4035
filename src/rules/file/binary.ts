import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/binary',
  severity: 'error',
  scope: 'file',
  description: 'A file that should be text contains NUL bytes',
  check({ fleet, report }) {
    for (const f of fleet.files) {
      for (const p of f.problems) {
        if (p.kind !== 'binary') continue;
        report({
          file: f.file.path,
          range: FILE_START,
          message: `File contains a NUL byte at offset ${p.offset}: it is binary (or UTF-16), and the agent reads it as broken text. Save it as UTF-8 text.`,
        });
      }
    }
  },
});
