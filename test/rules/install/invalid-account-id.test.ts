import { testRule } from '../../rule-tester.js';
import { GOOD, script } from './scripts.js';

const AGENT =
  'The agent takes each file name in users/ as an Alibaba Cloud account ID without checking it, so the host is authorized for no real account. ' +
  "Write the full root account ID of the project's owner (digits only), or pass it in a variable: `touch \"/etc/ilogtail/users/${ALIYUN_ACCOUNT_ID}\"`.";

testRule('install/invalid-account-id', {
  valid: [...GOOD, { name: 'a full account ID', files: script('touch /etc/ilogtail/users/1234567890123456\n') }],
  invalid: [
    {
      name: 'masked and placeholder IDs',
      files: script('touch /etc/ilogtail/users/****\ntouch /etc/ilogtail/users/YOUR_UID\ntouch /etc/ilogtail/users/1234567890123456\n'),
      findings: [
        {
          at: '1:27-1:31',
          message:
            'This line creates users/****, which is not an account ID: it is masked with `*` (copied from a console or a doc). ' +
            'The shell reads `*` as a pattern: it either creates a file with this literal name or touches what users/ already holds; either way the real account gets no entry. ' +
            AGENT,
        },
        { at: '2:27-2:35', message: `This line creates users/YOUR_UID, which is not an account ID: it is a placeholder. ${AGENT}` },
      ],
    },
  ],
});
