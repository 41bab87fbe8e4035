import { testRule } from '../../rule-tester.js';
import { script } from './scripts.js';

const fails = (path: string, folder: string, installLine: number, what: 'account file' | 'custom identifier') =>
  `This line writes ${path} before anything creates ${folder}: on the fresh host this script sets up, the folder appears only when the install command below runs (line ${installLine}), ` +
  `so the write fails ("No such file or directory") and the host gets no ${what}. ` +
  `Create the folder first (\`mkdir -p ${folder}\`), or move this line after the install.`;

const INSTALL = './logtail.sh install cn-hangzhou';

testRule('install/folder-not-created', {
  valid: [
    // alibabacloud-automation/terraform-alicloud-sls-logtail user_data: install first, then touch (the installer made users/).
    { name: 'the write after the install', files: script(`#!/bin/bash\n${INSTALL}\ntouch /etc/ilogtail/users/1234567890123456\n`) },
    { name: 'mkdir -p first', files: script(`mkdir -p /etc/ilogtail/users\ntouch /etc/ilogtail/users/1234567890123456\n${INSTALL}\n`) },
    { name: 'mkdir -p of the entry itself', files: script(`mkdir -p /etc/ilogtail/users/1234567890123456\n${INSTALL}\n`) },
    { name: 'two plain mkdirs, parent first', files: script(`mkdir /etc/ilogtail\nmkdir /etc/ilogtail/users\ntouch /etc/ilogtail/users/1234567890123456\n${INSTALL}\n`) },
    { name: 'user_defined_id after mkdir -p of its folder', files: script(`sudo mkdir -p /etc/ilogtail\necho web-prod > /etc/ilogtail/user_defined_id\n${INSTALL}\n`) },
    {
      // alibabacloud-howto/devops Packer template: one inline step per array item.
      name: 'a Packer inline step making the folder before the write',
      files: {
        'image/app_image.json':
          '{\n  "provisioners": [\n    {\n      "type": "shell",\n      "inline": [\n        "mkdir -p /etc/ilogtail",\n        "echo \\"logtail-id-${ENVIRONMENT}\\" > /etc/ilogtail/user_defined_id",\n        "./logtail.sh install auto"\n      ]\n    }\n  ]\n}\n',
      },
    },
    { name: 'no install in the file: the host may have the agent already', files: script('touch /etc/ilogtail/users/1234567890123456\n') },
    { name: 'a path outside /etc/ilogtail', files: script(`echo web-prod > /opt/logtail/user_defined_id\n${INSTALL}\n`) },
  ],
  invalid: [
    {
      name: 'a Packer inline write with no mkdir, before the install step',
      files: {
        'image/app_image.json':
          '{\n  "provisioners": [\n    {\n      "type": "shell",\n      "inline": [\n        "echo web > /etc/ilogtail/user_defined_id",\n        "./logtail.sh install auto"\n      ]\n    }\n  ]\n}\n',
      },
      findings: [{ at: '6:10-6:50', message: fails('/etc/ilogtail/user_defined_id', '/etc/ilogtail', 7, 'custom identifier') }],
    },
    {
      name: 'touch before the install, without mkdir',
      files: script(`#!/bin/bash\ntouch /etc/ilogtail/users/1234567890123456\n${INSTALL}\n`),
      findings: [{ at: '2:1-2:43', message: fails('/etc/ilogtail/users/1234567890123456', '/etc/ilogtail/users', 3, 'account file') }],
    },
    {
      name: 'mkdir of /etc/ilogtail alone does not make users/; a plain mkdir of users/ without its parent fails too',
      files: script(`mkdir -p /etc/ilogtail\necho web-prod > /etc/ilogtail/user_defined_id\ntouch /etc/ilogtail/users/1234567890123456\nmkdir /opt/x\n${INSTALL}\n`),
      findings: [{ at: '3:1-3:43', message: fails('/etc/ilogtail/users/1234567890123456', '/etc/ilogtail/users', 5, 'account file') }],
    },
    {
      name: 'user_defined_id before the install',
      files: script(
        `echo "web-prod" | sudo tee /etc/ilogtail/user_defined_id\ncurl -O http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh\nsh logtail.sh install cn-hangzhou-internet\n`,
      ),
      findings: [{ at: '1:1-1:57', message: fails('/etc/ilogtail/user_defined_id', '/etc/ilogtail', 3, 'custom identifier') }],
    },
  ],
});
