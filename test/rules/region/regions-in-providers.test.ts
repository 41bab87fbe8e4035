import { testRule } from '../../rule-tester.js';

/** A Terraform folder whose default (or aliased) provider has `region`, with an SLS project. */
const tf = (region: string, alias = '') =>
  `provider "alicloud" {\n${alias ? `  alias  = "${alias}"\n` : ''}  region = ${region}\n}\n\nresource "alicloud_log_project" "app" {\n  project_name = "app-logs"\n${alias ? `  provider     = alicloud.${alias}\n` : ''}}\n`;

const NOT_JUDGED = [
  { name: 'a region from a variable', files: { 'infra/main.tf': tf('var.region') } },
  { name: 'a folder without SLS resources', files: { 'infra/main.tf': 'provider "alicloud" {\n  region = "cn-hangzou"\n}\n' } },
  { name: 'a known region', files: { 'infra/main.tf': tf('"cn-hangzhou"') } },
];

testRule('region/unknown', {
  valid: NOT_JUDGED,
  invalid: [
    {
      name: 'a typo in the provider region: did you mean, no fix (another region would move the resources)',
      files: { 'infra/main.tf': tf('"cn-hangzou"') },
      findings: [
        {
          at: '2:12-2:24',
          message:
            'provider "alicloud" has region "cn-hangzou", which is not an SLS region ID: the SLS projects and machine groups of this provider cannot be created there, and no host can match them. Did you mean "cn-hangzhou"?',
        },
      ],
    },
    {
      name: 'upper case in an aliased provider: fixed to lower case',
      files: { 'infra/main.tf': tf('"CN-Beijing"', 'bj') },
      findings: [
        {
          at: '3:12-3:24',
          message:
            'provider "alicloud" (alias bj) has region "CN-Beijing", which is not an SLS region ID: the SLS projects and machine groups of this provider cannot be created there, and no host can match them. Did you mean "cn-beijing"?',
        },
      ],
      output: { 'infra/main.tf': tf('"cn-beijing"', 'bj') },
    },
  ],
});

testRule('region/retired', {
  valid: NOT_JUDGED,
  invalid: [
    {
      name: 'a closed region in the provider',
      files: { 'infra/main.tf': tf('"ap-south-1"') },
      findings: [{ at: '2:12-2:24', message: /^provider "alicloud" has region ap-south-1 \(Mumbai\), a region SLS has closed .*Move them to an open region\.$/ }],
    },
  ],
});

testRule('region/decommissioning', {
  valid: NOT_JUDGED,
  invalid: [
    {
      name: 'a closing region in the provider',
      files: { 'infra/main.tf': tf('"cn-fuzhou"') },
      findings: [
        {
          at: '2:12-2:23',
          message:
            'provider "alicloud" has region cn-fuzhou (Fuzhou (Local Region)), which SLS lists as being decommissioned (no closing date is published): the SLS projects and machine groups of this provider stop collecting when it closes. Plan a move to another region.',
        },
      ],
    },
  ],
});
