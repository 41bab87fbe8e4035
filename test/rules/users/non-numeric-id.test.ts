import { describe, expect, it } from 'vitest';
import { usersRules } from '../../../src/rules/users/index.js';
import { testRule } from '../../rule-tester.js';
import { entry, GOOD, IN_MIXED, MIXED, users } from './entries.js';

const notAnId = (name: string, why: string) =>
  `users/ entry "${name}" is not an account ID: ${why}. The agent takes every entry's name as an Alibaba Cloud account ID without checking it, ` +
  'so this one matches no account and the host is not authorized for the real one. ' +
  'Replace it with an empty file named after the full root account ID, digits only (`touch users/<account-id>`).';

describe('users/ namespace', () => {
  it('lists its rules', () => {
    expect(usersRules.map((r) => r.id)).toEqual([
      'users/non-numeric-id',
      'users/file-extension',
      'users/id-length',
      'users/non-empty-file',
      'users/directory',
      'users/example-account-id',
      'users/env-item-spaces',
    ]);
  });
});

testRule('users/non-numeric-id', {
  valid: [...GOOD, { name: "an ID with an extension is users/file-extension's", files: users({ '1234567890123456.txt': '' }) }],
  invalid: [
    {
      name: 'masked, placeholder and other names; not digits or extensions',
      files: users({ '1234****5678': '', '<uid>': '', YOUR_UID: '', 'acct-1': '', '1234567890123456': '', '1234567890123456.txt': '' }),
      findings: [
        { file: entry('1234****5678'), at: '1:1-1:1', message: notAnId('1234****5678', 'it is masked with `*` (copied from a console or a doc)') },
        { file: entry('<uid>'), at: '1:1-1:1', message: notAnId('<uid>', 'it is a placeholder') },
        { file: entry('YOUR_UID'), at: '1:1-1:1', message: notAnId('YOUR_UID', 'it is a placeholder') },
        { file: entry('acct-1'), at: '1:1-1:1', message: notAnId('acct-1', 'it contains characters other than digits') },
      ],
    },
    {
      name: "a machine group's custom identifier written as a users/ entry: says where it belongs",
      files: {
        ...users({ 'web-prod': '' }),
        'terraform/sls.tf': 'resource "alicloud_log_machine_group" "web" {\n  project       = "shop-logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
      },
      findings: [
        {
          file: entry('web-prod'),
          at: '1:1-1:1',
          message:
            'users/ entry "web-prod" is not an account ID: it contains characters other than digits. The agent takes every entry\'s name as an Alibaba Cloud account ID without checking it, ' +
            'so this one matches no account and the host is not authorized for the real one. It is the custom identifier of machine group "web" of project "shop-logs" (terraform/sls.tf:5): custom identifiers go in user_defined_id, one per line, not in users/. ' +
            'Replace it with an empty file named after the full root account ID, digits only (`touch users/<account-id>`).',
        },
      ],
    },
    {
      name: IN_MIXED,
      files: MIXED,
      findings: [
        { file: entry('1234****5678'), at: '1:1-1:1', message: notAnId('1234****5678', 'it is masked with `*` (copied from a console or a doc)') },
        { file: entry('account'), at: '1:1-1:1', message: notAnId('account', 'it contains characters other than digits') },
      ],
    },
  ],
});
