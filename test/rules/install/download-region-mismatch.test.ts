import { testRule } from '../../rule-tester.js';
import { cmd, GOOD, install, installs, mixed, IN_MIXED, script, SCRIPT, VARIABLES } from './scripts.js';

/** The message for an installer from `from`'s internal endpoint and `param`, which fetches the package inside `region`. */
const twoIntranets = (from: string, param: string, region: string) =>
  `The installer comes from the internal OSS endpoint of ${from}, which only hosts inside ${from} can reach, but ${cmd(param)} then downloads its package from the internal endpoint of ${region}, which only hosts inside ${region} can reach: ` +
  'no host is inside both, so one of the two downloads fails. ' +
  `Download the installer from the public endpoint (oss-${from}.aliyuncs.com) or from ${region}'s, or install with \`${region}-internet\` if the host is outside ${region}.`;

/** `wget` of logtail.sh from `host` on line 1, `./logtail.sh install <param>` on line 2. */
const from = (host: string, param: string) => script(`wget http://${host}/linux64/logtail.sh\n./logtail.sh install ${param}\n`);

testRule('install/download-region-mismatch', {
  valid: [
    ...GOOD,
    VARIABLES,
    installs('auto', 'cn-hangzhou'),
    // The vendor doc: the script from the cn-hangzhou public bucket, any install parameter (issue9-facts §4).
    { ...installs('cn-shanghai', 'cn-hangzhou'), name: 'a public bucket of another region: the installer fetches its package by its parameter' },
    { ...installs('ap-southeast-1-internet', 'cn-hangzhou'), name: 'a public bucket and an Internet install' },
    {
      name: 'an internal endpoint of another region with an Internet install',
      files: from('logtail-release-cn-beijing.oss-cn-beijing-internal.aliyuncs.com', 'cn-shanghai-internet'),
    },
    { name: 'the same region on both intranets', files: from('logtail-release-cn-beijing.oss-cn-beijing-internal.aliyuncs.com', 'cn-beijing') },
    // ARMS docs: the legacy VPC host form, with its install parameter right after it.
    { name: 'the legacy vpc100 host of the install region', files: from('logtail-release-bj.vpc100-oss-cn-beijing.aliyuncs.com', 'cn_beijing_vpc') },
    { ...installs('cn-hangzou', 'cn-hangzhou'), name: "an unknown install region is region/unknown's" },
    { name: IN_MIXED, files: mixed() },
  ],
  invalid: [
    {
      name: 'an internal endpoint of another region and an intranet install: at the endpoint region, related to the parameter',
      files: from('logtail-release-cn-hangzhou.oss-cn-hangzhou-internal.aliyuncs.com', 'cn-shanghai'),
      findings: [
        {
          at: '1:45-1:56',
          message: twoIntranets('cn-hangzhou', 'cn-shanghai', 'cn-shanghai'),
          related: [{ at: `${SCRIPT}@2:22-2:33`, message: 'install parameter: cn-shanghai' }],
        },
      ],
    },
    {
      name: 'a legacy vpc100 host paired with the next install, not an earlier download',
      files: script(
        [
          'wget http://logtail-release-cn-shenzhen.oss-cn-shenzhen.aliyuncs.com/linux64/logtail.sh',
          './logtail.sh install cn-shenzhen-internet',
          'wget http://logtail-release-bj.vpc100-oss-cn-beijing.aliyuncs.com/linux64/logtail.sh',
          './logtail.sh install cn-hangzhou_vpc',
          '',
        ].join('\n'),
      ),
      findings: [{ at: '3:43-3:53', message: twoIntranets('cn-beijing', 'cn-hangzhou_vpc', 'cn-hangzhou'), related: [`${SCRIPT}@4:22-4:37`] }],
    },
    {
      name: 'loongcollector.sh from the observability bucket',
      files: script(
        'wget http://aliyun-observability-release-cn-beijing.oss-cn-beijing-internal.aliyuncs.com/loongcollector/linux64/latest/loongcollector.sh\n./loongcollector.sh install cn-hangzhou-internal\n',
      ),
      findings: [
        {
          at: '1:57-1:67',
          message:
            "The installer comes from the internal OSS endpoint of cn-beijing, which only hosts inside cn-beijing can reach, but `./loongcollector.sh install cn-hangzhou-internal` then downloads its package from the internal endpoint of cn-hangzhou, which only hosts inside cn-hangzhou can reach: no host is inside both, so one of the two downloads fails. Download the installer from the public endpoint (oss-cn-beijing.aliyuncs.com) or from cn-hangzhou's, or install with `cn-hangzhou-internet` if the host is outside cn-hangzhou.",
        },
      ],
    },
  ],
});
