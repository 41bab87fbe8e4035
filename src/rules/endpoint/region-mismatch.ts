import type { RegionRow } from '../../knowledge/index.js';
import type { Fix } from '../../core/diagnostic.js';
import { defineRule, type Finding } from '../types.js';
import { agentSites, at, isRegionField, quote, regionOf, related, replaceSite, withRegion } from './util.js';
import type { AgentSites, AgentSite } from '../../facts/index.js';

interface Named {
  site: AgentSite;
  row: RegionRow;
}

export default defineRule({
  id: 'endpoint/region-mismatch',
  severity: 'error',
  scope: 'file',
  description: 'config_server_address, cluster and endpoint (or the LoongCollector forms) name different regions',
  fixable: true,
  check({ fleet, report }) {
    for (const file of agentSites(fleet)) for (const f of checkFile(file)) report(f);
  },
});

function named(sites: readonly AgentSite[]): Named[] {
  const out: Named[] = [];
  for (const site of sites) {
    const row = regionOf(site);
    if (row) out.push({ site, row });
  }
  return out;
}

/** The region more than half of `items` name, if any. */
function majority(items: readonly Named[]): RegionRow | undefined {
  const counts = new Map<string, { row: RegionRow; n: number }>();
  for (const { row } of items) {
    const c = counts.get(row.id) ?? { row, n: 0 };
    c.n++;
    counts.set(row.id, c);
  }
  for (const c of counts.values()) if (c.n * 2 > items.length) return c.row;
  return undefined;
}

/**
 * One data group per `data_server_list` / `data_servers` entry. While every group is in the same
 * region (the installer's case), all places in the file must agree. A file whose groups name
 * different regions on purpose (one entry per region) is checked entry by entry, and its config
 * servers and `primary_region` among themselves.
 */
function checkFile(file: AgentSites): Finding[] {
  const groupRegions = new Set<string>();
  for (const g of file.groups) {
    const m = majority(named([...(g.region ? [g.region] : []), ...g.endpoints]));
    if (m) groupRegions.add(m.id);
  }
  if (groupRegions.size <= 1) return judge(named(file.all), 'in this file');
  const out: Finding[] = [];
  for (const g of file.groups) out.push(...judge(named([...(g.region ? [g.region] : []), ...g.endpoints]), `in ${quote(g.field)}`));
  out.push(...judge(named(file.control), 'among the config servers and `primary_region`'));
  return out;
}

function judge(items: Named[], scope: string): Finding[] {
  if (new Set(items.map((i) => i.row.id)).size <= 1) return [];
  const win = majority(items);
  if (win) {
    const agree = items.filter((i) => i.row.id === win.id);
    return items
      .filter((i) => i.row.id !== win.id)
      .map(({ site, row }) => ({
        ...at(site),
        message:
          `${quote(site.field)} names region ${quote(row.id)}, but ${list(agree)} ${agree.length > 1 ? 'name' : 'names'} ${quote(win.id)}. ` +
          `The installer writes the same region everywhere, and a region that differs from the project's breaks collection. ` +
          `If the project is in ${quote(win.id)}, ${fixText(site, win.id)}; if it is in ${quote(row.id)}, change the other places (or reinstall with \`logtail.sh install ${row.id}\`).`,
        related: related(agree.map((i) => i.site), (s) => `${quote(s.field)} names ${quote(win.id)}`),
        fix: fixFor(site, win.id),
      }));
  }
  // No majority: say so once, where the agent takes the region from.
  const first = items.find((i) => isRegionField(i.site) && i.site.kind !== 'primary-region') ?? items.find((i) => i.site.kind === 'data-endpoint') ?? items[0];
  const others = items.filter((i) => i !== first);
  return [
    {
      ...at(first.site),
      message:
        `The regions ${scope} disagree: ${[first, ...others].map((i) => `${quote(i.site.field)} names ${quote(i.row.id)}`).join(', ')}. ` +
        `The installer writes one region everywhere, and a region that differs from the project's breaks collection. ` +
        `Make every place name the project's region (reinstalling with \`logtail.sh install <region>\` rewrites them all).`,
      related: related(others.map((i) => i.site), (s) => `${quote(s.field)} names ${quote(regionOf(s)?.id ?? '?')}`),
    },
  ];
}

function list(items: readonly Named[]): string {
  const names = items.map((i) => quote(i.site.field));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function nextValue(site: AgentSite, region: string): string | undefined {
  return isRegionField(site) ? region : withRegion(site, region);
}

function fixText(site: AgentSite, region: string): string {
  const next = nextValue(site, region);
  return next === undefined ? `change this host to the ${quote(region)} one` : `write ${quote(next)} here`;
}

function fixFor(site: AgentSite, region: string): Fix | undefined {
  const next = nextValue(site, region);
  return next === undefined ? undefined : replaceSite(site, next, `Replace ${JSON.stringify(site.value)} with ${JSON.stringify(next)}`);
}
