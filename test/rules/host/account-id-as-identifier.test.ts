import { testRule } from '../../rule-tester.js';

const ADVICE =
  'user_defined_id carries the custom identifier of a machine group; an account that may collect from the host is an empty file /etc/ilogtail/users/<account-id> (ALIYUN_LOGTAIL_USER_ID in a container). ' +
  "Write the account there and the machine group's identifier here.";

const UDID = 'hosts/web/etc/ilogtail/user_defined_id';
const TF = 'terraform/sls.tf';
const group = (id: string) =>
  `resource "alicloud_log_machine_group" "web" {\n  project       = "shop-logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["${id}"]\n}\n`;

testRule('host/account-id-as-identifier', {
  valid: [
    { name: 'an ordinary identifier', files: { [UDID]: 'web-prod\n' } },
    { name: 'a short number', files: { [UDID]: '1111\n' } },
    { name: 'a 16-digit identifier that a userdefined group lists', files: { [UDID]: '1234567890123456\n', [TF]: group('1234567890123456') } },
    { name: 'the account in users/, the identifier in user_defined_id', files: { [UDID]: 'web-prod\n', 'hosts/web/etc/ilogtail/users/1234567890123456': '' } },
  ],
  invalid: [
    {
      name: "the host's own account written into user_defined_id",
      files: { [UDID]: '1234567890123456\n', 'hosts/web/etc/ilogtail/users/1234567890123456': '' },
      findings: [
        {
          file: UDID,
          at: '1:1-1:17',
          message: `This user_defined_id line holds "1234567890123456", the account ID this repository names at hosts/web/etc/ilogtail/users/1234567890123456:1, and no userdefined machine group lists it. ${ADVICE}`,
          related: [{ at: 'hosts/web/etc/ilogtail/users/1234567890123456@1:1-1:1', message: 'account 1234567890123456' }],
        },
      ],
    },
    {
      name: 'a 16-digit number in a script write',
      files: { 'scripts/setup.sh': '#!/bin/sh\necho 5123456789012345 > /etc/ilogtail/user_defined_id\n' },
      findings: [
        {
          at: '2:6-2:22',
          message: `This write to user_defined_id holds "5123456789012345", 16 digits, the form of an Alibaba Cloud account ID, and no userdefined machine group lists it. ${ADVICE}`,
        },
      ],
    },
    {
      name: 'ALIYUN_LOGTAIL_USER_DEFINED_ID holding the same value as ALIYUN_LOGTAIL_USER_ID',
      files: {
        'k8s/ds.yaml':
          'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n' +
          '            - name: ALIYUN_LOGTAIL_USER_ID\n              value: "1234567890123456"\n            - name: ALIYUN_LOGTAIL_USER_DEFINED_ID\n              value: "1234567890123456"\n',
      },
      findings: [
        {
          at: '14:22-14:40',
          message: `ALIYUN_LOGTAIL_USER_DEFINED_ID holds "1234567890123456", the account ID this repository names at k8s/ds.yaml:12, and no userdefined machine group lists it. ${ADVICE}`,
        },
      ],
    },
  ],
});
