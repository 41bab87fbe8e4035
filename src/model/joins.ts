/**
 * Joins the host/ rules share. SLS matches what a host reports (custom identifiers, IP) against
 * the machine groups of the region the host talks to (docs/reference/sls-regions-and-iac.md B.2 "Region
 * mismatch", C.4, C.5): joins go by region, never by project. A group whose region, identify
 * type or identifiers the repo does not state might match anything, so it always counts as a
 * possible match and never lets a rule report "no match".
 */
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

/**
 * A host that carries (or may carry) custom identifiers is matched by userdefined groups: its IP
 * need not be in any IP group, so the IP-group checks judge only hosts identified by IP alone.
 */
export function identifiedByIpAlone(b: HostBundle): boolean {
  return b.identifiers.length === 0 && !b.identifiersOpen;
}
