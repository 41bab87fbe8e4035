/**
 * A small repository whose fleet view exercises every case the summary and HTML formatters
 * word: joins by identifier and by IP, another region, may-match reasons, hosts that join
 * none, several projects and types, and values that need escaping (`|`, backticks, `<&">`,
 * CR, ESC, spaces, wide characters). The view is computed from its real file text.
 */
import { lintTree, type Tree } from '../helpers.js';
import { fleetView, type FleetView } from '../../src/model/fleet-view.js';
import type { LintResult } from '../../src/engine/lint.js';

const config = (region: string, extra = '') => `{
  "config_server_address": "http://logtail.${region}-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "${region}", "endpoint": "${region}-intranet.log.aliyuncs.com" }]${extra}
}
`;
const internet = (region: string) => `{
  "config_server_address": "http://logtail.${region}.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "${region}", "endpoint": "${region}.log.aliyuncs.com" }]
}
`;

const AGENT = 'usr/local/ilogtail/ilogtail_config.json';
const ID = 'etc/ilogtail/user_defined_id';

export const FLEET_TREE: Tree = {
  'terraform/providers.tf': 'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n',
  'terraform/sls.tf': `resource "alicloud_log_project" "app" {
  project_name = "app-logs"
}

resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.app.project_name
  name          = "web|servers"
  identify_type = "userdefined"
  identify_list = ["web-prod", "api|prod", "\`tick\`"]
}

resource "alicloud_log_machine_group" "db" {
  project       = alicloud_log_project.app.project_name
  name          = "db"
  identify_type = "ip"
  identify_list = ["10.0.1.15"]
}

resource "alicloud_log_machine_group" "bastion" {
  project       = alicloud_log_project.app.project_name
  name          = "bastion"
  identify_list = [alicloud_instance.bastion.private_ip]
}
`,
  'terraform/shanghai/main.tf': `provider "alicloud" {
  region = "cn-shanghai"
}

resource "alicloud_log_machine_group" "ops" {
  project       = "ops-logs"
  name          = "ops <&>"
  identify_type = "userdefined"
  identify_list = ["ops-prod"]
}
`,
  'sls-api/batch.json': '{ "groupName": "batch-workers", "machineIdentifyType": "userdefined", "machineList": ["batch-prod"] }\n',
  [`hosts/web 01/${ID}`]: 'web-prod\n',
  [`hosts/web 01/${AGENT}`]: config('cn-hangzhou'),
  [`hosts/<api>&"q"/${ID}`]: 'api|prod\n',
  [`hosts/<api>&"q"/${AGENT}`]: internet('cn-hangzhou'),
  [`hosts/db-1/${AGENT}`]: config('cn-hangzhou', ',\n  "working_ip": "10.0.1.15"'),
  [`hosts/ops/${ID}`]: 'ops-prod\n',
  [`hosts/ops/${AGENT}`]: config('cn-shanghai'),
  [`hosts/crlf/${ID}`]: 'web-prod\r\n',
  [`hosts/crlf/${AGENT}`]: config('cn-hangzhou'),
  [`hosts/esc/${ID}`]: 'x\u001b[31mred\n',
  [`hosts/杭州-web/${ID}`]: '`tick`\n',
  [`hosts/杭州-web/${AGENT}`]: config('cn-shanghai'),
  [`hosts/batch/${ID}`]: 'batch-prod\n',
  [`hosts/batch/${AGENT}`]: config('cn-hangzhou'),
  [`hosts/legacy/${AGENT}`]: config('cn-hangzhou'),
};

let cached: Promise<{ result: LintResult; view: FleetView }> | undefined;

/** The fixture linted once per test file (no config lookup outside the tree). */
export function fleetFixture(): Promise<{ result: LintResult; view: FleetView }> {
  cached ??= lintTree(FLEET_TREE).then((result) => ({ result, view: fleetView(result.fleet) }));
  return cached;
}
