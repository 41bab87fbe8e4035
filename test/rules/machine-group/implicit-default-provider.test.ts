import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, tf } from './groups.js';

const ALIASED = 'provider "alicloud" {\n  alias  = "hz"\n  region = "cn-hangzhou"\n}\n';
/** Group `web` of project "logs", with `provider` (a line, or nothing) after its header. */
const group = (provider: string) => `resource "alicloud_log_machine_group" "web" {\n${provider}  project = "logs"\n  name    = "web"\n  identify_list = ["10.0.0.1"]\n}\n`;
const NO_PROVIDER =
  'alicloud_log_machine_group.web sets no `provider`, and every `provider "alicloud"` block of this folder has an alias (alicloud.hz), so Terraform gives it the default alicloud provider, ' +
  'which no block configures: its region comes from the environment (ALICLOUD_REGION), if at all, not from this repository, and the machine group may land in another region than its hosts talk to. ' +
  'Add `provider = alicloud.hz` (or the alias meant), or an alias-free `provider "alicloud"` block with the region.';

testRule('machine-group/implicit-default-provider', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'provider set', files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf': group('  provider = alicloud.hz\n') } },
    // Terraform 0.11 syntax, still accepted (with a deprecation warning): real repos use it (test/fixtures/real 01, 02).
    { name: 'provider set as a quoted string (Terraform 0.11)', files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf': group('  provider = "alicloud.hz"\n') } },
    { name: 'provider set as a quoted string in .tf.json', files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf.json': '{"resource": {"alicloud_log_machine_group": {"web": {"provider": "alicloud.hz", "project": "logs", "name": "web", "identify_list": ["10.0.0.1"]}}}}' } },
    { name: 'an alias-free provider beside the aliased one', files: { 'infra/providers.tf': ALIASED + 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n', 'infra/groups.tf': group('') } },
    { name: 'a module with no provider block', files: { 'modules/sls/groups.tf': group('') } },
  ],
  invalid: [
    {
      name: 'a group without provider in a folder whose only provider has an alias',
      files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf': tf({}) },
      findings: [{ file: 'infra/groups.tf', at: '1:1-1:44', message: NO_PROVIDER, related: ['infra/providers.tf@1:1-1:20'] }],
    },
    {
      name: 'at the header, related to the aliased provider',
      files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf': group('') },
      findings: [{ file: 'infra/groups.tf', at: '1:1-1:44', message: NO_PROVIDER, related: [{ at: 'infra/providers.tf@1:1-1:20', message: 'provider alicloud.hz' }] }],
    },
    {
      name: 'a quoted string that is not a provider reference',
      files: { 'infra/providers.tf': ALIASED, 'infra/groups.tf': group('  provider = "hz"\n') },
      findings: [{ file: 'infra/groups.tf', at: '1:1-1:44', message: NO_PROVIDER, related: ['infra/providers.tf@1:1-1:20'] }],
    },
  ],
});
