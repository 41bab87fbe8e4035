import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

/** The message for `name` of `who` with `found`; `field`: where to rename it. */
const disputed = (who: string, name: string, found: string, suggestion: string, field = 'name') =>
  `${who}: Machine group name "${name}" has ${found}. The CreateMachineGroup API reference and the console docs allow only lowercase letters, digits, \`-\` and \`_\`, ` +
  'while the ROS resource reference allows letters and `.`, so SLS may reject the group when it is created. ' +
  `To be safe, rename it (e.g. "${suggestion}") in ${field} and wherever it is referenced; the name cannot be changed after creation.`;

testRule('machine-group/disputed-name-characters', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'a name that must change anyway is left to machine-group/invalid-name', files: { 'main.tf': tf({ name: 'Web Servers' }) } },
  ],
  invalid: [
    {
      name: 'capital letters: at the name, with a suggestion; a lowercase name beside it is not reported',
      files: { 'main.tf': tf({ name: 'Hyperf' }, { label: 'ok', name: 'ok-name' }) },
      findings: [{ at: '3:19-3:27', message: disputed('alicloud_log_machine_group.web', 'Hyperf', 'capital letters', 'hyperf') }],
    },
    { name: IN_MIXED_TF, files: mixedTf(), findings: [{ file: MIXED_TF, at: '12:19-12:30', message: disputed('alicloud_log_machine_group.a', 'Web_Group', 'capital letters', 'web_group') }] },
    {
      name: 'a "." and capitals',
      files: { 'main.tf': tf({ name: 'Web.Prod' }) },
      findings: [{ at: '3:19-3:29', message: disputed('alicloud_log_machine_group.web', 'Web.Prod', 'capital letters and "."', 'web-prod') }],
    },
    {
      name: "ROS: a name from a parameter Default is judged where the Default is written (the vendor's ecs-clone-join-sls.yml)",
      files: {
        'ros/t.yaml':
          'ROSTemplateFormatVersion: "2015-09-01"\nParameters:\n  SlsGroupName:\n    Type: String\n    Default: DefaultSLSGroupTest\nResources:\n  MachineGroup:\n    Type: ALIYUN::SLS::MachineGroup\n' +
          '    Properties:\n      ProjectName: logs\n      GroupName:\n        Ref: SlsGroupName\n      MachineList: ["10.0.0.1"]\n',
      },
      findings: [
        {
          at: '5:14-5:33',
          pointer: '/Parameters/SlsGroupName/Default',
          message: disputed('ROS resource MachineGroup', 'DefaultSLSGroupTest', 'capital letters', 'defaultslsgrouptest', 'the Default of parameter SlsGroupName (which GroupName refers to)'),
        },
      ],
    },
  ],
});
