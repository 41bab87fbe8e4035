import { testRule } from '../../rule-tester.js';
import { GOOD, install } from './scripts.js';

testRule('install/decommissioning-region', {
  valid: GOOD,
  invalid: [
    {
      name: 'a region being decommissioned',
      files: install('cn-nanjing'),
      findings: [
        {
          at: '2:22-2:32',
          message:
            '`./logtail.sh install cn-nanjing` installs for cn-nanjing (Nanjing (Local Region)), which SLS lists as being decommissioned (closing date not published): ' +
            'collection stops when it closes. Plan a move to another region and install with that region ID.',
        },
      ],
    },
  ],
});
