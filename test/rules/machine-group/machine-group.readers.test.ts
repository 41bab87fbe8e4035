/** machine-group/ rules on real Terraform, ROS and API JSON files, through the readers. */
import { describe, expect, it } from 'vitest';
import { findings, lintTree, span } from '../../helpers.js';
import { applyEdits } from '../users/run-rule.js';

const MAIN_TF = [
  'provider "alicloud" {', // 1
  '  region = "cn-hangzhou"',
  '}',
  'resource "alicloud_log_project" "main" {',
  '  project_name = "my-project"', // 5
  '}',
  'resource "alicloud_instance" "web" {',
  '  instance_name = "web"',
  '}',
  'resource "alicloud_log_machine_group" "a" {', // 10
  '  project       = alicloud_log_project.main.project_name',
  '  name          = "Web_Group"',
  '  identify_type = "IP"',
  '  identify_list = ["10.0.0.1", "10.0.0.1", "X.X.X.X"]',
  '}', // 15
  'resource "alicloud_log_machine_group" "b" {',
  '  project       = alicloud_log_project.main.project_name',
  '  name          = "tf-machine-group"',
  '  identify_list = ["web-prod"]',
  '}', // 20
  'resource "alicloud_sls_machine_group" "c" {',
  '  project_name          = "my-project"',
  '  group_name            = "tf-machine-group"',
  '  machine_identify_type = "ip"',
  '  machine_list          = [alicloud_instance.web.public_ip, "10.0.0.2:80", "10.0.0.0/24"]', // 25
  '}',
  'resource "alicloud_log_machine_group" "d" {',
  '  project       = var.project',
  '  name          = "tf-machine-group"',
  '  identify_list = var.ips', // 30
  '}',
  '',
].join('\n');
const tree = { 'tf/main.tf': MAIN_TF };
const spans = async (ruleId: string, t: Record<string, string> = tree) => (await findings(t, ruleId)).map((d) => `${d.file} ${span(d)}`);

describe('machine-group rules (Terraform reader)', () => {
  it('each mistake at its exact range', async () => {
    expect(await spans('machine-group/invalid-name')).toEqual(['tf/main.tf 12:19-12:30']);
    expect(await spans('machine-group/invalid-identify-type')).toEqual(['tf/main.tf 13:19-13:23']);
    expect(await spans('machine-group/duplicate-identifier')).toEqual(['tf/main.tf 14:32-14:42']);
    expect(await spans('machine-group/custom-ids-in-ip-group')).toEqual(['tf/main.tf 19:19-19:31']);
    expect(await spans('machine-group/public-ip')).toEqual(['tf/main.tf 25:28-25:59']);
    expect(await spans('machine-group/invalid-ip')).toEqual(['tf/main.tf 25:61-25:74', 'tf/main.tf 25:76-25:89']);
  });

  it('duplicate-name: through the project reference, not the var.project group', async () => {
    const found = await findings(tree, 'machine-group/duplicate-name');
    expect(found.map(span)).toEqual(['23:27-23:45']);
    expect(found[0].related?.map((r) => `${r.file} ${span(r)}`)).toEqual(['tf/main.tf 18:19-18:37']);
    expect(found[0].message).toContain('project "my-project"');
  });

  it('fixes: identify type, port', async () => {
    const [type] = await findings(tree, 'machine-group/invalid-identify-type');
    expect(applyEdits(MAIN_TF, type.fix!.edits).split('\n')[12]).toBe('  identify_type = "ip"');
    const port = (await findings(tree, 'machine-group/invalid-ip')).find((d) => d.fix);
    expect(applyEdits(MAIN_TF, port!.fix!.edits).split('\n')[24]).toContain('"10.0.0.2", "10.0.0.0/24"]');
  });

  it('a clean group has no machine-group/ finding', async () => {
    const t = {
      'main.tf': 'resource "alicloud_log_machine_group" "web" {\n  project       = "my-project"\n  name          = "web-prod"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
    };
    const result = await lintTree(t);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('machine-group/'))).toEqual([]);
  });
});

describe('machine-group rules (ROS, API and CLI JSON readers)', () => {
  const ROS = [
    'ROSTemplateFormatVersion: "2015-09-01"', // 1
    'Resources:',
    '  Group:',
    '    Type: ALIYUN::SLS::MachineGroup',
    '    Properties:', // 5
    '      ProjectName: my-project',
    '      GroupName: web-prod',
    '      MachineIdentifyType: userdefined',
    '      MachineList:',
    '        - 10.0.0.1', // 10
    '        - 10.0.0.2',
    '  Pub:',
    '    Type: ALIYUN::SLS::MachineGroup',
    '    Properties:',
    '      ProjectName: other', // 15
    '      GroupName: pub',
    '      MachineIdentifyType: ip',
    '      MachineList:',
    '        - Fn::GetAtt: [Web, PublicIp]',
    '',
  ].join('\n');
  const t = {
    'ros/stack.yaml': ROS,
    'tf/main.tf': 'resource "alicloud_log_machine_group" "web" {\n  project       = "my-project"\n  name          = "web-prod"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
    'api/group.json': '{\n  "groupName": "ab",\n  "machineIdentifyType": "user_defined",\n  "machineList": []\n}\n',
  };

  it('duplicate-name across formats', async () => {
    const found = await findings(t, 'machine-group/duplicate-name');
    expect(found.map((d) => `${d.file} ${span(d)}`)).toEqual(['tf/main.tf 3:19-3:29']);
    expect(found[0].related?.map((r) => `${r.file} ${span(r)}`)).toEqual(['ros/stack.yaml 7:18-7:26']);
  });

  it('ROS: IPs in a userdefined group, public IPs', async () => {
    expect(await spans('machine-group/ips-in-userdefined-group', t)).toEqual(['ros/stack.yaml 8:28-8:39']);
    expect(await spans('machine-group/public-ip', t)).toEqual(['ros/stack.yaml 19:11-19:38']);
  });

  it('API JSON: short name, type with a fix, empty list', async () => {
    expect(await spans('machine-group/short-name', t)).toEqual(['api/group.json 2:16-2:20']);
    expect(await spans('machine-group/empty-identify-list', t)).toEqual(['api/group.json 4:18-4:20']);
    const [type] = await findings(t, 'machine-group/invalid-identify-type');
    expect(span(type)).toBe('3:26-3:40');
    expect(applyEdits(t['api/group.json'], type.fix!.edits)).toContain('"machineIdentifyType": "userdefined"');
  });
});

describe('machine-group findings name their resource', () => {
  it('Terraform address and ROS logical ID lead the message', async () => {
    const tf = 'resource "alicloud_log_machine_group" "db" {\n  project = "logs"\n  name    = "DB"\n  identify_list = ["10.0.0.1"]\n}\n';
    const [t] = await findings({ 'infra/main.tf': tf }, 'machine-group/invalid-name');
    expect(t.message).toMatch(/^alicloud_log_machine_group\.db: Machine group name "DB" is not valid/);
    const ros = 'ROSTemplateFormatVersion: "2015-09-01"\nResources:\n  DbGroup:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      ProjectName: logs\n      GroupName: DB\n      MachineList: ["10.0.0.1"]\n';
    const [r] = await findings({ 'ros/t.yaml': ros }, 'machine-group/invalid-name');
    expect(r.message).toMatch(/^ROS resource DbGroup: /);
  });
});

describe('machine-group/implicit-default-provider', () => {
  const group = (provider: string) => `resource "alicloud_log_machine_group" "web" {\n${provider}  project = "logs"\n  name    = "web"\n  identify_list = ["10.0.0.1"]\n}\n`;
  const aliased = 'provider "alicloud" {\n  alias  = "hz"\n  region = "cn-hangzhou"\n}\n';

  it('reports a resource without provider when every provider of its folder has an alias', async () => {
    const [d] = await findings({ 'infra/providers.tf': aliased, 'infra/groups.tf': group('') }, 'machine-group/implicit-default-provider');
    expect([d.file, span(d)]).toEqual(['infra/groups.tf', '1:1-1:44']);
    expect(d.message).toContain('alicloud_log_machine_group.web sets no `provider`');
    expect(d.related?.map((r) => r.file)).toEqual(['infra/providers.tf']);
  });

  it('is silent with provider set, with an alias-free provider, or in a module with no provider block', async () => {
    expect(await findings({ 'infra/providers.tf': aliased, 'infra/groups.tf': group('  provider = alicloud.hz\n') }, 'machine-group/implicit-default-provider')).toEqual([]);
    expect(await findings({ 'infra/providers.tf': aliased + 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n', 'infra/groups.tf': group('') }, 'machine-group/implicit-default-provider')).toEqual([]);
    expect(await findings({ 'modules/sls/groups.tf': group('') }, 'machine-group/implicit-default-provider')).toEqual([]);
  });
});
