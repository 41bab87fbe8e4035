import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { accountEntries, idWithExtension } from './util.js';

export default defineRule({
  id: 'users/file-extension',
  severity: 'error',
  scope: 'file',
  description: 'A users/ entry is an account ID with an extension (`1234567890123456.txt`)',
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      const hit = idWithExtension(e.name);
      if (!hit) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" has the extension "${hit.extension}": the agent takes the whole name as the account ID, ` +
          `so "${e.name}" is a different (non-existent) account and ${hit.id} is not authorized. Rename the file to "${hit.id}", with no extension.`,
      });
    }
  },
});
