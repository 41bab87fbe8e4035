import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { accountIdProblem } from '../shared/util.js';
import { identifierNotAccount } from '../shared/message-utils.js';
import { accountEntries, describeAccountSetting, idWithExtension, quotedItem, settingAccountIds } from './util.js';

export default defineRule({
  id: 'users/non-numeric-id',
  severity: 'error',
  description: 'A users/ entry name or an ALIYUN_LOGTAIL_USER_ID item is not an account ID (digits only): masked, placeholder or other text',
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      if (idWithExtension(e.name)) continue; // users/file-extension says it better
      const why = accountIdProblem(e.name);
      if (!why) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" is not an account ID: ${why}. The agent takes every entry's name as an Alibaba Cloud account ID without checking it, ` +
          `so this one matches no account and the host is not authorized for the real one.${identifierNotAccount(fleet, e.name)} ` +
          `Replace it with an empty file named after the full root account ID, digits only (\`touch users/<account-id>\`).`,
      });
    }
    for (const a of settingAccountIds(fleet)) {
      if (a.listedIn !== undefined && /^[ \t]+\d+$/.test(a.value)) continue; // spaces after a comma: users/env-item-spaces says it better
      const why = accountIdProblem(a.value);
      if (!why) continue;
      report({
        file: a.file,
        range: a.range,
        pointer: a.pointer,
        message:
          `${describeAccountSetting(a)} is ${quotedItem(a)}, which is not an account ID: ${why}. The agent adds every item of ALIYUN_LOGTAIL_USER_ID to its account IDs without checking it, ` +
          "so this one matches no account and the host is not authorized for the real one. Set the full root account ID of the project's owner, digits only (several separated by commas only).",
      });
    }
  },
});
