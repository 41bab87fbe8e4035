import { testRule } from '../../rule-tester.js';
import { cmd, daemonSet, DS_POINTER, envCmd, GOOD, IN_MIXED, install, mixed } from '../install/scripts.js';

/** The message for `command` (as the message quotes it), which installs for cn-nanjing. */
const nanjing = (command: string) =>
  `${command} installs for cn-nanjing (Nanjing (Local Region)), which SLS lists as being decommissioned (no closing date is published): ` +
  'collection stops when it closes. Plan a move to another region and install with that region ID.';

testRule('region/decommissioning', {
  valid: GOOD,
  invalid: [
    {
      name: 'a region being decommissioned',
      files: install('cn-nanjing'),
      findings: [{ at: '2:22-2:32', message: nanjing(cmd('cn-nanjing')) }],
    },
    { name: IN_MIXED, files: mixed(), findings: [{ at: '11:22-11:32', message: nanjing(cmd('cn-nanjing')) }] },
    {
      name: 'a container config path with a network suffix: judged like an install command, at the folder name',
      files: daemonSet('cn-nanjing-internet'),
      findings: [{ at: '12:41-12:60', pointer: DS_POINTER, message: nanjing(envCmd('cn-nanjing-internet')) }],
    },
  ],
});
