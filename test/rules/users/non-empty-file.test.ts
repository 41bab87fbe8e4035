import { testRule } from '../../rule-tester.js';
import { entry, GOOD, users } from './entries.js';

testRule('users/non-empty-file', {
  valid: GOOD,
  invalid: [
    {
      name: 'a file with content; not an empty file or a directory with files in it',
      files: users({ '1234567890123456': '1234567890123456\n', '2234567890123456': '', '3234567890123456/README': 'team' }),
      findings: [
        {
          file: entry('1234567890123456'),
          at: '1:1-1:1',
          message:
            `users/ entry "1234567890123456" holds 17 bytes, but the agent reads only the file's name as the account ID and ignores its content. ` +
            'If the content is the account ID, rename the file to that ID; then empty it (`touch users/<account-id>`).',
        },
      ],
    },
  ],
});
