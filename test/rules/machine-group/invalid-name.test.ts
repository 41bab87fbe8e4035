import { describe, expect, it } from 'vitest';
import { disputedNameCharacters, nameProblems, suggestName } from '../../../src/rules/machine-group/util.js';
import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, IN_MIXED_TF, MIXED_TF, mixedTf, tf } from './groups.js';

/** The message for `name` of `who` with `problems`; `field`: where to rename it. */
const invalid = (who: string, name: string, problems: string, suggestion: string, field = 'name') =>
  `${who}: Machine group name "${name}" is not valid: ${problems}. A name may have only letters, digits, \`-\`, \`_\` and \`.\` ` +
  '(the API reference: only lowercase letters, digits, `-` and `_`), must start and end with a letter or digit and be 2 to 128 characters long; SLS rejects the group when it is created. ' +
  `Rename it (e.g. "${suggestion}") in ${field} and wherever it is referenced; the name cannot be changed after creation.`;

const CAPITALS_TOO = 'it has capital letters, which the CreateMachineGroup API reference rejects';

testRule('machine-group/invalid-name', {
  valid: [
    ...CLEAN_AND_UNKNOWN,
    { name: 'capitals and "." alone are left to machine-group/disputed-name-characters', files: { 'main.tf': tf({ name: 'Hyperf' }, { label: 'dot', name: 'web.prod' }) } },
    {
      name: 'ROS: a parameter without a Default is not guessed',
      files: { 'ros/t.yaml': 'Parameters:\n  SlsGroupName: {Type: String}\nResources:\n  G:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      GroupName: !Ref SlsGroupName\n      MachineList: ["10.0.0.1"]\n' },
    },
  ],
  invalid: [
    {
      name: 'a space: at the name, with a suggestion; a valid name beside it is not reported',
      files: { 'main.tf': tf({ name: 'web servers' }, { label: 'ok', name: 'ok-name' }) },
      findings: [{ at: '3:19-3:32', message: invalid('alicloud_log_machine_group.web', 'web servers', 'it has spaces', 'web-servers') }],
    },
    {
      name: IN_MIXED_TF,
      files: mixedTf(12, '  name          = "Web Group"'),
      findings: [{ file: MIXED_TF, at: '12:19-12:30', message: invalid('alicloud_log_machine_group.a', 'Web Group', `it has spaces; ${CAPITALS_TOO}`, 'web-group') }],
    },
    {
      name: 'the Terraform address leads the message; capitals are named once the name must change anyway',
      files: { 'infra/main.tf': 'resource "alicloud_log_machine_group" "db" {\n  project = "logs"\n  name    = "DB_"\n  identify_list = ["10.0.0.1"]\n}\n' },
      findings: [{ at: '3:13-3:18', message: invalid('alicloud_log_machine_group.db', 'DB_', `it does not end with a letter or digit; ${CAPITALS_TOO}`, 'db') }],
    },
    {
      name: 'ROS: a name from a parameter Default is judged where the Default is written',
      files: {
        'ros/t.yaml':
          'ROSTemplateFormatVersion: "2015-09-01"\nParameters:\n  SlsGroupName:\n    Type: String\n    Default: sls group\nResources:\n  MachineGroup:\n    Type: ALIYUN::SLS::MachineGroup\n' +
          '    Properties:\n      ProjectName: logs\n      GroupName:\n        Ref: SlsGroupName\n      MachineList: ["10.0.0.1"]\n',
      },
      findings: [
        {
          at: '5:14-5:23',
          pointer: '/Parameters/SlsGroupName/Default',
          message: invalid('ROS resource MachineGroup', 'sls group', 'it has spaces', 'sls-group', 'the Default of parameter SlsGroupName (which GroupName refers to)'),
        },
      ],
    },
    {
      name: 'the ROS logical ID leads the message',
      files: {
        'ros/t.yaml': 'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  DbGroup:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      ProjectName: logs\n      GroupName: db#1\n      MachineList: ["10.0.0.1"]\n',
      },
      findings: [{ at: '7:18-7:22', pointer: '/Resources/DbGroup/Properties/GroupName', message: invalid('ROS resource DbGroup', 'db#1', 'it has "#"', 'db-1', 'GroupName') }],
    },
  ],
});

describe('machine-group/invalid-name helpers', () => {
  it('nameProblems, disputedNameCharacters and suggestName', () => {
    expect(nameProblems('web-group_1')).toEqual([]);
    expect(nameProblems('ab')).toEqual([]);
    expect(nameProblems('Hyperf')).toEqual([]);
    expect(nameProblems('web.prod')).toEqual([]);
    expect(nameProblems('a')).toEqual(['it is one character long (minimum 2)']);
    expect(nameProblems('-web.prod ')).toEqual(['it has spaces', 'it does not start with a letter or digit', 'it does not end with a letter or digit']);
    expect(nameProblems('a'.repeat(129))).toEqual(['it is 129 bytes long (maximum 128)']);
    expect(nameProblems('a'.repeat(128))).toEqual([]);
    expect(disputedNameCharacters('web-group_1')).toEqual([]);
    expect(disputedNameCharacters('Web.Prod')).toEqual(['capital letters', '"."']);
    expect(suggestName('Hyperf')).toBe('hyperf');
    expect(suggestName('-Web.Prod_')).toBe('web-prod');
  });
});
