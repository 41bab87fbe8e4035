/**
 * File text for machine-group/ rule tests: Terraform resource blocks, ROS templates and
 * `terraform show -json` plans of machine groups.
 */
import type { ValidCase } from '../../rule-tester.js';

/** An HCL value: a string literal, or an expression as written (`expr('var.x')`). */
export type Hcl = string | { expr: string };
export const expr = (e: string): { expr: string } => ({ expr: e });
const hcl = (v: Hcl) => (typeof v === 'string' ? JSON.stringify(v) : v.expr);

export interface TfGroup {
  /** The resource label: `alicloud_log_machine_group.<label>` (default `web`). */
  label?: string;
  /** Default `"my-project"`. */
  project?: Hcl;
  /** Default `"web-group"`. */
  name?: Hcl;
  /** `identify_type`; left out by default (the provider defaults it to `ip`). */
  type?: Hcl;
  /** `identify_list`: entries, or one expression for the whole list. Default `["10.0.0.1"]`. */
  list?: Hcl[] | { expr: string };
}

/**
 * An `alicloud_log_machine_group` block: the header on its first line, then project (line 2),
 * name (line 3), identify_type when set (line 4) and identify_list (line 4 or 5), all values
 * at column 19.
 */
export function tfGroup(g: TfGroup = {}): string {
  const list = g.list ?? ['10.0.0.1'];
  const lines = [
    `resource "alicloud_log_machine_group" "${g.label ?? 'web'}" {`,
    `  project       = ${hcl(g.project ?? 'my-project')}`,
    `  name          = ${hcl(g.name ?? 'web-group')}`,
    ...(g.type === undefined ? [] : [`  identify_type = ${hcl(g.type)}`]),
    `  identify_list = ${Array.isArray(list) ? `[${list.map(hcl).join(', ')}]` : list.expr}`,
    '}',
  ];
  return lines.map((l) => `${l}\n`).join('');
}

/** Blocks one after another, a blank line between them. */
export const tf = (...groups: TfGroup[]): string => groups.map(tfGroup).join('\n');

/** An alias-free `provider "alicloud"` block (3 lines). */
export const provider = (region: string): string => `provider "alicloud" {\n  region = "${region}"\n}\n`;

export interface RosGroup {
  id: string;
  project?: string;
  name: string;
  type?: string;
  list: string[];
}

/**
 * A ROS template of `ALIYUN::SLS::MachineGroup` resources, as plain YAML scalars. The first
 * group's GroupName value is at 7:18, its MachineIdentifyType (when set) at 8:28.
 */
export function rosTemplate(...groups: RosGroup[]): string {
  const body = groups.map(
    (g) =>
      `  ${g.id}:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      ProjectName: ${g.project ?? 'my-project'}\n      GroupName: ${g.name}\n` +
      (g.type === undefined ? '' : `      MachineIdentifyType: ${g.type}\n`) +
      `      MachineList:\n${g.list.map((e) => `        - ${e}\n`).join('')}`,
  );
  return `ROSTemplateFormatVersion: "2015-09-01"\nResources:\n${body.join('')}`;
}

export interface PlanGroup {
  address: string;
  project?: string;
  name: string;
  type?: string;
  list?: string[];
}

/**
 * `terraform show -json` of a plan that creates `groups` (root module, or a child module when the
 * address starts with `module.<m>.`), with the provider's `region` when given.
 */
export function planText(groups: PlanGroup[], region?: string): string {
  const resource = (g: PlanGroup) => ({
    address: g.address,
    mode: 'managed',
    type: 'alicloud_log_machine_group',
    name: g.address.split('.').pop(),
    provider_name: 'registry.terraform.io/aliyun/alicloud',
    values: { project: g.project ?? 'my-project', name: g.name, ...(g.type === undefined ? {} : { identify_type: g.type }), identify_list: g.list ?? ['10.0.0.1'] },
  });
  const modules = new Map<string, PlanGroup[]>();
  for (const g of groups) {
    const m = /^(module\.[^.]+)\./.exec(g.address)?.[1] ?? '';
    modules.set(m, [...(modules.get(m) ?? []), g]);
  }
  const root = {
    resources: (modules.get('') ?? []).map(resource),
    ...(modules.size > (modules.has('') ? 1 : 0)
      ? { child_modules: [...modules].filter(([m]) => m !== '').map(([m, gs]) => ({ address: m, resources: gs.map(resource) })) }
      : {}),
  };
  const plan = {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: { root_module: root },
    configuration: region === undefined ? { root_module: {} } : { provider_config: { alicloud: { name: 'alicloud', expressions: { region: { constant_value: region } } } }, root_module: {} },
  };
  return JSON.stringify(plan, null, 2) + '\n';
}

/** A clean userdefined group `web-prod` of project my-project. */
const WEB_PROD = tf({ name: 'web-prod', type: 'userdefined', list: ['web-prod'] });

/** Groups no machine-group/ rule reports: every rule's first valid cases. */
export const CLEAN_AND_UNKNOWN: ValidCase[] = [
  {
    name: 'a clean ip group and a clean userdefined group',
    files: { 'main.tf': tf({}, { label: 'ids', name: 'app-ids', type: 'userdefined', list: ['web-prod', 'hz-web'] }) },
  },
  { name: 'a clean userdefined group', files: { 'main.tf': WEB_PROD } },
  {
    name: 'values only known at apply time',
    files: {
      'main.tf': tf(
        { label: 'all', project: expr('var.x'), name: expr('var.x'), type: expr('var.x'), list: expr('var.x') },
        { label: 'entries', project: expr('var.x'), name: expr('var.x'), list: [expr('var.x'), expr('var.x')] },
      ),
    },
  },
];

/** A repository of text files (usable as a case's `files` and as its `output`). */
export type Files = Record<string, string>;

/** The file of `mixedTf`. */
export const MIXED_TF = 'tf/main.tf';

const MIXED_TF_LINES = [
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
];

/**
 * A Terraform file with a provider, a project, an instance and four groups, with mistakes for
 * several machine-group/ rules (lines 12–14, 19, 23, 25); with line `line` replaced by `text`
 * when given.
 */
export function mixedTf(line?: number, text?: string): Files {
  const lines = [...MIXED_TF_LINES];
  if (line !== undefined && text !== undefined) lines[line - 1] = text;
  return { [MIXED_TF]: lines.join('\n') };
}

/** The name of the case on `mixedTf()`. */
export const IN_MIXED_TF = 'a Terraform file with a mistake of each kind: only its own';

/** The API JSON file of `FORMATS`. */
export const API_GROUP = 'api/group.json';
/** `CreateMachineGroup` request body of group "ab", type `machineIdentifyType` (value at 3:26) and an empty list. */
export const apiGroup = (machineIdentifyType = 'user_defined'): string =>
  `{\n  "groupName": "ab",\n  "machineIdentifyType": "${machineIdentifyType}",\n  "machineList": []\n}\n`;

/**
 * ROS, Terraform and API JSON files together: ROS group `web-prod` (userdefined, of IPs) also
 * defined in Terraform, a ROS ip group of public IPs in another project, and an API group "ab".
 */
export const FORMATS: Files = {
  'ros/stack.yaml': [
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
  ].join('\n'),
  'tf/main.tf': WEB_PROD,
  [API_GROUP]: apiGroup(),
};

/** The name of the case on `FORMATS`. */
export const IN_FORMATS = 'ROS, Terraform and API JSON files together: only its own';
