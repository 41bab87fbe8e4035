import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/unreadable',
  severity: 'error',
  description: 'A file or folder could not be read',
  check({ fleet, report }) {
    for (const p of fleet.discoverProblems) {
      if (p.kind !== 'unreadable-dir') continue;
      report({
        file: p.path,
        range: FILE_START,
        message: `Folder could not be read (${p.message}), so nothing in it was checked. Check its permissions, or add it to "ignores" in .logtail-lint.json.`,
      });
    }
    for (const f of fleet.files) {
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
