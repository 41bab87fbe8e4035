import { testRule } from '../../rule-tester.js';
import { cmd, daemonSet, DS_POINTER, envCmd, GOOD, IN_MIXED, install, mixed } from '../install/scripts.js';

const ADVICE = 'its endpoints no longer take logs. Move the project to an open region and install with that region ID.';
/** The message for `command` (as the message quotes it), which installs for closed `region`. */
const closed = (command: string, region: string, history: string) => `${command} installs for ${region}, a region SLS has closed (${history}): ${ADVICE}`;
const SYDNEY = 'closed since late 2024; service ended on 2024-09-30';
const MUMBAI = 'service ended on 2024-07-15';

testRule('region/retired', {
  valid: GOOD,
  invalid: [
    {
      name: 'a closed region with a network suffix',
      files: install('ap-southeast-2-internet'),
      findings: [{ at: '2:22-2:45', message: closed(cmd('ap-southeast-2-internet'), 'ap-southeast-2 (Sydney)', SYDNEY) }],
    },
    {
      name: 'a closed region',
      files: install('ap-south-1'),
      findings: [{ at: '2:22-2:32', message: closed(cmd('ap-south-1'), 'ap-south-1 (Mumbai)', MUMBAI) }],
    },
    { name: IN_MIXED, files: mixed(), findings: [{ at: '9:22-9:36', message: closed(cmd('ap-southeast-2'), 'ap-southeast-2 (Sydney)', SYDNEY) }] },
    {
      name: 'a container config path: judged like an install command, at the folder name',
      files: daemonSet('ap-south-1'),
      findings: [{ at: '12:41-12:51', pointer: DS_POINTER, message: closed(envCmd('ap-south-1'), 'ap-south-1 (Mumbai)', MUMBAI) }],
    },
  ],
});
