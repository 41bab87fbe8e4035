import { describe, expect, it } from 'vitest';
import { nameProblems, suggestName } from '../../../src/rules/machine-group/util.js';
import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

/** The message for `name` of `who`, which has capitals; `field`: where to rename it. */
const capitals = (who: string, name: string, suggestion: string, field = 'name') =>
  `${who}: Machine group name "${name}" is not valid: it has capital letters. SLS accepts only lowercase letters, digits, \`-\` and \`_\`, starting and ending with a letter or digit, 2 to 128 characters, ` +
  `and rejects the group when it is created. Rename it (e.g. "${suggestion}") in ${field} and wherever it is referenced; the name cannot be changed after creation.`;

testRule('machine-group/invalid-name', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    {
      name: 'ROS: a parameter without a Default is not guessed',
      files: { 'ros/t.yaml': 'Parameters:\n  SlsGroupName: {Type: String}\nResources:\n  G:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupName: !Ref SlsGroupName\n      MachineList: ["10.0.0.1"]\n' },
    },
  ],
  invalid: [
    {
      name: 'capital letters: at the name, with a suggestion; a valid name beside it is not reported',
      files: { 'main.tf': tf({ name: 'Hyperf' }, { label: 'ok', name: 'ok-name' }) },
      findings: [{ at: '3:19-3:27', message: capitals('alicloud_log_machine_group.web', 'Hyperf', 'hyperf') }],
    },
    { name: IN_MIXED_TF, files: mixedTf(), findings: [{ file: MIXED_TF, at: '12:19-12:30', message: capitals('alicloud_log_machine_group.a', 'Web_Group', 'web_group') }] },
    {
      name: 'the Terraform address leads the message',
      files: { 'infra/main.tf': 'resource "alicloud_log_machine_group" "db" {\n  project = "logs"\n  name    = "DB"\n  identify_list = ["10.0.0.1"]\n}\n' },
      findings: [{ at: '3:13-3:17', message: capitals('alicloud_log_machine_group.db', 'DB', 'db') }],
    },
    {
      name: 'ROS: a name from a parameter Default is judged where the Default is written (ecs-clone-join-sls.yml)',
      files: {
        'ros/t.yaml':
          'ROSTemplateFormatVersion: "2015-09-01"\nParameters:\n  SlsGroupName:\n    Type: String\n    Default: DefaultSLSGroupTest\nResources:\n  MachineGroup:\n    Type: ALIYUN::SLS::MachineGroup\n' +
          '    Properties:\n      ProjectName: logs\n      GroupName:\n        Ref: SlsGroupName\n      MachineList: ["10.0.0.1"]\n',
      },
      findings: [{ at: '5:14-5:33', pointer: '/Parameters/SlsGroupName/Default', message: capitals('ROS resource MachineGroup', 'DefaultSLSGroupTest', 'defaultslsgrouptest', 'the Default of parameter SlsGroupName (which GroupName refers to)') }],
    },
    {
      name: 'the ROS logical ID leads the message',
      files: {
        'ros/t.yaml': 'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  DbGroup:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      ProjectName: logs\n      GroupName: DB\n      MachineList: ["10.0.0.1"]\n',
      },
      findings: [{ at: '7:18-7:20', pointer: '/Resources/DbGroup/Properties/GroupName', message: capitals('ROS resource DbGroup', 'DB', 'db', 'GroupName') }],
    },
  ],
});

describe('machine-group/invalid-name helpers', () => {
  it('nameProblems and suggestName', () => {
    expect(nameProblems('web-group_1')).toEqual([]);
    expect(nameProblems('ab')).toEqual([]);
    expect(nameProblems('Hyperf')).toEqual(['it has capital letters']);
    expect(nameProblems('a')).toEqual(['it is one character long (minimum 2)']);
    expect(nameProblems('-web.prod ')).toEqual(['it has ".", spaces', 'it does not start with a letter or digit', 'it does not end with a letter or digit']);
    expect(nameProblems('a'.repeat(129))).toEqual(['it is 129 bytes long (maximum 128)']);
    expect(nameProblems('a'.repeat(128))).toEqual([]);
    expect(suggestName('Hyperf')).toBe('hyperf');
    expect(suggestName('-Web.Prod_')).toBe('web-prod');
  });
});
