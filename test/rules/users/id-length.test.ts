import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const digits = (name: string) =>
  `users/ entry "${name}" has ${name.length} digits; published Alibaba Cloud account IDs have 16 (the fixed length is inferred from examples, not documented). ` +
  "A digit may be missing or extra, or this may be a RAM user ID. Copy the root account ID from the account center of the project's owner and name the file after it.";

testRule('users/id-length', {
  valid: GOOD,
  invalid: [
    {
      name: 'digits only, not 16 of them',
      files: users({ '123456789012345': '', '12345678901234567': '', '1234567890123456': '', '12a': '' }),
      findings: [
        { file: entry('123456789012345'), at: '1:1-1:1', message: digits('123456789012345') },
        { file: entry('12345678901234567'), at: '1:1-1:1', message: digits('12345678901234567') },
      ],
    },
    { name: 'a short ID', files: users({ '123': '' }), findings: [{ at: '1:1-1:1', message: digits('123') }] },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('123456789012345'), at: '1:1-1:1', message: digits('123456789012345') }] },
  ],
});
