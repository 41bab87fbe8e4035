import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { accountEntries, describeAccountSetting, quotedItem, settingAccountIds } from './util.js';

export default defineRule({
  id: 'users/id-length',
  severity: 'warning',
  scope: 'file',
  description: 'A users/ account ID (or an ALIYUN_LOGTAIL_USER_ID item) is not 16 digits long',
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      if (!/^\d+$/.test(e.name) || e.name.length === 16) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" has ${e.name.length} digits; published Alibaba Cloud account IDs have 16 ` +
          `(the fixed length is inferred from examples, not documented). A digit may be missing or extra, or this may be a RAM user ID. ` +
          `Copy the root account ID from the account center of the project's owner and name the file after it.`,
      });
    }
    for (const a of settingAccountIds(fleet)) {
      if (!/^\d+$/.test(a.value) || a.value.length === 16) continue;
      report({
        file: a.file,
        range: a.range,
        pointer: a.pointer,
        message:
          `${describeAccountSetting(a)} is ${quotedItem(a)}, ${a.value.length} digits; published Alibaba Cloud account IDs have 16 ` +
          `(the fixed length is inferred from examples, not documented). A digit may be missing or extra, or this may be a RAM user ID. ` +
          `Copy the root account ID from the account center of the project's owner.`,
      });
    }
  },
});
