import { testRule } from '../../rule-tester.js';
import { GOOD, IN_MIXED, mixed, script, VARIABLES } from './scripts.js';

const AGENT =
  'The agent takes each file name in users/ as an Alibaba Cloud account ID without checking it, so the host is authorized for no real account. ' +
  "Write the full root account ID of the project's owner (digits only), or pass it in a variable: `touch \"/etc/ilogtail/users/${ALIYUN_ACCOUNT_ID}\"`.";

/** The message for users/`name`, masked with `*`. */
const masked = (name: string) =>
  `This line creates users/${name}, which is not an account ID: it is masked with \`*\` (copied from a console or a doc). ` +
  'The shell reads `*` as a pattern: it either creates a file with this literal name or touches what users/ already holds; either way the real account gets no entry. ' +
  AGENT;
const placeholder = (name: string) => `This line creates users/${name}, which is not an account ID: it is a placeholder. ${AGENT}`;

testRule('install/invalid-account-id', {
  valid: [...GOOD, VARIABLES, { name: 'a full account ID', files: script('touch /etc/ilogtail/users/1234567890123456\n') }],
  invalid: [
    {
      name: 'masked and placeholder IDs',
      files: script('touch /etc/ilogtail/users/****\ntouch /etc/ilogtail/users/YOUR_UID\ntouch /etc/ilogtail/users/1234567890123456\n'),
      findings: [
        { at: '1:27-1:31', message: masked('****') },
        { at: '2:27-2:35', message: placeholder('YOUR_UID') },
      ],
    },
    {
      name: IN_MIXED,
      files: mixed(),
      findings: [
        { at: '6:27-6:39', message: masked('1234****5678') },
        { at: '7:27-7:35', message: placeholder('YOUR_UID') },
      ],
    },
  ],
});
