import { testRule } from '../../rule-tester.js';
import { dockerRun, entry, GOOD, IN_MIXED, MIXED, sidecarJob, users } from './entries.js';

const digits = (name: string) =>
  `users/ entry "${name}" has ${name.length} digits; published Alibaba Cloud account IDs have 16 (the fixed length is inferred from examples, not documented). ` +
  "A digit may be missing or extra, or this may be a RAM user ID. Copy the root account ID from the account center of the project's owner and name the file after it.";

testRule('users/id-length', {
  valid: [
    ...GOOD,
    { name: '16 digits in a container env', files: { 'k8s/job.yaml': sidecarJob('1234567890123456') } },
    { name: "a placeholder is users/non-numeric-id's", files: { 'k8s/job.yaml': sidecarJob('xxxxxxxxxx') } },
  ],
  invalid: [
    {
      name: 'an ALIYUN_LOGTAIL_USER_ID item in a container env and in docker run -e',
      files: { 'k8s/job.yaml': sidecarJob('123456789012345'), 'run.sh': dockerRun('1234567890123456,12345678901234567') },
      findings: [
        {
          file: 'k8s/job.yaml',
          at: '13:21-13:36',
          pointer: '/spec/template/spec/containers/0/env/0/value',
          message:
            'ALIYUN_LOGTAIL_USER_ID of Job/nginx-log-sidecar-demo container logtail is "123456789012345", 15 digits; published Alibaba Cloud account IDs have 16 (the fixed length is inferred from examples, not documented). ' +
            "A digit may be missing or extra, or this may be a RAM user ID. Copy the root account ID from the account center of the project's owner.",
        },
        {
          file: 'run.sh',
          at: '1:172-1:189',
          message:
            '`docker run -e ALIYUN_LOGTAIL_USER_ID` is "12345678901234567" (one item of "1234567890123456,12345678901234567"), 17 digits; published Alibaba Cloud account IDs have 16 (the fixed length is inferred from examples, not documented). ' +
            "A digit may be missing or extra, or this may be a RAM user ID. Copy the root account ID from the account center of the project's owner.",
        },
      ],
    },
    {
      name: 'digits only, not 16 of them',
      files: users({ '123456789012345': '', '12345678901234567': '', '1234567890123456': '', '12a': '' }),
      findings: [
        { file: entry('123456789012345'), at: '1:1-1:1', message: digits('123456789012345') },
        { file: entry('12345678901234567'), at: '1:1-1:1', message: digits('12345678901234567') },
      ],
    },
    { name: 'a short ID', files: users({ '123': '' }), findings: [{ at: '1:1-1:1', message: digits('123') }] },
    { name: IN_MIXED, files: MIXED, findings: [{ file: entry('123456789012345'), at: '1:1-1:1', message: digits('123456789012345') }] },
  ],
});
