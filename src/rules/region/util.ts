import type { Known } from '../../core/value.js';
import type { AgentSite, ProviderFact } from '../../facts/index.js';
import { findRegion, type RegionRow } from '../../knowledge/regions.js';
import type { Fleet } from '../../model/fleet.js';
import { agentSites, regionsNamed } from '../endpoint/util.js';
import { knownParams, type ReadParam } from '../install/util.js';

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

/** `provider "alicloud" (alias bj)`: how messages name a provider block. */
export const providerName = (p: ProviderFact): string => `provider "alicloud"${p.alias ? ` (alias ${p.alias})` : ''}`;

/** Where a known region of some status is named, by kind of place. */
export interface StatusMentions {
  /** Per agent config file: each region it names, with every site that names it (document order). */
  agentConfigs: Array<{ row: RegionRow; sites: AgentSite[] }>;
  installParams: Array<{ row: RegionRow; use: ReadParam }>;
  providers: Array<{ row: RegionRow; provider: ProviderFact; region: Known<string> }>;
}

/** Every place the repository names a known region that `pick` selects (a closed one, a closing one). */
export function regionMentions(fleet: Fleet, pick: (row: RegionRow) => boolean): StatusMentions {
  const agentConfigs = agentSites(fleet).flatMap((file) => regionsNamed(file, pick));
  const installParams = knownParams(fleet).flatMap((use) => {
    const row = use.parsed && findRegion(use.parsed.region);
    return row && pick(row) ? [{ row, use }] : [];
  });
  const providers = providerRegions(fleet).flatMap(({ provider, region }) => {
    const row = findRegion(region.value);
    return row && pick(row) ? [{ row, provider, region }] : [];
  });
  return { agentConfigs, installParams, providers };
}
