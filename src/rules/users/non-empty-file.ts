import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { accountEntries } from './util.js';

export default defineRule({
  id: 'users/non-empty-file',
  severity: 'warning',
  scope: 'file',
  description: 'A users/ file has content, which the agent ignores',
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      if (e.isDirectory || e.size === 0) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" holds ${e.size} bytes, but the agent reads only the file's name as the account ID and ignores its content. ` +
          `If the content is the account ID, rename the file to that ID; then empty it (\`touch users/<account-id>\`).`,
      });
    }
  },
});
