/**
 * Maps for the joins rules make: every lookup is one `Map.get`, so joining N host identifiers
 * against M group entries costs O(N + M), never O(N × M).
 */
import type { GroupEntry, HostBundle, IdentifyKind, MachineGroup, Project } from './types.js';

/** The machine groups of one region (or of unknown region), by identify type. */
export interface RegionGroups {
  readonly userdefined: readonly MachineGroup[];
  readonly ip: readonly MachineGroup[];
  /** Groups whose identify type is unknown (an expression) or not a valid type: they might be either. */
  readonly untyped: readonly MachineGroup[];
  /** Some group that may match custom identifiers has identifiers only known at apply time. */
  readonly openUserdefined: boolean;
  /** Some group that may match IPs has identifiers only known at apply time. */
  readonly openIp: boolean;
  /** Distinct identifiers of the region's userdefined groups, in definition order (did-you-mean candidates). */
  readonly userdefinedIds: readonly string[];
}

export interface FleetIndex {
  /** Project name → projects of that name (usually one). */
  readonly projectsByName: ReadonlyMap<string, readonly Project[]>;
  /** Custom identifier → entries of groups that may match it (userdefined, or of unknown type). */
  readonly groupsByIdentifier: ReadonlyMap<string, readonly GroupEntry[]>;
  /** IP → entries of groups that may match it (ip, or of unknown type). */
  readonly groupsByIp: ReadonlyMap<string, readonly GroupEntry[]>;
  /** Region → its groups. */
  readonly groupsByRegion: ReadonlyMap<string, RegionGroups>;
  /** Groups whose region the repo does not state: they might be in any region. */
  readonly groupsOfUnknownRegion: RegionGroups;
  /** Project name → group name → definitions (several when one group is defined twice). */
  readonly groupsByProjectAndName: ReadonlyMap<string, ReadonlyMap<string, readonly MachineGroup[]>>;
  /** Custom identifier → bundles that carry it. */
  readonly bundlesByIdentifier: ReadonlyMap<string, readonly HostBundle[]>;
  /** Some bundle carries identifiers only known at run time: any identifier might be carried. */
  readonly someBundleIdentifiersOpen: boolean;
}

interface RegionDraft {
  userdefined: MachineGroup[];
  ip: MachineGroup[];
  untyped: MachineGroup[];
  openUserdefined: boolean;
  openIp: boolean;
  userdefinedIds: string[];
  seenIds: Set<string>;
}

const regionDraft = (): RegionDraft => ({ userdefined: [], ip: [], untyped: [], openUserdefined: false, openIp: false, userdefinedIds: [], seenIds: new Set() });

const mayBe = (g: MachineGroup, kind: IdentifyKind) => g.kind === undefined || g.kind === kind;

export function buildIndex(projects: readonly Project[], groups: readonly MachineGroup[], bundles: readonly HostBundle[]): FleetIndex {
  const projectsByName = new Map<string, Project[]>();
  for (const p of projects) if (p.name) push(projectsByName, p.name.value, p);

  const groupsByIdentifier = new Map<string, GroupEntry[]>();
  const groupsByIp = new Map<string, GroupEntry[]>();
  const regions = new Map<string, RegionDraft>();
  const unknown = regionDraft();
  const groupsByProjectAndName = new Map<string, Map<string, MachineGroup[]>>();

  for (const g of groups) {
    let r = unknown;
    if (g.region) {
      r = regions.get(g.region.value) ?? regionDraft();
      regions.set(g.region.value, r);
    }
    if (g.kind === 'userdefined') r.userdefined.push(g);
    else if (g.kind === 'ip') r.ip.push(g);
    else r.untyped.push(g);
    if (!g.identifiersComplete) {
      if (mayBe(g, 'userdefined')) r.openUserdefined = true;
      if (mayBe(g, 'ip')) r.openIp = true;
    }
    for (const entry of g.identifiers) {
      const e: GroupEntry = Object.freeze({ group: g, entry });
      if (mayBe(g, 'userdefined')) push(groupsByIdentifier, entry.value, e);
      if (mayBe(g, 'ip')) push(groupsByIp, entry.value, e);
      if (g.kind === 'userdefined' && !r.seenIds.has(entry.value)) {
        r.seenIds.add(entry.value);
        r.userdefinedIds.push(entry.value);
      }
    }
    if (g.projectName !== undefined && g.name) {
      let byName = groupsByProjectAndName.get(g.projectName);
      if (!byName) groupsByProjectAndName.set(g.projectName, (byName = new Map()));
      push(byName, g.name.value, g);
    }
  }

  const bundlesByIdentifier = new Map<string, HostBundle[]>();
  let someBundleIdentifiersOpen = false;
  for (const b of bundles) {
    if (b.identifiersOpen) someBundleIdentifiersOpen = true;
    for (const id of b.identifiers) push(bundlesByIdentifier, id.value, b);
  }

  const freezeRegion = (d: RegionDraft): RegionGroups =>
    Object.freeze({
      userdefined: Object.freeze(d.userdefined),
      ip: Object.freeze(d.ip),
      untyped: Object.freeze(d.untyped),
      openUserdefined: d.openUserdefined,
      openIp: d.openIp,
      userdefinedIds: Object.freeze(d.userdefinedIds),
    });
  return Object.freeze({
    projectsByName: freezeLists(projectsByName),
    groupsByIdentifier: freezeLists(groupsByIdentifier),
    groupsByIp: freezeLists(groupsByIp),
    groupsByRegion: new Map([...regions].map(([k, v]) => [k, freezeRegion(v)])),
    groupsOfUnknownRegion: freezeRegion(unknown),
    groupsByProjectAndName: new Map([...groupsByProjectAndName].map(([k, v]) => [k, freezeLists(v)])),
    bundlesByIdentifier: freezeLists(bundlesByIdentifier),
    someBundleIdentifiersOpen,
  });
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function freezeLists<K, V>(m: Map<K, V[]>): ReadonlyMap<K, readonly V[]> {
  for (const list of m.values()) Object.freeze(list);
  return m;
}
