import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/symlink-outside-tree',
  severity: 'info',
  description: 'A symlink points outside the linted tree and was not followed',
  check({ fleet, report }) {
    for (const p of fleet.discoverProblems) {
      if (p.kind !== 'symlink-outside-tree') continue;
      report({
        file: p.path,
        range: FILE_START,
        message: `Symlink points outside the linted tree (to ${p.target}); logtail-lint never follows it, so its target was not checked. Lint the target's own repository, or replace the link with the file.`,
      });
    }
  },
});
