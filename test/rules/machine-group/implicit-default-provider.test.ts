import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, tf } from './groups.js';

testRule('machine-group/implicit-default-provider', {
  valid: CLEAN_AND_UNKNOWN,
  invalid: [
    {
      name: 'a group without provider in a folder whose only provider has an alias',
      files: { 'infra/providers.tf': 'provider "alicloud" {\n  alias  = "hz"\n  region = "cn-hangzhou"\n}\n', 'infra/groups.tf': tf({}) },
      findings: [
        { file: 'infra/groups.tf', at: '1:1-1:44', message: 'alicloud_log_machine_group.web sets no `provider`, and every `provider "alicloud"` block of this folder has an alias (alicloud.hz), so Terraform gives it the default alicloud provider, which no block configures: its region comes from the environment (ALICLOUD_REGION), if at all, not from this repository, and the machine group may land in another region than its hosts talk to. Add `provider = alicloud.hz` (or the alias meant), or an alias-free `provider "alicloud"` block with the region.', related: ['infra/providers.tf@1:1-1:20'] },
      ],
    },
  ],
});
