import { testRule } from '../../rule-tester.js';
import { GOOD, install, SCRIPT } from './scripts.js';

/** The message for `./logtail.sh install <param>`, which installs exactly as `next`. */
const legacy = (param: string, next: string) =>
  `\`./logtail.sh install ${param}\`: \`-vpc\` is a legacy suffix. The installer removes it and installs exactly as \`${next}\` does (the intranet network), ` +
  `so it works, but it suggests a VPC-only network that it does not select. Write "${next}" (or \`-internal\` for the VPC-only domain, on installers that support it).`;

testRule('install/vpc-suffix', {
  valid: GOOD,
  invalid: [
    {
      name: '-vpc: fixed by dropping it',
      files: install('cn-hangzhou-vpc'),
      findings: [{ at: '2:22-2:37', message: legacy('cn-hangzhou-vpc', 'cn-hangzhou') }],
      output: { [SCRIPT]: '#!/bin/sh\n./logtail.sh install cn-hangzhou\n' },
    },
    {
      name: '_vpc with underscores: fixed keeping them',
      files: install('cn_hangzhou_vpc'),
      findings: [{ at: '2:22-2:37', message: legacy('cn_hangzhou_vpc', 'cn_hangzhou') }],
      output: { [SCRIPT]: '#!/bin/sh\n./logtail.sh install cn_hangzhou\n' },
    },
  ],
});
