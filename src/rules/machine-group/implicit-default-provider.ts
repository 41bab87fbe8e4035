import { defineRule } from '../types.js';

export default defineRule({
  id: 'machine-group/implicit-default-provider',
  severity: 'warning',
  description: 'A Terraform SLS resource sets no provider while every alicloud provider of its folder has an alias',
  check({ fleet, report }) {
    const resources = [...fleet.machineGroups.map((g) => g.fact), ...fleet.projects.flatMap((p) => (p.fact ? [p.fact] : []))];
    for (const r of resources) {
      if ((r.format !== 'terraform' && r.format !== 'terraform-json') || r.providerAlias) continue;
      // An Apsara Stack resource (`alibabacloudstack_*`) takes another provider: the alicloud blocks are not its own.
      if (r.address.startsWith('alibabacloudstack_')) continue;
      const providers = fleet.providersOf(r.file);
      // No provider block: a child module that receives its providers from the caller.
      if (!providers || providers.some((p) => p.alias === undefined)) continue;
      const aliases = providers.map((p) => `alicloud.${p.alias}`);
      report({
        file: r.file,
        range: r.range,
        address: r.address,
        message:
          `${r.address} sets no \`provider\`, and every \`provider "alicloud"\` block of this folder has an alias (${aliases.join(', ')}), ` +
          `so Terraform gives it the default alicloud provider, which no block configures: its region comes from the environment (ALICLOUD_REGION), ` +
          `if at all, not from this repository, and the ${r.address.startsWith('alicloud_log_project') ? 'project' : 'machine group'} may land in another region than its hosts talk to. ` +
          `Add \`provider = ${aliases[0]}\` (or the alias meant), or an alias-free \`provider "alicloud"\` block with the region.`,
        related: providers.map((p) => ({ file: p.file, range: p.range, message: `provider alicloud.${p.alias}` })),
      });
    }
  },
});
