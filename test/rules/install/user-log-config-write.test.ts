import { testRule } from '../../rule-tester.js';
import { script } from './scripts.js';

const ADVICE =
  "it reads no account and no machine group from it, so the host joins no custom-identifier machine group and is authorized for no other account. Write the machine group's custom identifier to /etc/ilogtail/user_defined_id, and the account as an empty file /etc/ilogtail/users/<account-id>.";
const INTO = 'into user_log_config.json, the file where the agent keeps the collection configs it downloads (in its install folder, /usr/local/ilogtail); ';

testRule('install/user-log-config-write', {
  valid: [
    {
      name: 'the identity in the right files',
      files: script('./logtail.sh install cn-shanghai\necho web-prod > /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1234567890123456\n'),
    },
    {
      name: 'a JSON document (a local config, another matter)',
      files: script('./logtail.sh install cn-shanghai\necho \'{"metrics": {}}\' > /usr/local/ilogtail/user_log_config.json\n'),
    },
    {
      name: 'the same script also writes user_defined_id',
      files: script('./logtail.sh install cn-shanghai\necho "1234567890123456::web" > /etc/ilogtail/user_log_config.json\necho web > /etc/ilogtail/user_defined_id\n'),
    },
  ],
  invalid: [
    {
      // A cloud-init script in a public design doc: install, then "tag this machine for the SLS machine group".
      name: 'uid::group from variables',
      files: script('./logtail.sh install cn-shanghai\nservice ilogtaild start\necho "${sls_user_id}::${sls_machine_group}" > /etc/ilogtail/user_log_config.json\n'),
      findings: [{ at: '3:1-3:81', message: `This line writes an account and a machine group ("\${sls_user_id}::\${sls_machine_group}") ${INTO}${ADVICE}` }],
    },
    {
      name: 'a plain identifier',
      files: script('./logtail.sh install cn-shanghai\necho web-prod | tee /usr/local/ilogtail/user_log_config.json\n'),
      findings: [{ at: '2:1-2:61', message: `This line writes "web-prod" ${INTO}${ADVICE}` }],
    },
  ],
});
