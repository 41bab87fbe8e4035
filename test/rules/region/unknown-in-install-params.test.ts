import { testRule } from '../../rule-tester.js';
import { cmd, daemonSet, DS_POINTER, envCmd, GOOD, IN_MIXED, install, installs, mixed, SCRIPT, VARIABLES } from '../install/scripts.js';

/** The message for install parameter `param` whose region is not one, up to the advice (`command`: how it quotes the parameter's line). */
const notARegion = (param: string, region = param, command = cmd(param)) =>
  `${command}: "${region}" is not an SLS region ID, so the installer has no endpoint to configure and the agent cannot reach SLS.`;

testRule('region/unknown', {
  valid: [...GOOD, VARIABLES, installs('auto'), installs('cn-shanghai-corp'), { ...installs('cn-hangzhou-vpc'), name: 'a -vpc suffix is not an unknown region' }],
  invalid: [
    {
      name: 'a typo: did you mean, with no fix (another region would send logs elsewhere)',
      files: install('cn-hangzou-internet'),
      findings: [{ at: '2:22-2:41', message: `${notARegion('cn-hangzou-internet', 'cn-hangzou')} Did you mean "cn-hangzhou-internet"?` }],
    },
    {
      name: '-intranet: the bare region ID already is the intranet',
      files: install('cn-hangzhou-intranet'),
      findings: [{ at: '2:22-2:42', message: `${notARegion('cn-hangzhou-intranet')} Did you mean "cn-hangzhou"? The bare region ID already installs the intranet network.` }],
    },
    {
      name: 'upper case: fixed to lower case',
      files: install('CN-HANGZHOU'),
      findings: [{ at: '2:22-2:33', message: `${notARegion('CN-HANGZHOU')} Did you mean "cn-hangzhou"?` }],
      output: { [SCRIPT]: '#!/bin/sh\n./logtail.sh install cn-hangzhou\n' },
    },
    { name: IN_MIXED, files: mixed(), findings: [{ at: '10:22-10:32', message: `${notARegion('cn-hangzou')} Did you mean "cn-hangzhou"?` }] },
    {
      name: 'a container config path: judged like an install command, at the folder name',
      files: daemonSet('cn-hangzou'),
      findings: [{ at: '12:41-12:51', pointer: DS_POINTER, message: `${notARegion('cn-hangzou', 'cn-hangzou', envCmd('cn-hangzou'))} Did you mean "cn-hangzhou"?` }],
    },
    {
      // Unquoted in a shell script `<region-id>` is a redirection, so the placeholder is written as cloud-init argv.
      name: 'a placeholder',
      files: { 'cloud/user-data': '#cloud-config\nruncmd:\n  - [./logtail.sh, install, <region-id>]\n' },
      findings: [
        {
          at: '3:29-3:40',
          message:
            '`./logtail.sh install <region-id>`: "<region-id>" is not an install parameter (a region ID with an optional network suffix such as `-internet`); ' +
            "it looks like a placeholder that was never filled in. Write the project's region ID, e.g. `cn-hangzhou`.",
        },
      ],
    },
    {
      name: 'no region like it',
      files: install('mars-north-1'),
      findings: [
        {
          at: '2:22-2:34',
          message:
            `${notARegion('mars-north-1')} ` +
            "Use the region ID of the project (`logtail-lint regions` lists them), with `-internet` or `-acceleration` if the host is outside that region's network.",
        },
      ],
    },
  ],
});
