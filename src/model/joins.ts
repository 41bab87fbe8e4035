/**
 * Joins the host/ rules share. SLS matches what a host reports (custom identifiers, IP) against
 * the machine groups of the region the host talks to (sls-regions-and-iac.md B.2 "Region
 * mismatch", C.4, C.5): joins go by region, never by project. A group whose region, identify
 * type or identifiers the repo does not state might match anything, so it always counts as a
 * possible match and never lets a rule report "no match".
 */
import { defaultMaxDistance, didYouMean } from '../knowledge/did-you-mean.js';
import type { RelatedLocation } from '../core/diagnostic.js';
import type { Fleet } from './fleet.js';
import type { RegionGroups } from './indexes.js';
import type { BundleValue, GroupEntry, HostBundle, IdentifyKind, Located, MachineGroup, Project } from './types.js';

/** A bundle value that definitely matches a group entry. */
export interface Join {
  readonly via: BundleValue;
  readonly entry: GroupEntry;
  /** `userdefined` for a custom identifier, `ip` for the reported IP. */
  readonly kind: IdentifyKind;
}

const joinCache = new WeakMap<HostBundle, readonly Join[]>();

/**
 * The groups a bundle definitely joins, in any region: its custom identifiers against
 * userdefined groups, the IP it reports against ip groups. Groups of unknown region or identify
 * type are left out (they are possible matches, not joins).
 */
export function bundleJoins(fleet: Fleet, b: HostBundle): readonly Join[] {
  const cached = joinCache.get(b);
  if (cached) return cached;
  const out: Join[] = [];
  for (const via of b.identifiers) {
    for (const entry of fleet.index.groupsByIdentifier.get(via.value) ?? []) {
      if (entry.group.kind === 'userdefined' && entry.group.region) out.push({ via, entry, kind: 'userdefined' });
    }
  }
  if (b.reportedIp) {
    for (const entry of fleet.index.groupsByIp.get(b.reportedIp.value) ?? []) {
      if (entry.group.kind === 'ip' && entry.group.region) out.push({ via: b.reportedIp, entry, kind: 'ip' });
    }
  }
  Object.freeze(out);
  joinCache.set(b, out);
  return out;
}

/** True when the bundle joins groups, but none in its own region: region-mismatch's finding. */
export function joinsOnlyElsewhere(fleet: Fleet, b: HostBundle): boolean {
  const region = b.region?.value;
  const joins = bundleJoins(fleet, b);
  return region !== undefined && joins.length > 0 && !joins.some((j) => j.entry.group.region?.value === region);
}

export const groupsOf = (fleet: Fleet, region: string): RegionGroups | undefined => fleet.index.groupsByRegion.get(region);

/**
 * Could `value` match a group of `kind` in `region`? Counts groups of unknown region or type as
 * possible matches, and any group whose identifiers are only known at apply time.
 */
export function mayMatch(fleet: Fleet, kind: IdentifyKind, value: string, region: string): boolean {
  const { index } = fleet;
  const entries = kind === 'userdefined' ? index.groupsByIdentifier.get(value) : index.groupsByIp.get(value);
  if (entries?.some((e) => !e.group.region || e.group.region.value === region)) return true;
  const here = index.groupsByRegion.get(region);
  const unknown = index.groupsOfUnknownRegion;
  return kind === 'userdefined' ? !!here?.openUserdefined || unknown.openUserdefined : !!here?.openIp || unknown.openIp;
}

/**
 * Did-you-mean with a budget of comparisons for one rule run: a suggestion is a nicety, and
 * 10k unmatched identifiers against 10k candidates must not cost 10^8 edit distances. Only
 * candidates within the edit budget in length are compared (lists are bucketed by length once).
 */
export function suggester(budget = 10_000): (input: string, candidates: readonly string[]) => string | undefined {
  let left = budget;
  const buckets = new WeakMap<readonly string[], Map<number, string[]>>();
  return (input, candidates) => {
    let byLength = buckets.get(candidates);
    if (!byLength) {
      byLength = new Map();
      for (const c of candidates) {
        const list = byLength.get(c.length);
        if (list) list.push(c);
        else byLength.set(c.length, [c]);
      }
      buckets.set(candidates, byLength);
    }
    const max = defaultMaxDistance(input);
    const lists: string[][] = [];
    let count = 0;
    for (let len = input.length - max; len <= input.length + max; len++) {
      const list = byLength.get(len);
      if (list) {
        lists.push(list);
        count += list.length;
      }
    }
    // Check the budget before touching the candidates: the cost must not depend on their number.
    if (count > left) return undefined;
    left -= count;
    return didYouMean(input, lists.flat(), max);
  };
}

/** The projects a bundle joins (in its region when it has one), each with the first join that reaches it. */
export function joinedProjects(fleet: Fleet, b: HostBundle): Array<{ project: Project; join: Join }> {
  const region = b.region?.value;
  const seen = new Map<string, { project: Project; join: Join }>();
  for (const j of bundleJoins(fleet, b)) {
    const p = j.entry.group.project;
    if (!p || (region !== undefined && j.entry.group.region?.value !== region)) continue;
    if (!seen.has(p.id)) seen.set(p.id, { project: p, join: j });
  }
  return [...seen.values()];
}

/** True when some group the bundle joins (in its region) belongs to no known project, or to one whose owner is unknown. */
export function hasUnresolvedJoin(fleet: Fleet, b: HostBundle): boolean {
  const region = b.region?.value;
  return bundleJoins(fleet, b).some((j) => (region === undefined || j.entry.group.region?.value === region) && !j.entry.group.project?.ownerAccountId);
}

/** The region an ECS host runs in, when the lint config says the host is ECS (or gives its region, which only ECS has). */
export function declaredEcsRegion(b: HostBundle): string | undefined {
  const d = b.declared;
  if (!d || d.region === undefined) return undefined;
  return d.ecs === true || d.ecs === undefined ? d.region : undefined;
}

// ---------------------------------------------------------------- message helpers

/** `file:line` of a location. */
export const lineOf = (l: { file: string; range: Located['range'] }): string => `${l.file}:${l.range.start.line}`;

/** `machine group "web" of project "app-logs"` (parts the repo does not state are left out). */
export function describeGroup(g: MachineGroup): string {
  const name = g.name ? `machine group "${g.name.value}"` : `machine group ${g.fact.address}`;
  return g.projectName === undefined ? name : `${name} of project "${g.projectName}"`;
}

export function groupRelated(g: MachineGroup, message: string): RelatedLocation {
  return { file: g.file, range: (g.name ?? g).range, message };
}

export function entryRelated(e: GroupEntry, message: string): RelatedLocation {
  return { file: e.entry.file, range: e.entry.range, message };
}

export function valueRelated(v: Located, message: string): RelatedLocation {
  return { file: v.file, range: v.range, message };
}

/** What a bundle value is, for messages. */
export function describeSource(v: BundleValue): string {
  switch (v.source) {
    case 'user_defined_id':
      return 'user_defined_id line';
    case 'env':
      return 'environment variable';
    case 'script':
      return 'script write';
    case 'agent-config':
      return v.pointer === undefined ? 'ilogtail_config.json value' : pointerPath(v.pointer);
    case 'container-config':
      return 'ALIYUN_LOGTAIL_CONFIG path';
    case 'install-command':
      return 'install parameter';
    case 'app_info':
      return 'app_info.json ip';
    case 'users':
      return 'users/ entry';
  }
}

/** At most `n` items, then `and N more`. */
export function firstFew<T>(items: readonly T[], n = 3): { shown: T[]; more: number } {
  return { shown: items.slice(0, n), more: Math.max(0, items.length - n) };
}

/** `/data_server_list/0/cluster` → `data_server_list[0].cluster`. */
function pointerPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, s) => (/^\d+$/.test(s) ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`), '');
}

/**
 * A host that carries (or may carry) custom identifiers is matched by userdefined groups: its IP
 * need not be in any IP group, so the IP-group checks judge only hosts identified by IP alone.
 */
export function identifiedByIpAlone(b: HostBundle): boolean {
  return b.identifiers.length === 0 && !b.identifiersOpen;
}
