/**
 * A small repository for host/ rule tests: one Terraform folder with a provider, a project and
 * two machine groups (userdefined `web`, ip `db`), plus helpers for host files.
 */
import type { Facts } from '../../../src/facts/index.js';
import { agentConfig, Doc, group, project, provider } from '../../model/fixtures.js';

export interface InfraOptions {
  region?: string;
  file?: string;
  projectName?: string;
  webIds?: string[];
  dbIps?: string[];
}

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

/** Facts of `infraText(o)`: what the Terraform reader produces for it. */
export function infra(o: InfraOptions = {}): Pick<Facts, 'providers' | 'projects' | 'machineGroups'> {
  const doc = new Doc(o.file ?? 'infra/main.tf', infraText(o));
  const ref = { projectRef: 'alicloud_log_project.app', project: 'alicloud_log_project.app.project_name' };
  return {
    providers: [provider(doc, { region: `"${o.region ?? 'cn-hangzhou'}"` })],
    projects: [project(doc, { address: 'alicloud_log_project.app', name: `"${o.projectName ?? 'app-logs'}"` })],
    machineGroups: [
      group(doc, { address: 'alicloud_log_machine_group.web', name: '"web"', type: '"userdefined"', ids: (o.webIds ?? ['web-prod', 'web-canary']).map((i) => `"${i}"`), ...ref }),
      group(doc, { address: 'alicloud_log_machine_group.db', name: '"db"', ids: (o.dbIps ?? ['10.0.0.5']).map((i) => `"${i}"`), ...ref }),
    ],
  };
}

/** Merge fact lists. */
export function merge(...parts: Array<Partial<Facts>>): Partial<Facts> {
  const out: Partial<Facts> = {};
  for (const p of parts) {
    for (const [k, v] of Object.entries(p) as Array<[keyof Facts, unknown[]]>) (out[k] as unknown[]) = [...((out[k] as unknown[]) ?? []), ...v];
  }
  return out;
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

export function hostConfig(root: string, region: string, network: 'intranet' | 'internet' = 'intranet', extra = '') {
  return agentConfig(`${root}/usr/local/ilogtail/ilogtail_config.json`, configText(region, network, extra));
}
