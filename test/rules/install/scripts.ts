/** Text builders shared by the install/ rule tests: shell scripts that install Logtail and write its identity files. */
import type { ValidCase } from '../../rule-tester.js';

export const SCRIPT = 'scripts/install.sh';

/** A repository of text files (usable as a case's `files` and as its `output`). */
export type Files = Record<string, string>;

/** A repository whose one file is the shell script `text`. */
export const script = (text: string): Files => ({ [SCRIPT]: text });

/**
 * `./logtail.sh install <param>` on line 2 of a script (the parameter from column 22). Line 1
 * downloads the installer from the bucket of region `download` (from column 29) when given.
 */
export function install(param: string, download?: string): Files {
  const first = download ? `wget http://logtail-release-${download}.oss-${download}.aliyuncs.com/linux64/logtail.sh\n` : '#!/bin/sh\n';
  return script(`${first}./logtail.sh install ${param}\n`);
}

/** How a message quotes `./logtail.sh install <param>`. */
export const cmd = (param: string): string => `\`./logtail.sh install ${param}\``;

/** The file of `daemonSet`. */
export const DS = 'k8s/ds.yaml';

/**
 * A logtail DaemonSet whose ALIYUN_LOGTAIL_CONFIG is `/etc/ilogtail/conf/<param>/ilogtail_config.json`
 * (line 12, the parameter from column 41): the install parameter of a container.
 */
export const daemonSet = (param: string): Files => ({
  [DS]:
    'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n' +
    `            - name: ALIYUN_LOGTAIL_CONFIG\n              value: /etc/ilogtail/conf/${param}/ilogtail_config.json\n`,
});

/** How a message quotes the config path of `daemonSet(param)`. */
export const envCmd = (param: string): string => `\`ALIYUN_LOGTAIL_CONFIG /etc/ilogtail/conf/${param}/ilogtail_config.json\``;

/** The pointer of the config path in `daemonSet`. */
export const DS_POINTER = '/spec/template/spec/containers/0/env/0/value';

const MIXED_LINES = [
  '#!/bin/sh', // 1
  'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh', // 2
  'chmod 755 logtail.sh', // 3
  './logtail.sh install cn-shanghai-vpc', // 4
  'echo web-prod >> /etc/ilogtail/user_defined_id', // 5
  'touch /etc/ilogtail/users/1234****5678', // 6
  'touch /etc/ilogtail/users/YOUR_UID', // 7
  './logtail.sh install auto', // 8
  './logtail.sh install ap-southeast-2', // 9
  './logtail.sh install cn-hangzou', // 10
  './logtail.sh install cn-nanjing', // 11
  '',
];

/**
 * A script with a mistake for most install/ rules, one per line (lines 4–11), after a download
 * from the cn-hangzhou bucket (line 2); with line `line` replaced by `text` when given.
 */
export function mixed(line?: number, text?: string): Files {
  const lines = [...MIXED_LINES];
  if (line !== undefined && text !== undefined) lines[line - 1] = text;
  return script(lines.join('\n'));
}

/** The name of the case on `mixed()`. */
export const IN_MIXED = 'a script with a mistake of each kind: only its own';

/** Variables everywhere, and an append of one: only install/append-user-defined-id reports it. */
export const VARS = 'scripts/vars.sh';
export const variables = (append = '>>'): Files => ({
  [VARS]: [
    'wget http://logtail-release-${REGION}.oss-${REGION}.aliyuncs.com/linux64/logtail.sh',
    './logtail.sh install ${REGION}-vpc',
    `echo "\${APP}_\${ENV}" ${append} /etc/ilogtail/user_defined_id`,
    'touch /etc/ilogtail/users/${ALIYUN_UID}',
    '',
  ].join('\n'),
});
export const VARIABLES: ValidCase = { name: 'values in variables are never judged', files: variables() };

/** A cloud-init script piping a placeholder identity to `tee -a`. */
export const SETUP = 'cloud/setup.sh';
export const setup = (tee = 'tee -a'): Files => ({ [SETUP]: `echo "userdefined" | sudo ${tee} /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1559122535028493\n` });

/** A script installing with `param` (downloaded from `download`): a valid case. */
export const installs = (param: string, download?: string): ValidCase => ({ name: `install ${param}${download ? ` from ${download}` : ''}`, files: install(param, download) });

/** What no install/ rule reports: good parameters, and values only known at run time. */
export const GOOD: ValidCase[] = [
  installs('cn-hangzhou', 'cn-hangzhou'),
  installs('cn-hangzhou-internet', 'cn-hangzhou'),
  installs('ap-southeast-1-acceleration'),
  installs('cn_beijing_internet'),
  installs('cn-shanghai-finance-internet'),
  {
    name: 'variables in the download URL, the parameter and the users/ entry',
    files: script('wget http://logtail-release-${REGION}.oss-${REGION}.aliyuncs.com/linux64/logtail.sh\n./logtail.sh install ${REGION}-vpc\ntouch /etc/ilogtail/users/${UID}\n'),
  },
  {
    name: 'a clean script: download, install, identity and account',
    files: {
      'scripts/ok.sh': [
        'wget http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh -O logtail.sh',
        './logtail.sh install cn-hangzhou-internet',
        'echo web-prod > /etc/ilogtail/user_defined_id',
        'mkdir -p /etc/ilogtail/users && touch /etc/ilogtail/users/1234567890123456',
        '',
      ].join('\n'),
    },
  },
  ...['cn-hangzhou', 'cn-hangzhou-internet', 'cn-hangzhou-acceleration'].map((param) => ({ name: `a container config path of ${param}`, files: daemonSet(param) })),
];
