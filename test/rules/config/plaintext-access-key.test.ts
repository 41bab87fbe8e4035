import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/plaintext-access-key', {
  valid: [
    { name: 'empty values', files: host('{"default_access_key_id": "", "default_access_key": ""}') },
    { name: 'a file without the keys', files: host('{"cpu_usage_limit": 0.4}') },
    // alibaba/ilogtail docker/ilogtail_config.json (2022): the demo image's placeholders, no credential
    {
      name: 'the community demo placeholders',
      files: host('{\n  "default_access_key_id": "example_access_key_id",\n  "default_access_key": "example_access_key",\n  "cpu_usage_limit": 0.4\n}\n'),
    },
    { name: 'other placeholders', files: host('{"default_access_key_id": "<your-access-key-id>", "default_access_key": "YOUR_ACCESS_KEY_SECRET"}') },
    { name: 'masked and templated values', files: host('{"default_access_key_id": "********", "default_access_key": "${AK_SECRET}"}') },
  ],
  invalid: [
    {
      name: 'both keys, at their values',
      files: host('{\n  "default_access_key_id": "LTAI5tExample",\n  "default_access_key": "secret"\n}'),
      findings: [
        {
          at: '2:28-2:43',
          message:
            '"default_access_key_id" holds an AccessKey ID in clear text: the agent logs its whole merged configuration at INFO level at startup, so the value ends up in ilogtail.LOG for anyone who can read the logs (and in this repository). Pass it through an environment variable named "default_access_key_id" instead (it overrides the file) and remove it here; rotate the key if it was committed.',
          severity: 'warning',
        },
        {
          at: '3:25-3:33',
          message:
            '"default_access_key" holds an AccessKey secret in clear text: the agent logs its whole merged configuration at INFO level at startup, so the value ends up in ilogtail.LOG for anyone who can read the logs (and in this repository). Pass it through an environment variable named "default_access_key" instead (it overrides the file) and remove it here; rotate the key if it was committed.',
        },
      ],
    },
    {
      name: 'partial files too (they are merged and logged as well)',
      files: { 'conf/instance_config/local/keys.json': '{"default_access_key": "s"}' },
      findings: [
        {
          at: '1:24-1:27',
          message:
            '"default_access_key" holds an AccessKey secret in clear text: the agent logs its whole merged configuration at INFO level at startup, so the value ends up in ilogtail.LOG for anyone who can read the logs (and in this repository). Pass it through an environment variable named "default_access_key" instead (it overrides the file) and remove it here; rotate the key if it was committed.',
        },
      ],
    },
  ],
});
