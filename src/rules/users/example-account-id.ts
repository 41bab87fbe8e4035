import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { DOC_EXAMPLE_ACCOUNT_ID } from '../shared/util.js';
import { accountEntries, describeAccountSetting, quotedItem, settingAccountIds } from './util.js';

export default defineRule({
  id: 'users/example-account-id',
  severity: 'warning',
  scope: 'file',
  description: "A users/ entry (or an ALIYUN_LOGTAIL_USER_ID item) is the docs' example account ID, or a run of one digit",
  check({ fleet, report }) {
    for (const e of accountEntries(fleet)) {
      const doc = e.name === DOC_EXAMPLE_ACCOUNT_ID;
      if (!doc && !/^(\d)\1+$/.test(e.name)) continue;
      report({
        file: e.file,
        range: FILE_START,
        message:
          `users/ entry "${e.name}" is ${doc ? "the example account ID from Alibaba Cloud's docs" : 'a run of one digit, a placeholder'}, not the account that owns your project: ` +
          `the host is not authorized for your account. Name the file after your own root account ID.`,
      });
    }
    for (const a of settingAccountIds(fleet)) {
      const doc = a.value === DOC_EXAMPLE_ACCOUNT_ID;
      if (!doc && !/^(\d)\1+$/.test(a.value)) continue;
      report({
        file: a.file,
        range: a.range,
        pointer: a.pointer,
        message:
          `${describeAccountSetting(a)} is ${quotedItem(a)}, ${doc ? "the example account ID from Alibaba Cloud's docs" : 'a run of one digit, a placeholder'}, not the account that owns your project: ` +
          `the host is not authorized for your account. Set your own root account ID.`,
      });
    }
  },
});
