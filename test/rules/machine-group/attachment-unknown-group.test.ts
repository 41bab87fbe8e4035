import { testRule } from '../../rule-tester.js';

const TF = 'terraform/main.tf';
const PROJECT = 'resource "alicloud_log_project" "main" {\n  project_name = "shop-logs"\n}\n';
const GROUP =
  'resource "alicloud_log_machine_group" "web" {\n  project       = alicloud_log_project.main.project_name\n  name          = "web-servers"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n';
const attach = (group: string, project = 'alicloud_log_project.main.project_name') =>
  `resource "alicloud_logtail_attachment" "web" {\n  project             = ${project}\n  logtail_config_name = "nginx-access"\n  machine_group_name  = ${group}\n}\n`;

testRule('machine-group/attachment-unknown-group', {
  valid: [
    { name: 'the group is defined', files: { [TF]: PROJECT + GROUP + attach('"web-servers"') } },
    { name: 'the group is referenced', files: { [TF]: PROJECT + GROUP + attach('alicloud_log_machine_group.web.name') } },
    { name: 'the repository defines no group of that project (made in the console)', files: { [TF]: PROJECT + attach('"web-servers"') } },
    { name: "ACK's implicit group", files: { [TF]: PROJECT + GROUP + attach('"k8s-group-c0a1b2c3d4"') } },
    { name: 'a group whose name only apply time knows', files: { [TF]: PROJECT + GROUP.replace('"web-servers"', 'var.group') + attach('"web-servrs"') } },
  ],
  invalid: [
    {
      name: 'a typo in the group name, with the project by reference',
      files: { [TF]: PROJECT + GROUP + attach('"web-servrs"') },
      findings: [
        {
          at: '13:25-13:37',
          message:
            'alicloud_logtail_attachment.web attaches config "nginx-access" to machine group "web-servrs", but this repository creates no such group in project "shop-logs", whose groups it does define ("web-servers"). ' +
            'Unless the group was made in the console, the attachment fails or reaches no host. Did you mean "web-servers"? Name a group the repository defines, or reference it (`alicloud_log_machine_group.<name>.name`) so the names cannot drift apart.',
          related: [{ at: `${TF}@6:19-6:32`, message: 'machine group "web-servers" of project "shop-logs"' }],
        },
      ],
    },
    {
      name: 'a literal project name',
      files: { [TF]: PROJECT + GROUP + attach('"db-servers"', '"shop-logs"') },
      findings: [{ at: '13:25-13:37', message: /^alicloud_logtail_attachment\.web attaches config "nginx-access" to machine group "db-servers", but .* apart\.$/ }],
    },
  ],
});
