import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, expr, FORMATS, IN_FORMATS, IN_MIXED_TF, MIXED_TF, mixedTf, planText, provider, rosTemplate, tf } from './groups.js';

/** The message for group `name` of `project`, defined before by `by` (`file`). */
const alsoDefined = (name: string, by: string, file: string, project = 'my-project') =>
  `Machine group "${name}" in project "${project}" is also defined by ${by} (${file}). Group names are unique within a project: ` +
  "the second create fails (MachineGroupAlreadyExist), or the two definitions overwrite each other's machine list. Keep one definition, or rename one of the groups.";

const NAME = 'tf-machine-group';
/** A Terraform group and a ROS group of one name in project my-project. */
const ACROSS_FORMATS = { 'a/main.tf': tf({ name: NAME }), 'b/groups.yaml': rosTemplate({ id: 'Group', name: NAME, list: ['10.0.0.1'] }) };
/** Groups of project `alicloud_log_project.p`, a resource that no file defines. */
const viaRef = (label: string) => tf({ label, project: expr('alicloud_log_project.p.name') });
/** A folder with a provider of `region` and the group NAME. */
const inRegion = (dir: string, region: string) => ({ [`${dir}/provider.tf`]: provider(region), [`${dir}/main.tf`]: tf({ name: NAME }) });

testRule('machine-group/duplicate-name', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'another project', files: { 'a/main.tf': tf({ name: NAME }), 'c.tf': tf({ project: 'other', name: NAME }) } },
    { name: 'projects only known at apply time', files: { 'main.tf': tf({ project: expr('var.p') }), 'c.tf': tf({ project: expr('var.p') }) } },
    {
      name: 'different known regions (the providers of two plans)',
      files: {
        'hz/plan.json': planText([{ address: 'alicloud_log_machine_group.web', name: 'web-group' }], 'cn-hangzhou'),
        'bj/plan.json': planText([{ address: 'alicloud_log_machine_group.web', name: 'web-group' }], 'cn-beijing'),
      },
    },
    {
      name: 'a plan of the same configuration describes the same resource',
      files: { 'a/main.tf': tf({ name: NAME }), 'plan.json': planText([{ address: 'module.m.alicloud_log_machine_group.web', name: NAME }]) },
    },
    { name: 'one unresolved project reference in two folders: two modules, two projects', files: { 'x/a.tf': viaRef('a'), 'y/b.tf': viaRef('b') } },
    { name: 'two regions by the folders’ providers: two projects that share a name', files: { ...inRegion('hz', 'cn-hangzhou'), ...inRegion('sh', 'cn-shanghai') } },
  ],
  invalid: [
    {
      name: 'across files and formats',
      files: ACROSS_FORMATS,
      findings: [
        { file: 'b/groups.yaml', at: '7:18-7:34', message: alsoDefined('tf-machine-group', 'alicloud_log_machine_group.web', 'a/main.tf'), pointer: '/Resources/Group/Properties/GroupName',
          related: [{ at: 'a/main.tf@3:19-3:37', message: '"tf-machine-group" first defined here (alicloud_log_machine_group.web)' }] },
      ],
    },
    {
      name: `${IN_MIXED_TF}: through the project reference, not the var.project group`,
      files: mixedTf(),
      findings: [
        {
          file: MIXED_TF,
          at: '23:27-23:45',
          message: alsoDefined('tf-machine-group', 'alicloud_log_machine_group.b', MIXED_TF),
          related: [{ at: `${MIXED_TF}@18:19-18:37`, message: '"tf-machine-group" first defined here (alicloud_log_machine_group.b)' }],
        },
      ],
    },
    {
      name: IN_FORMATS,
      files: FORMATS,
      findings: [
        { file: 'tf/main.tf', at: '3:19-3:29', message: alsoDefined('web-prod', 'Group', 'ros/stack.yaml'), related: [{ at: 'ros/stack.yaml@7:18-7:26', message: '"web-prod" first defined here (Group)' }] },
      ],
    },
    {
      name: 'one known region and one unknown',
      files: { 'hz/plan.json': planText([{ address: 'alicloud_log_machine_group.hz', name: 'web-group' }], 'cn-hangzhou'), 'c.tf': tf({ label: 'c' }) },
      findings: [
        { file: 'hz/plan.json', at: '15:21-15:32', message: alsoDefined('web-group', 'alicloud_log_machine_group.c', 'c.tf'), pointer: '/planned_values/root_module/resources/0/values/name', related: ['c.tf@3:19-3:30'] },
      ],
    },
    {
      name: 'a project reference resolved through the project resource of the folder',
      files: {
        'a/main.tf': tf({ name: NAME }),
        'a/project.tf': 'resource "alicloud_log_project" "main" {\n  name = "my-project"\n}\n',
        'a/more.tf': tf({ label: 'two', project: expr('alicloud_log_project.main.name'), name: NAME }),
      },
      findings: [
        { file: 'a/more.tf', at: '3:19-3:37', message: alsoDefined('tf-machine-group', 'alicloud_log_machine_group.web', 'a/main.tf'), related: ['a/main.tf@3:19-3:37'] },
      ],
    },
    {
      name: 'one unresolved project reference in one folder is one project',
      files: { 'x/a.tf': viaRef('a'), 'x/b.tf': viaRef('b') },
      findings: [
        { file: 'x/b.tf', at: '3:19-3:30', message: alsoDefined('web-group', 'alicloud_log_machine_group.a', 'x/a.tf', 'alicloud_log_project.p'), related: ['x/a.tf@3:19-3:30'] },
      ],
    },
    {
      name: 'one region by the folders’ providers',
      files: { ...inRegion('sh', 'cn-shanghai'), ...inRegion('sh2', 'cn-shanghai') },
      findings: [
        { file: 'sh2/main.tf', at: '3:19-3:37', message: alsoDefined('tf-machine-group', 'alicloud_log_machine_group.web', 'sh/main.tf'), related: ['sh/main.tf@3:19-3:37'] },
      ],
    },
  ],
});
