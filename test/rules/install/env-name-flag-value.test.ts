import { testRule } from '../../rule-tester.js';

const ENTRY = 'docker/entry.sh';
const entry = (flags: string) => ({ [ENTRY]: `#!/bin/sh\n/app/bin/ilogtail \\\n-ilogtail_config "/app/conf/$REGION/ilogtail_config.json" \\\n${flags}\n` });
const message = (flag: string, holds: string, def: string, passes: string, name: string) =>
  `-${flag} takes the name of the environment variable the agent reads its ${holds} from (by default ${def}), but this passes ${passes}, ` +
  `so the agent looks for an environment variable whose name is that value, finds none, and the container gets no ${holds}. ` +
  `Pass the name itself: \`-${flag} ${name}\` (or leave the flag out and set ${def}).`;

testRule('install/env-name-flag-value', {
  valid: [
    { name: 'the name of a variable', files: entry('-ilogtail_user_defined_id_env_name USERID') },
    { name: 'the --flag=NAME form', files: entry('--ilogtail_aliuid_env_name=MY_ACCOUNT') },
    { name: 'not the agent binary', files: { 'run.sh': '#!/bin/sh\nmytool -ilogtail_user_defined_id_env_name "$USERID"\n' } },
    { name: 'a command substitution is not judged', files: entry('-ilogtail_user_defined_id_env_name "$(cat /name)"') },
  ],
  invalid: [
    {
      // tianxiadys/workflows docker/logtail/entry.sh (with ENV USERID=userid in the Dockerfile)
      name: "a variable's value, at the value",
      files: entry('-ilogtail_user_defined_id_env_name "$USERID"'),
      findings: [
        {
          at: '4:36-4:45',
          message: message('ilogtail_user_defined_id_env_name', 'custom identifier', 'ALIYUN_LOGTAIL_USER_DEFINED_ID', "$USERID, that variable's value", 'USERID'),
        },
      ],
    },
    {
      name: 'a literal identifier in the = form',
      files: { 'docker/start.sh': '#!/bin/sh\nexec /usr/local/ilogtail/ilogtail_2.1.10 --ilogtail_user_defined_id_env_name=web-prod\n' },
      findings: [
        {
          at: '2:78-2:86',
          message: message(
            'ilogtail_user_defined_id_env_name',
            'custom identifier',
            'ALIYUN_LOGTAIL_USER_DEFINED_ID',
            '"web-prod", which cannot be a variable name',
            'ALIYUN_LOGTAIL_USER_DEFINED_ID',
          ),
        },
      ],
    },
  ],
});
