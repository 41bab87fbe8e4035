import { testRule } from '../../rule-tester.js';
import { GOOD, install, installs, SCRIPT } from './scripts.js';

testRule('install/download-region-mismatch', {
  valid: [
    ...GOOD,
    installs('auto', 'cn-hangzhou'),
    { ...installs('cn-hangzou', 'cn-hangzhou'), name: "an unknown install region is install/unknown-region's" },
    installs('cn-shanghai-corp', 'cn-shanghai-corp'),
  ],
  invalid: [
    {
      name: 'at the URL region, related to the parameter',
      files: install('cn-shanghai-internet', 'cn-hangzhou'),
      findings: [
        {
          at: '1:29-1:40',
          message:
            'The installer is downloaded from the cn-hangzhou bucket (logtail-release-cn-hangzhou), but `./logtail.sh install cn-shanghai-internet` installs for cn-shanghai. ' +
            "One of the two regions is wrong, usually a region hard-coded from a doc example; a host without Internet access may also be unable to reach the other region's bucket. " +
            'Download from the bucket of the region you install for (logtail-release-cn-shanghai).',
          related: [`${SCRIPT}@2:22-2:42`],
        },
      ],
    },
  ],
});
