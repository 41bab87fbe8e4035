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
    for (const p of fleet.discoverProblems) {
      if (p.kind !== 'broken-symlink') continue;
      report({
        file: p.path,
        range: FILE_START,
        message: p.loop
          ? `Symlink loop (${p.target} leads back to itself), so there is nothing to read. Point the link at a file, or replace it with the file.`
          : `Symlink to ${p.target}, which does not exist, so there is nothing to read. Point the link at a file in the repository, or replace it with the file.`,
      });
    }
    for (const f of fleet.files) {
      for (const p of f.problems) {
        if (p.kind !== 'unreadable') continue;
        report({
          file: f.file.path,
          range: FILE_START,
          message: `File could not be read (${p.message}). ${p.advice ?? 'Check its permissions, or add it to "ignores" in .logtail-lint.json.'}`,
        });
      }
    }
  },
});
