import { testRule } from '../../rule-tester.js';
import { infra, TWO_REGIONS } from './scene.js';

testRule('host/identifier-shared-across-projects', {
  valid: [
    { name: 'the same identifiers in two regions', files: { ...infra(), ...infra({ file: 'bj/main.tf', projectName: 'bj-logs', region: 'cn-beijing' }) } },
    { name: 'the same identifier in two groups of one project', files: { ...infra(), ...infra({ file: 'infra/again.tf', webIds: ['web-prod'] }) } },
  ],
  invalid: [
    {
      name: 'an identifier listed by groups of two projects in one region',
      files: { ...infra(), ...infra({ file: 'other/main.tf', projectName: 'other-logs', webIds: ['api', 'web-prod'] }) },
      findings: [
        { file: 'other/main.tf', at: '13:27-13:37', message: 'Custom identifier "web-prod" of machine group "web" of project "other-logs" is also listed by machine group "web" of project "app-logs" (infra/main.tf:13), in the same region cn-hangzhou: a custom identifier must be unique within its region, or hosts meant for one project are matched by the other\'s groups too. Give each project\'s hosts their own identifier (for example prefixed with the project name).', related: ['infra/main.tf@13:20-13:30'] },
      ],
    },
    {
      name: 'a group of another project by literal name, in the folder of an aliased provider',
      files: {
        'infra/main.tf': `${TWO_REGIONS}
resource "alicloud_log_machine_group" "other" {
  project       = "other-logs"
  name          = "web"
  identify_type = "userdefined"
  identify_list = ["web-canary"]
}
`,
      },
      findings: [
        { at: '39:20-39:32', message: 'Custom identifier "web-canary" of machine group "web" of project "other-logs" is also listed by machine group "web" of project "app-logs" (infra/main.tf:19), in the same region cn-hangzhou: a custom identifier must be unique within its region, or hosts meant for one project are matched by the other\'s groups too. Give each project\'s hosts their own identifier (for example prefixed with the project name).', related: ['infra/main.tf@19:32-19:44'] },
      ],
    },
  ],
});
