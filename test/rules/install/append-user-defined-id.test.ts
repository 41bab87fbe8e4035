import { testRule } from '../../rule-tester.js';
import { GOOD, IN_MIXED, mixed, script, SCRIPT, setup, variables } from './scripts.js';

/** `value`: the appended identifier, when the script names it. */
const appends = (value?: string) =>
  `This line appends ${value === undefined ? 'the identifier' : `"${value}"`} to user_defined_id, so every re-run of the script (reboot, cloud-init re-run) adds it again. ` +
  'The agent keeps one copy, but the file grows without end and, past 8 KiB, the agent stops reading it. ' +
  'Overwrite instead: `echo web-prod > /etc/ilogtail/user_defined_id` (or `tee` without `-a`).';

testRule('install/append-user-defined-id', {
  valid: [
    ...GOOD,
    { name: 'appending after a truncating write builds the file on purpose', files: script('echo a > /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n') },
    { name: "appending to users/ is not this rule's", files: script('echo >> /etc/ilogtail/users/1234567890123456\n') },
    // A Dockerfile build starts from the FROM image: an OS image has no user_defined_id to append to.
    { name: 'a Dockerfile RUN on an OS base image', files: { 'docker/Dockerfile': 'FROM centos:7\nRUN echo web-prod >> /etc/ilogtail/user_defined_id\n' } },
  ],
  invalid: [
    {
      name: 'a Dockerfile RUN on another image: worded for a build, not for re-runs',
      files: { 'docker/Dockerfile': 'FROM registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest\nRUN echo web-prod >> /etc/ilogtail/user_defined_id\n' },
      findings: [
        {
          at: '2:19-2:21',
          message:
            'This RUN line appends "web-prod" to user_defined_id. Each build starts again from the base image, so it does not pile up across rebuilds, but it is added to whatever user_defined_id FROM registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest already holds, and the container then carries that image\'s identifier too. Overwrite instead, so the image holds exactly this identifier: `echo web-prod > /etc/ilogtail/user_defined_id` (or `tee` without `-a`).',
        },
      ],
      output: { 'docker/Dockerfile': 'FROM registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest\nRUN echo web-prod > /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: 'two identifiers in one echo -e: the newline is shown escaped, never raw',
      files: script('#!/bin/bash\necho -e "web\\napi" >> /etc/ilogtail/user_defined_id\n'),
      findings: [{ at: '2:20-2:22', message: appends('web\\napi') }],
      output: { [SCRIPT]: '#!/bin/bash\necho -e "web\\napi" > /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: '>>: at the operator, fixed to > when it is the only write',
      files: script('#!/bin/sh\necho web-prod >> /etc/ilogtail/user_defined_id\n'),
      findings: [{ at: '2:15-2:17', message: appends('web-prod') }],
      output: { [SCRIPT]: '#!/bin/sh\necho web-prod > /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: 'tee -a: fixed to tee',
      files: script('echo web-prod | sudo tee -a /etc/ilogtail/user_defined_id\n'),
      findings: [{ at: '1:22-1:28', message: appends('web-prod') }],
      output: { [SCRIPT]: 'echo web-prod | sudo tee /etc/ilogtail/user_defined_id\n' },
    },
    {
      name: 'several appends: each reported, none fixed',
      files: script('echo a >> /etc/ilogtail/user_defined_id\necho b >> /etc/ilogtail/user_defined_id\n'),
      findings: [
        { at: '1:8-1:10', message: appends('a') },
        { at: '2:8-2:10', message: appends('b') },
      ],
    },
    {
      name: IN_MIXED,
      files: mixed(),
      findings: [{ at: '5:15-5:17', message: appends('web-prod') }],
      output: mixed(5, 'echo web-prod > /etc/ilogtail/user_defined_id'),
    },
    { name: 'sudo tee -a of a placeholder', files: setup(), findings: [{ at: '1:27-1:33', message: appends('userdefined') }], output: setup('tee') },
    { name: 'appending is wrong whatever is appended, a variable too', files: variables(), findings: [{ at: '3:22-3:24', message: appends() }], output: variables('>') },
  ],
});
