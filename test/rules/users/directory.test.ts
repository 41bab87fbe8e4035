import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const directory = (name: string) =>
  `users/ entry "${name}" is a directory: the agent takes the name of every entry, directories included, as an account ID, and never looks inside. ` +
  'Replace it with an empty file named after the account ID (`touch users/<account-id>`), and keep nothing else in users/.';

testRule('users/directory', {
  valid: GOOD,
  invalid: [
    {
      name: 'a sub-directory; not a file',
      files: users({ '1234567890123456': { dir: true }, '2234567890123456': '' }),
      findings: [{ file: entry('1234567890123456'), at: '1:1-1:1', message: directory('1234567890123456') }],
    },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('2234567890123456'), at: '1:1-1:1', message: directory('2234567890123456') }] },
  ],
});
