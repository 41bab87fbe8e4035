import type { Known } from '../../core/value.js';
import type { ProviderFact } from '../../facts/index.js';
import type { Fleet } from '../../model/fleet.js';

/**
 * Terraform `provider "alicloud"` blocks whose region is a literal (a variable is never judged)
 * in folders that define SLS resources: the region the SLS projects and machine groups live in.
 */
export function providerRegions(fleet: Fleet): Array<{ provider: ProviderFact; region: Known<string> }> {
  const slsFiles = new Set([...fleet.machineGroups.map((g) => g.file), ...fleet.projects.map((p) => p.file)]);
  const out: Array<{ provider: ProviderFact; region: Known<string> }> = [];
  const seen = new Set<ProviderFact>();
  for (const file of slsFiles) {
    for (const provider of fleet.providersOf(file) ?? []) {
      if (seen.has(provider)) continue;
      seen.add(provider);
      const region = provider.region;
      if (region?.known && region.value !== '') out.push({ provider, region });
    }
  }
  return out.sort((a, b) => (a.provider.file < b.provider.file ? -1 : a.provider.file > b.provider.file ? 1 : a.provider.range.start.line - b.provider.range.start.line));
}
