/** Text builders shared by the install/ rule tests: shell scripts that install Logtail and write its identity files. */
import type { Tree, ValidCase } from '../../rule-tester.js';

export const SCRIPT = 'scripts/install.sh';

/** A repository whose one file is the shell script `text`. */
export const script = (text: string): Tree => ({ [SCRIPT]: text });

/**
 * `./logtail.sh install <param>` on line 2 of a script (the parameter from column 22). Line 1
 * downloads the installer from the bucket of region `download` (from column 29) when given.
 */
export function install(param: string, download?: string): Tree {
  const first = download ? `wget http://logtail-release-${download}.oss-${download}.aliyuncs.com/linux64/logtail.sh\n` : '#!/bin/sh\n';
  return script(`${first}./logtail.sh install ${param}\n`);
}

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
];
