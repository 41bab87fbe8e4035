/** The repository and host the doctor tests share: a project, a userdefined group, and a healthy Logtail host that joins it. */
import { HEALTHY_CONFIG, logtailPair, type HostSpec } from './host-root.js';

export const REPO = {
  '.logtail-lint.json': JSON.stringify({ projects: [{ name: 'shop-app-logs', region: 'cn-hangzhou', ownerAccountId: '1234567890123456' }] }),
  'sls.tf':
    'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nresource "alicloud_log_project" "shop" {\n  project_name = "shop-app-logs"\n}\n\n' +
    'resource "alicloud_log_machine_group" "web" {\n  project       = alicloud_log_project.shop.project_name\n  name          = "web-servers"\n  identify_type = "userdefined"\n  identify_list = ["web-prod"]\n}\n',
};

export const healthySpec = (extra: Partial<HostSpec> = {}): HostSpec => ({
  config: HEALTHY_CONFIG,
  appInfo: { hostname: 'web-01', ip: '192.168.7.10', logtail_version: '1.8.7', UUID: '0DF18E97-0F2D-486F-B77F-000000000000' },
  userDefinedId: 'web-prod\n',
  users: ['1234567890123456'],
  processes: logtailPair(600),
  ...extra,
});
