import { testRule } from '../../rule-tester.js';
import { GOOD, install } from './scripts.js';

const ADVICE = 'its endpoints no longer take logs. Move the project to an open region and install with that region ID.';

testRule('install/retired-region', {
  valid: GOOD,
  invalid: [
    {
      name: 'a closed region with a network suffix',
      files: install('ap-southeast-2-internet'),
      findings: [
        {
          at: '2:22-2:45',
          message:
            '`./logtail.sh install ap-southeast-2-internet` installs for ap-southeast-2 (Sydney), a region SLS has closed ' +
            `("Closing Down" (Nov 2024) then "Closed" (Dec 2024) in S2; service ended after 2024-09-30 24:00 UTC+10 per news reports [S16, secondary]): ${ADVICE}`,
        },
      ],
    },
    {
      name: 'a closed region',
      files: install('ap-south-1'),
      findings: [
        {
          at: '2:22-2:32',
          message:
            '`./logtail.sh install ap-south-1` installs for ap-south-1 (Mumbai), a region SLS has closed ' +
            `(service ended after 2024-07-15 24:00 UTC+5:30 per news reports [S16, secondary]; absent from the current S1 and S4): ${ADVICE}`,
        },
      ],
    },
  ],
});
