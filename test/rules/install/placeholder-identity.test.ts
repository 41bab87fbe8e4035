import { testRule } from '../../rule-tester.js';
import { GOOD, script, setup, VARIABLES } from './scripts.js';

const USERDEFINED =
  'This line writes "userdefined" to user_defined_id, which looks like a placeholder (the sample name from the docs) copied from a doc or template. ' +
  'The host joins only the machine group that lists exactly this identifier. Write the identifier of its real machine group.';
const DOCS_ACCOUNT =
  "This line creates users/1559122535028493, the example account ID from Alibaba Cloud's docs, not the account that owns your project: " +
  'the host is not authorized for your account. Write your own root account ID.';

testRule('install/placeholder-identity', {
  valid: [...GOOD, VARIABLES, { name: 'a real identifier', files: script('echo web-prod > /etc/ilogtail/user_defined_id\n') }],
  invalid: [
    {
      name: 'a placeholder identifier and the docs example account',
      files: script('echo userdefined > /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1559122535028493\necho web-prod > /etc/ilogtail/user_defined_id\n'),
      findings: [
        { at: '1:6-1:17', message: USERDEFINED },
        { at: '2:27-2:43', message: DOCS_ACCOUNT },
      ],
    },
    {
      name: 'a quoted placeholder piped to tee -a: at the quoted word',
      files: setup(),
      findings: [
        { at: '1:6-1:19', message: USERDEFINED },
        { at: '2:27-2:43', message: DOCS_ACCOUNT },
      ],
    },
  ],
});
