/**
 * A large fleet from real files: many hosts with multi-byte identifiers that no group lists
 * (each joins none and has a finding that quotes its identifier), so that size limits are
 * measured in UTF-8 bytes on real output, not on characters.
 */
import { lintTree, type Tree } from '../helpers.js';
import { fleetView, type FleetView } from '../../src/model/fleet-view.js';
import type { LintResult } from '../../src/engine/lint.js';

/** Enough for every table to be cut, and for the HTML page to count as large (2,000 findings and rows). */
export const BIG_HOSTS = 700;

export function bigTree(hosts = BIG_HOSTS): Tree {
  const tree: Tree = {
    'terraform/main.tf': `provider "alicloud" {
  region = "cn-hangzhou"
}

resource "alicloud_log_machine_group" "web" {
  project       = "应用日志-app-logs"
  name          = "网站-web"
  identify_type = "userdefined"
  identify_list = ["web-prod"]
}
`,
  };
  for (let i = 0; i < hosts; i++) {
    const n = String(i).padStart(5, '0');
    // Long CJK identifiers (3 UTF-8 bytes a character) in ASCII folders (links stay short).
    tree[`hosts/h-${n}/etc/ilogtail/user_defined_id`] = `${'网站杭州主机'.repeat(6)}-${n}\n`;
    tree[`hosts/h-${n}/usr/local/ilogtail/ilogtail_config.json`] =
      '{\n  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",\n  "data_server_list": [{ "cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }]\n}\n';
  }
  return tree;
}

let cached: Promise<{ result: LintResult; view: FleetView }> | undefined;

export function bigFleet(): Promise<{ result: LintResult; view: FleetView }> {
  cached ??= lintTree(bigTree()).then((result) => ({ result, view: fleetView(result.fleet) }));
  return cached;
}
