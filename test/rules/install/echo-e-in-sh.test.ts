import { testRule } from '../../rule-tester.js';
import { script, SCRIPT } from './scripts.js';

const PRINTF = "Write the identifier with printf, which behaves the same in every shell: `printf '%s\\n' web-prod > /etc/ilogtail/user_defined_id`.";
const DOCKERFILE = 'docker/Dockerfile';
const dockerfile = (from: string, run = 'RUN echo -e "web-prod" > /etc/ilogtail/user_defined_id') => ({ [DOCKERFILE]: `FROM ${from}\n${run}\n` });

testRule('install/echo-e-in-sh', {
  valid: [
    { name: 'a bash script', files: script('#!/bin/bash\necho -e "web-prod" > /etc/ilogtail/user_defined_id\n') },
    { name: 'echo without -e under sh', files: script('#!/bin/sh\necho "web-prod" > /etc/ilogtail/user_defined_id\n') },
    { name: 'printf under sh', files: script("#!/bin/sh\nprintf '%s\\n' web-prod > /etc/ilogtail/user_defined_id\n") },
    { name: 'no shebang: the shell is not known', files: script('echo -e "web-prod" > /etc/ilogtail/user_defined_id\n') },
    { name: 'an Alpine image (busybox honours -e)', files: dockerfile('alpine:3.19') },
    { name: 'a python:*-alpine image', files: dockerfile('python:3.12-alpine') },
    { name: 'a CentOS image (/bin/sh is bash)', files: dockerfile('centos:7') },
    { name: 'SHELL set to bash first', files: { [DOCKERFILE]: 'FROM ubuntu:22.04\nSHELL ["/bin/bash", "-c"]\nRUN echo -e "web-prod" > /etc/ilogtail/user_defined_id\n' } },
    { name: 'bash -c inside a sh script', files: script("#!/bin/sh\nsudo bash -c 'echo -e web-prod > /etc/ilogtail/user_defined_id'\n") },
    { name: 'echo -e into a users/ entry path is no identifier', files: script('#!/bin/sh\necho -e "" > /etc/ilogtail/users/1234567890123456\n') },
  ],
  invalid: [
    {
      name: 'an Ubuntu image: dash, at the option',
      files: dockerfile('ubuntu:22.04'),
      findings: [
        {
          at: '2:10-2:12',
          message:
            'This line runs under dash (a Dockerfile RUN runs /bin/sh -c, and Debian and Ubuntu use dash as /bin/sh: FROM ubuntu:22.04), `echo` has no -e option and prints it: user_defined_id gets "-e web-prod" instead of "web-prod", which matches no machine group. ' +
            PRINTF,
        },
      ],
    },
    {
      name: 'a #!/bin/sh script with two identifiers: the first line shown, newlines escaped',
      files: script('#!/bin/sh\necho -e "web-prod\\napi-prod" > /etc/ilogtail/user_defined_id\n'),
      findings: [
        {
          file: SCRIPT,
          at: '2:6-2:8',
          message:
            'This line runs under /bin/sh (the shebang is #!/bin/sh); where that is dash (Debian, Ubuntu and images built on them), `echo` has no -e option and prints it: user_defined_id gets "-e web-prod" instead of "web-prod", which matches no machine group. ' +
            PRINTF,
        },
      ],
    },
    {
      // A Dockerfile excerpt from a notes page: RUN lines and no FROM, two identifiers in one echo -e.
      name: 'RUN lines with no FROM',
      files: { [DOCKERFILE]: 'RUN mkdir -p /etc/ilogtail/\nRUN echo -e "group1\\ngroup2" >> /etc/ilogtail/user_defined_id\n' },
      findings: [
        {
          at: '2:10-2:12',
          message:
            'This line runs under /bin/sh (a Dockerfile RUN runs /bin/sh -c, and no FROM says which shell that is); where that is dash (Debian, Ubuntu and images built on them), `echo` has no -e option and prints it: user_defined_id gets "-e group1" instead of "group1", which matches no machine group. ' +
            PRINTF,
        },
      ],
    },
    {
      name: 'an image the linter does not know, and an identifier only known at run time',
      files: dockerfile('registry.example.com/base/app:1.0', 'RUN echo -ne "$ID" | tee /etc/ilogtail/user_defined_id'),
      findings: [
        {
          at: '2:10-2:13',
          message:
            'This line runs under /bin/sh (a Dockerfile RUN runs /bin/sh -c; FROM registry.example.com/base/app:1.0 does not say which shell that is); where that is dash (Debian, Ubuntu and images built on them), `echo` has no -ne option and prints it: user_defined_id gets "-ne " before the identifier, which matches no machine group. ' +
            PRINTF,
        },
      ],
    },
  ],
});
