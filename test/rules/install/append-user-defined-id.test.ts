import { testRule } from '../../rule-tester.js';
import { GOOD, IN_MIXED, mixed, script, SCRIPT, setup, variables } from './scripts.js';

/** `value`: the appended identifier, when the script names it. */
const appends = (value?: string) =>
  `This line appends ${value === undefined ? 'the identifier' : `"${value}"`} to user_defined_id, so every re-run of the script (reboot, cloud-init re-run, image rebuild) adds it again. ` +
  'The agent keeps one copy, but the file grows without end and, past 8 KiB, the agent stops reading it. ' +
  'Overwrite instead: `echo web-prod > /etc/ilogtail/user_defined_id` (or `tee` without `-a`).';

testRule('install/append-user-defined-id', {
  valid: [
    ...GOOD,
    { name: 'appending after a truncating write builds the file on purpose', files: script('echo a > /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n') },
    { name: "appending to users/ is not this rule's", files: script('echo >> /etc/ilogtail/users/1234567890123456\n') },
  ],
  invalid: [
    {
      name: '>>: at the operator, fixed to > when it is the only write',
      files: script('#!/bin/sh\necho web-prod >> /etc/ilogtail/user_defined_id\n'),
      findings: [{ at: '2:15-2:17', message: appends('web-prod') }],
      output: { [SCRIPT]: '#!/bin/sh\necho web-prod > /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: 'tee -a: fixed to tee',
      files: script('echo web-prod | sudo tee -a /etc/ilogtail/user_defined_id\n'),
      findings: [{ at: '1:22-1:28', message: appends('web-prod') }],
      output: { [SCRIPT]: 'echo web-prod | sudo tee /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: 'several appends: each reported, none fixed',
      files: script('echo a >> /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n'),
      findings: [
        { at: '1:8-1:10', message: appends('a') },
        { at: '2:8-2:10', message: appends('b') },
      ],
    },
    {
      name: IN_MIXED,
      files: mixed(),
      findings: [{ at: '5:15-5:17', message: appends('web-prod') }],
      output: mixed(5, 'echo web-prod > /etc/ilogtail/user_defined_id'),
    },
    { name: 'sudo tee -a of a placeholder', files: setup(), findings: [{ at: '1:27-1:33', message: appends('userdefined') }], output: setup('tee') },
    { name: 'appending is wrong whatever is appended, a variable too', files: variables(), findings: [{ at: '3:22-3:24', message: appends() }], output: variables('>') },
  ],
});
