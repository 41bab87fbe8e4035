import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const ignored = (name: string, bytes: number) =>
  `users/ entry "${name}" holds ${bytes} bytes, but the agent reads only the file's name as the account ID and ignores its content. ` +
  'If the content is the account ID, rename the file to that ID; then empty it (`touch users/<account-id>`).';

testRule('users/non-empty-file', {
  valid: GOOD,
  invalid: [
    {
      name: 'a file with content; not an empty file or a directory with files in it',
      files: users({ '1234567890123456': '1234567890123456\n', '2234567890123456': '', '3234567890123456/README': 'team' }),
      findings: [{ file: entry('1234567890123456'), at: '1:1-1:1', message: ignored('1234567890123456', 17) }],
    },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('account'), at: '1:1-1:1', message: ignored('account', 17) }] },
  ],
});
