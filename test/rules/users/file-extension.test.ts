import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const EXTENSION =
  'users/ entry "1234567890123456.txt" has the extension ".txt": the agent takes the whole name as the account ID, ' +
  'so "1234567890123456.txt" is a different (non-existent) account and 1234567890123456 is not authorized. Rename the file to "1234567890123456", with no extension.';

testRule('users/file-extension', {
  valid: GOOD,
  invalid: [
    {
      name: 'names the ID to rename to; not other names with an extension',
      files: users({ '1234567890123456.txt': '', '1234567890123456': '', 'abc.txt': '' }),
      findings: [{ file: entry('1234567890123456.txt'), at: '1:1-1:1', message: EXTENSION }],
    },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('1234567890123456.txt'), at: '1:1-1:1', message: EXTENSION }] },
  ],
});
