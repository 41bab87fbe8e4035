import { FILE_START } from '../../engine/source-file.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/unreadable',
  severity: 'error',
  description: 'A file could not be read',
  check({ fleet, report }) {
    for (const f of fleet.readFiles) {
      for (const p of f.problems) {
        if (p.kind !== 'unreadable') continue;
        report({
          file: f.file.path,
          range: FILE_START,
          message: `File could not be read (${p.message}). Check its permissions, or add it to "ignores" in .logtail-lint.json.`,
        });
      }
    }
  },
});
