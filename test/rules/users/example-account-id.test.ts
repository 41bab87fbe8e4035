import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, sidecarJob, users } from './entries.js';

const notYours = (name: string, what: string) =>
  `users/ entry "${name}" is ${what}, not the account that owns your project: the host is not authorized for your account. Name the file after your own root account ID.`;

const DOCS_EXAMPLE = notYours('1559122535028493', "the example account ID from Alibaba Cloud's docs");

testRule('users/example-account-id', {
  valid: [...GOOD, { name: 'an own account ID in a container env', files: { 'k8s/job.yaml': sidecarJob('1234567890123456') } }],
  invalid: [
    {
      name: "the docs' example account ID in a container env",
      files: { 'k8s/job.yaml': sidecarJob('1559122535028493') },
      findings: [
        {
          at: '13:21-13:37',
          pointer: '/spec/template/spec/containers/0/env/0/value',
          message:
            'ALIYUN_LOGTAIL_USER_ID of Job/nginx-log-sidecar-demo container logtail is "1559122535028493", the example account ID from Alibaba Cloud\'s docs, not the account that owns your project: ' +
            'the host is not authorized for your account. Set your own root account ID.',
        },
      ],
    },
    {
      name: 'the docs example and a run of one digit',
      files: users({ '1559122535028493': '', '1111111111111111': '', '1234567890123456': '' }),
      findings: [
        { file: entry('1111111111111111'), at: '1:1-1:1', message: notYours('1111111111111111', 'a run of one digit, a placeholder') },
        { file: entry('1559122535028493'), at: '1:1-1:1', message: DOCS_EXAMPLE },
      ],
    },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('1559122535028493'), at: '1:1-1:1', message: DOCS_EXAMPLE }] },
  ],
});
