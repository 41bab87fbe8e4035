/**
 * File text for host/ rule tests: one Terraform folder with a provider, a project and two machine
 * groups (userdefined `web`, ip `db`), and the agent's files of a host, laid out as on the host
 * (`<root>/usr/local/ilogtail/ilogtail_config.json`, `<root>/etc/ilogtail/user_defined_id`, …).
 */
import type { Tree } from '../../rule-tester.js';

export interface InfraOptions {
  region?: string;
  projectName?: string;
  webIds?: string[];
  dbIps?: string[];
}

/**
 * ```
 *  1 provider "alicloud" {            11   name          = "web"
 *  2   region = "cn-hangzhou"         12   identify_type = "userdefined"
 *  5 resource "alicloud_log_project"  13   identify_list = ["web-prod", "web-canary"]
 *  6   project_name = "app-logs"      16 resource … "db" {   18   name = "db"
 *  9 resource … "web" {               19   identify_list = ["10.0.0.5"]
 * ```
 */
export function infraText(o: InfraOptions = {}): string {
  const ids = (o.webIds ?? ['web-prod', 'web-canary']).map((i) => `"${i}"`).join(', ');
  const ips = (o.dbIps ?? ['10.0.0.5']).map((i) => `"${i}"`).join(', ');
  return `provider "alicloud" {
  region = "${o.region ?? 'cn-hangzhou'}"
}

resource "alicloud_log_project" "app" {
  project_name = "${o.projectName ?? 'app-logs'}"
}

resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.app.project_name
  name          = "web"
  identify_type = "userdefined"
  identify_list = [${ids}]
}

resource "alicloud_log_machine_group" "db" {
  project       = alicloud_log_project.app.project_name
  name          = "db"
  identify_list = [${ips}]
}
`;
}

/** `infraText(o)` at `file` (default `infra/main.tf`). */
export function infra(o: InfraOptions & { file?: string } = {}): Tree {
  return { [o.file ?? 'infra/main.tf']: infraText(o) };
}

/** ilogtail_config.json text as the installer writes it for `param` (sls-regions-and-iac.md B.1). */
export function configText(region: string, network: 'intranet' | 'internet' = 'intranet', extra = ''): string {
  const host = network === 'intranet' ? `${region}-intranet.log.aliyuncs.com` : `${region}.log.aliyuncs.com`;
  return `{
  "config_server_address": "http://logtail.${host}",
  "data_server_list": [
    {
      "cluster": "${region}",
      "endpoint": "${host}"
    }
  ]${extra}
}
`;
}

/** `,\n  "working_ip": "<ip>"`: the `extra` of `configText` that sets working_ip (line 9, value at 9:17). */
export const workingIp = (ip: string): string => `,\n  "working_ip": "${ip}"`;

/** The owner of project app-logs, as `projects` of .logtail-lint.json declares it. */
export const OWNER = '1234567890123456';
export const OWNED_PROJECTS = [{ name: 'app-logs', region: 'cn-hangzhou', ownerAccountId: OWNER }];

/** .logtail-lint.json that declares the host at `path` (`{ ecs, region, accountId }`). */
export const declareHost = (path: string, host: object): Record<string, unknown> => ({ hosts: [{ path, ...host }] });

export const configPath = (root: string): string => `${root}/usr/local/ilogtail/ilogtail_config.json`;
export const userDefinedIdPath = (root: string): string => `${root}/etc/ilogtail/user_defined_id`;
export const usersPath = (root: string): string => `${root}/etc/ilogtail/users`;
export const appInfoPath = (root: string): string => `${root}/usr/local/ilogtail/app_info.json`;

/** A host's ilogtail_config.json (cluster at 5:18, endpoint at 6:19). */
export function hostConfig(root: string, region: string, network: 'intranet' | 'internet' = 'intranet', extra = ''): Tree {
  return { [configPath(root)]: configText(region, network, extra) };
}

/** A host's user_defined_id, one identifier a line. */
export function userDefinedId(root: string, ...ids: string[]): Tree {
  return { [userDefinedIdPath(root)]: ids.map((i) => `${i}\n`).join('') };
}

/** Empty files `<root>/etc/ilogtail/users/<account>`, one an account. */
export function users(root: string, ...accounts: string[]): Tree {
  return Object.fromEntries(accounts.map((a) => [`${usersPath(root)}/${a}`, '']));
}

/** A host's app_info.json (the ip value at 3:9). */
export function appInfo(root: string, ip: string): Tree {
  return { [appInfoPath(root)]: `{\n  "hostname": "db-1",\n  "ip": "${ip}"\n}\n` };
}

/** A DaemonSet whose logtail container sets the agent's environment variables. */
export function daemonSet(env: { config?: string; userDefinedId?: string; userId?: string }, name = 'logtail-ds'): string {
  const vars = [
    ['ALIYUN_LOGTAIL_CONFIG', env.config],
    ['ALIYUN_LOGTAIL_USER_DEFINED_ID', env.userDefinedId],
    ['ALIYUN_LOGTAIL_USER_ID', env.userId],
  ].filter((v): v is [string, string] => v[1] !== undefined);
  return `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: logtail
          image: registry.cn-hangzhou.aliyuncs.com/log-service/logtail:latest
          env:
${vars.map(([n, v]) => `            - name: ${n}\n              value: ${v}\n`).join('')}`;
}

/** ilogtail_config.json with data_server_list on one line (cluster at 3:37, endpoint at 3:64; working_ip at 4:17). */
export function compactConfigText(region: string, network: 'intranet' | 'internet' = 'intranet', ip?: string): string {
  const host = network === 'intranet' ? `${region}-intranet.log.aliyuncs.com` : `${region}.log.aliyuncs.com`;
  return `{
  "config_server_address": "http://logtail.${host}",
  "data_server_list": [{ "cluster": "${region}", "endpoint": "${host}" }]${ip === undefined ? '' : `,\n  "working_ip": "${ip}"`}
}
`;
}

/** ilogtail_config.json on one line, as JSON.stringify writes it. */
export function oneLineConfigText(region: string, ip?: string): string {
  const host = `${region}-intranet.log.aliyuncs.com`;
  return JSON.stringify({ config_server_address: `http://logtail.${host}`, data_server_list: [{ cluster: region, endpoint: host }], ...(ip === undefined ? {} : { working_ip: ip }) });
}

/**
 * Two regions in one folder: the default provider (cn-hangzhou) with project app-logs and its
 * userdefined group web (identify_list on line 19), and provider alicloud.bj (cn-beijing, line 7)
 * with project bj-logs and its group bj-web (identify_list on line 32).
 */
export const TWO_REGIONS = `provider "alicloud" {
  region = "cn-hangzhou"
}

provider "alicloud" {
  alias  = "bj"
  region = "cn-beijing"
}

resource "alicloud_log_project" "app" {
  project_name = "app-logs"
}

resource "alicloud_log_machine_group" "web" {
  project       = alicloud_log_project.app.project_name
  name          = "web"
  identify_type = "userdefined"
  topic         = "web"
  identify_list = ["web-prod", "web-canary"]
}

resource "alicloud_log_project" "bj" {
  provider     = alicloud.bj
  project_name = "bj-logs"
}

resource "alicloud_log_machine_group" "bj" {
  provider      = alicloud.bj
  project       = alicloud_log_project.bj.project_name
  name          = "bj-web"
  identify_type = "userdefined"
  identify_list = ["bj-web"]
}
`;

/**
 * Custom identifiers in a group `web`, IPs in a group `db` (10.0.0.9); the host hosts/web, with
 * working_ip and app_info.json ip 10.0.0.5 and no user_defined_id yet.
 */
export const CUSTOM_AND_IP: Tree = {
  'infra/main.tf': `provider "alicloud" {\n  region = "cn-hangzhou"\n}\nresource "alicloud_log_project" "p" {\n  project_name = "logs"\n}\nresource "alicloud_log_machine_group" "ids" {\n  project       = "logs"\n  name          = "web"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\nresource "alicloud_log_machine_group" "ips" {\n  project       = "logs"\n  name          = "db"\n  identify_list = ["10.0.0.9"]\n}\n`,
  [configPath('hosts/web')]: oneLineConfigText('cn-hangzhou', '10.0.0.5'),
  [appInfoPath('hosts/web')]: JSON.stringify({ ip: '10.0.0.5', hostname: 'web' }),
};

/**
 * hosts/web joins group web of app-logs (TWO_REGIONS) by "web-prod", talks to cn-hangzhou, and
 * names account 1234567890123465 in users/: two digits swapped from OWNER.
 */
export const SWAPPED_OWNER: Tree = {
  'infra/main.tf': TWO_REGIONS,
  [configPath('hosts/web')]: compactConfigText('cn-hangzhou'),
  ...userDefinedId('hosts/web', 'web-prod'),
  ...users('hosts/web', '1234567890123465'),
};
