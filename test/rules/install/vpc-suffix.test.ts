import { describe, expect, it } from 'vitest';
import { installRules } from '../../../src/rules/install/index.js';
import { testRule } from '../../rule-tester.js';
import { cmd, daemonSet, DS_POINTER, envCmd, GOOD, IN_MIXED, install, mixed, SCRIPT, VARIABLES } from './scripts.js';

describe('install/ namespace', () => {
  it('lists its rules, with severity and fixability', () => {
    expect(installRules.map((r) => `${r.id} ${r.severity}${r.fixable ? ' fix' : ''}`)).toEqual([
      'install/vpc-suffix warning fix',
      'install/auto-region info',
      'install/download-region-mismatch warning',
      'install/append-user-defined-id warning fix',
      'install/invalid-account-id error',
      'install/placeholder-identity warning',
      'install/echo-e-in-sh warning',
      'install/folder-not-created error',
      'install/user-log-config-write error',
      'install/env-name-flag-value warning',
    ]);
  });
});

/** The message for `command` (as the message quotes it), which installs exactly as `next`. */
const legacy = (command: string, next: string, suffix = '-vpc') =>
  `${command}: \`${suffix}\` is a legacy suffix. The installer removes it and installs exactly as \`${next}\` does (the intranet network), ` +
  `so it works, but it suggests a VPC-only network that it does not select. Write "${next}" (or \`-internal\` for the VPC-only domain, on installers that support it).`;

testRule('install/vpc-suffix', {
  valid: [...GOOD, VARIABLES],
  invalid: [
    {
      name: '-vpc: fixed by dropping it',
      files: install('cn-hangzhou-vpc'),
      findings: [{ at: '2:22-2:37', message: legacy(cmd('cn-hangzhou-vpc'), 'cn-hangzhou') }],
      output: { [SCRIPT]: '#!/bin/sh\n./logtail.sh install cn-hangzhou\n' },
    },
    {
      name: '_vpc with underscores: fixed keeping them',
      files: install('cn_hangzhou_vpc'),
      findings: [{ at: '2:22-2:37', message: legacy(cmd('cn_hangzhou_vpc'), 'cn_hangzhou', '_vpc') }],
      output: { [SCRIPT]: '#!/bin/sh\n./logtail.sh install cn_hangzhou\n' },
    },
    {
      name: IN_MIXED,
      files: mixed(),
      findings: [{ at: '4:22-4:37', message: legacy(cmd('cn-shanghai-vpc'), 'cn-shanghai') }],
      output: mixed(4, './logtail.sh install cn-shanghai'),
    },
    {
      name: 'a container config path: judged like an install command, at the folder name',
      files: daemonSet('cn-hangzhou-vpc'),
      findings: [{ at: '12:41-12:56', pointer: DS_POINTER, message: legacy(envCmd('cn-hangzhou-vpc'), 'cn-hangzhou') }],
      output: daemonSet('cn-hangzhou'),
    },
  ],
});
