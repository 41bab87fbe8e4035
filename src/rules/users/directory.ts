import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { accountEntries } from './util.js';

export default defineRule({
  id: 'users/directory',
  severity: 'warning',
  scope: 'file',
  description: 'A users/ entry is a directory, which the agent still takes as an account ID',
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      if (!e.isDirectory) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" is a directory: the agent takes the name of every entry, directories included, as an account ID, ` +
          `and never looks inside. Replace it with an empty file named after the account ID (\`touch users/<account-id>\`), and keep nothing else in users/.`,
      });
    }
  },
});
