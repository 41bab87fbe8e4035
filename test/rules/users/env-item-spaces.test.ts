import { testRule } from '../../rule-tester.js';
import { CLEAN_HOSTS } from './entries.js';

const DS = 'k8s/ds.yaml';
/** A logtail DaemonSet whose ALIYUN_LOGTAIL_USER_ID is written `value` (line 12, from column 22). */
const ds = (value: string) => ({
  [DS]: `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          env:\n            - name: ALIYUN_LOGTAIL_USER_ID\n              value: ${value}\n`,
});
const user = (value: string) => ({ name: value, files: ds(value) });

testRule('users/env-item-spaces', {
  valid: [user('"123,456"'), user('"123"'), { ...user('" 123 "'), name: 'spaces only at the ends' }, { ...user('"${USER_IDS}"'), name: 'an unknown value' }, CLEAN_HOSTS],
  invalid: [
    {
      name: 'spaces after commas: at the value, fixed by removing them',
      files: ds('"123, 456,  789"'),
      findings: [
        {
          at: '12:22-12:38',
          message:
            'ALIYUN_LOGTAIL_USER_ID of DaemonSet/logtail-ds container logtail is "123, 456,  789": the agent splits it on commas without trimming the items, ' +
            'so " 456", "  789" keep their leading space, match no account, and the host is not authorized for those accounts. Write the IDs separated by commas only.',
          pointer: '/spec/template/spec/containers/0/env/0/value',
        },
      ],
      output: ds('"123,456,789"'),
    },
  ],
});
