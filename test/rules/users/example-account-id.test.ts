import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const notYours = (name: string, what: string) =>
  `users/ entry "${name}" is ${what}, not the account that owns your project: the host is not authorized for your account. Name the file after your own root account ID.`;

const DOCS_EXAMPLE = notYours('1559122535028493', "the example account ID from Alibaba Cloud's docs");

testRule('users/example-account-id', {
  valid: GOOD,
  invalid: [
    {
      name: 'the docs example and a run of one digit',
      files: users({ '1559122535028493': '', '1111111111111111': '', '1234567890123456': '' }),
      findings: [
        { file: entry('1111111111111111'), at: '1:1-1:1', message: notYours('1111111111111111', 'a run of one digit, a placeholder') },
        { file: entry('1559122535028493'), at: '1:1-1:1', message: DOCS_EXAMPLE },
      ],
    },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('1559122535028493'), at: '1:1-1:1', message: DOCS_EXAMPLE }] },
  ],
});
