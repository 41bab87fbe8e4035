import { describe, expect, it } from 'vitest';
import { usersRules } from '../../../src/rules/users/index.js';
import { testRule } from '../../rule-tester.js';
import { dockerRun, entry, GOOD, IN_MIXED, MIXED, sidecarJob, users } from './entries.js';

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

/** The message for an account ID in an env setting. */
const settingNotAnId = (where: string, value: string, why: string) =>
  `${where} is ${value}, which is not an account ID: ${why}. The agent adds every item of ALIYUN_LOGTAIL_USER_ID to its account IDs without checking it, ` +
  "so this one matches no account and the host is not authorized for the real one. Set the full root account ID of the project's owner, digits only (several separated by commas only).";

testRule('users/non-numeric-id', {
  valid: [
    ...GOOD,
    { name: "an ID with an extension is users/file-extension's", files: users({ '1234567890123456.txt': '' }) },
    {
      name: 'account IDs in a container env and a docker run',
      files: { 'k8s/job.yaml': sidecarJob('1234567890123456,2234567890123456'), 'run.sh': dockerRun('1234567890123456') },
    },
    { name: "a space after a comma is users/env-item-spaces'", files: { 'k8s/job.yaml': sidecarJob('1234567890123456, 2234567890123456') } },
    { name: 'a value only known at run time', files: { 'run.sh': dockerRun('"$ALIYUN_UID"') } },
  ],
  invalid: [
    {
      // REPORT.md folder 28: the vendor doc's Job ships a placeholder user ID.
      name: 'a placeholder in a container env',
      files: { 'k8s/job.yaml': sidecarJob('xxxxxxxxxx') },
      findings: [
        {
          at: '13:21-13:31',
          pointer: '/spec/template/spec/containers/0/env/0/value',
          message: settingNotAnId('ALIYUN_LOGTAIL_USER_ID of Job/nginx-log-sidecar-demo container logtail', '"xxxxxxxxxx"', 'it is a placeholder'),
        },
      ],
    },
    {
      // REPORT.md folder 29: the docs' docker run, with its markdown-escaped placeholder copied literally.
      name: 'a placeholder in docker run -e, and a masked ID in one item of a list',
      files: { 'run.sh': dockerRun('$\\{your_aliyun_user_id\\}'), 'run2.sh': dockerRun('1234567890123456,1234****5678') },
      findings: [
        { file: 'run.sh', at: '1:132-1:179', message: settingNotAnId('`docker run -e ALIYUN_LOGTAIL_USER_ID`', '"${your_aliyun_user_id}"', 'it is a placeholder') },
        {
          file: 'run2.sh',
          at: '1:172-1:184',
          message: settingNotAnId(
            '`docker run -e ALIYUN_LOGTAIL_USER_ID`',
            '"1234****5678" (one item of "1234567890123456,1234****5678")',
            'it is masked with `*` (copied from a console or a doc)',
          ),
        },
      ],
    },
    {
      name: 'a Secret that feeds the env: where the Secret writes it; a Dockerfile ENV',
      files: {
        'k8s/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: acct\nstringData:\n  uid: "<uid>"\n',
        'k8s/ds.yaml':
          'apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: logtail-ds\nspec:\n  template:\n    spec:\n      containers:\n        - name: logtail\n          image: logtail\n          env:\n' +
          '            - name: ALIYUN_LOGTAIL_USER_ID\n              valueFrom:\n                secretKeyRef: {name: acct, key: uid}\n',
        'docker/Dockerfile': 'FROM registry.cn-hangzhou.aliyuncs.com/log-service/logtail\nENV ALIYUN_LOGTAIL_USER_ID=YOUR_UID\n',
      },
      findings: [
        { file: 'docker/Dockerfile', at: '2:28-2:36', message: settingNotAnId('Dockerfile ENV ALIYUN_LOGTAIL_USER_ID', '"YOUR_UID"', 'it is a placeholder') },
        {
          file: 'k8s/secret.yaml',
          at: '6:8-6:15',
          pointer: '/stringData/uid',
          message: settingNotAnId('ALIYUN_LOGTAIL_USER_ID of DaemonSet/logtail-ds container logtail (Secret acct, key uid)', '"<uid>"', 'it is a placeholder'),
        },
      ],
    },
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
