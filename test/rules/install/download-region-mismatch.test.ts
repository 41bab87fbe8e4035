import { testRule } from '../../rule-tester.js';
import { cmd, GOOD, IN_MIXED, install, installs, mixed, SCRIPT, VARIABLES } from './scripts.js';

/** The message for a download from cn-hangzhou and `param`, which installs for `region`. */
const fromHangzhou = (param: string, region: string) =>
  `The installer is downloaded from the cn-hangzhou bucket (logtail-release-cn-hangzhou), but ${cmd(param)} installs for ${region}. ` +
  "One of the two regions is wrong, usually a region hard-coded from a doc example; a host without Internet access may also be unable to reach the other region's bucket. " +
  `Download from the bucket of the region you install for (logtail-release-${region}).`;

testRule('install/download-region-mismatch', {
  valid: [
    ...GOOD,
    VARIABLES,
    installs('auto', 'cn-hangzhou'),
    { ...installs('cn-hangzou', 'cn-hangzhou'), name: "an unknown install region is region/unknown's" },
    installs('cn-shanghai-corp', 'cn-shanghai-corp'),
  ],
  invalid: [
    {
      name: 'at the URL region, related to the parameter',
      files: install('cn-shanghai-internet', 'cn-hangzhou'),
      findings: [{ at: '1:29-1:40', message: fromHangzhou('cn-shanghai-internet', 'cn-shanghai'), related: [`${SCRIPT}@2:22-2:42`] }],
    },
    {
      // Findings at one place are in message order (src/core/report-order.ts).
      name: `${IN_MIXED}: once per install region, at the URL, related to the parameter`,
      files: mixed(),
      findings: [
        { at: '2:29-2:40', message: fromHangzhou('ap-southeast-2', 'ap-southeast-2'), related: [{ at: `${SCRIPT}@9:22-9:36`, message: 'install parameter: ap-southeast-2' }] },
        { at: '2:29-2:40', message: fromHangzhou('cn-nanjing', 'cn-nanjing'), related: [{ at: `${SCRIPT}@11:22-11:32`, message: 'install parameter: cn-nanjing' }] },
        { at: '2:29-2:40', message: fromHangzhou('cn-shanghai-vpc', 'cn-shanghai'), related: [{ at: `${SCRIPT}@4:22-4:37`, message: 'install parameter: cn-shanghai' }] },
      ],
    },
  ],
});
