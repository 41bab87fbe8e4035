/**
 * The fleet view: what a reviewer needs to see at a glance of what a change does to the fleet —
 * hosts by region and network type, machine groups by project and identify type, which hosts
 * join which groups, and the hosts that join none. A pure function of the Fleet that returns
 * plain, JSON-serialisable data (no class instances, no Maps, no message text): the formatters
 * word it. Every list is sorted, so the same repository always gives the same view.
 *
 * A join is what SLS would certainly do: the host's custom identifier (or reported IP) is in a
 * userdefined (or IP) group of the region the host talks to (joins.ts `bundleJoins`). Where the
 * repository leaves the host's region, a group's region or identify type, or an identifier list
 * unknown, the pair is "may match": never a join, and never "joins none" either.
 */
import { bundleName } from './bundles.js';
import type { NetworkType } from '../knowledge/endpoints.js';
import type { Fleet } from './fleet.js';
import type { RegionGroups } from './indexes.js';
import { bundleJoins, identifiedByIpAlone } from './joins.js';
import type { DefinitionFormat } from '../facts/index.js';
import type { GroupEntry, HostBundle, IdentifyKind, MachineGroup } from './types.js';

/** A place in a file: what a formatter links to. `file` is relative to the lint root, with `/`. */
export interface ViewLocation {
  file: string;
  line: number;
}

/** `joins`: at least one certain join; `may-match`: none certain, but the repo cannot rule one out; `none`: joins no group the repo defines. */
export type HostJoinState = 'joins' | 'may-match' | 'none';

/** Why a host without a certain join may still match a group. */
export type MayMatchReason =
  /** The repo does not say which region the host talks to (or its sources disagree). */
  | 'host-region-unknown'
  /** Some identifier source of the host is only known at run time. */
  | 'host-identifiers-open'
  /** The host is identified by IP alone and the repo does not say its IP, while IP groups exist. */
  | 'host-ip-unknown'
  /** A group that lists the host's identifier or IP has no region the repo states. */
  | 'group-region-unknown'
  /** A group that lists the host's identifier or IP has an unknown or invalid identify type. */
  | 'group-type-unknown'
  /** A group the host could join lists identifiers only known at apply time. */
  | 'group-identifiers-open';

/** `joins`: certain; `may-match`: unknown region or type on one side; `other-region`: the group is in another region than the host's, so SLS never matches it. */
export type MatchState = 'joins' | 'may-match' | 'other-region';

export interface HostView {
  /** The bundle id: its folder (`''` = the lint root), or `<file>#<workload>/<container>`. */
  id: string;
  kind: 'files' | 'container';
  /** How the rules name the host: its folder, or the container's manifest and name. */
  label: string;
  /** Its folder (`''` = the lint root), or the container's manifest. */
  root: string;
  /** The file a reviewer opens for this host: its first identifier, else its region, else its first file. */
  at: ViewLocation;
  files: number;
  /** Null when the repo does not say (or its sources disagree). */
  region: string | null;
  regionAt: ViewLocation | null;
  network: NetworkType | null;
  /** Custom identifiers as the agent keeps them (CR and tabs included). */
  identifiers: string[];
  identifiersOpen: boolean;
  /** The IP SLS sees, when the repo says it. */
  ip: string | null;
  state: HostJoinState;
  /** Empty unless `state` is `may-match`. */
  reasons: MayMatchReason[];
  /** Ids of the groups the host certainly joins. */
  joins: string[];
}

export interface GroupView {
  /** `<file>#<address>`. */
  id: string;
  /** The group name, when the repo states it. */
  name: string | null;
  /** Terraform address, ROS logical ID, or `#` for an API body. */
  address: string;
  format: DefinitionFormat;
  project: string | null;
  region: string | null;
  /** Null when the identify type is an expression or not a valid type. */
  type: IdentifyKind | null;
  at: ViewLocation;
  /** Identifier entries the repo states. */
  identifiers: number;
  /** False when the list (or an entry) is only known at apply time. */
  identifiersComplete: boolean;
  /** Hosts that certainly join it. */
  hosts: number;
  /** Hosts that may match it (unknown region or type on one side). */
  mayMatchHosts: number;
}

export interface MatchView {
  host: string;
  group: string;
  via: IdentifyKind;
  /** The identifier or IP, as the host carries it. */
  value: string;
  /** Where the host carries it. */
  at: ViewLocation;
  /** The group's entry it matches. */
  entryAt: ViewLocation;
  state: MatchState;
}

export interface RegionNetworkCount {
  region: string | null;
  network: NetworkType | null;
  hosts: number;
}

export interface ProjectTypeCount {
  project: string | null;
  type: IdentifyKind | null;
  groups: number;
}

export interface FleetView {
  counts: {
    hosts: number;
    /** Of `hosts`: folders of agent files, and Kubernetes containers. */
    fileHosts: number;
    containers: number;
    groups: number;
    /** Projects the repo defines or declares, or that its groups name (by name). */
    projects: number;
    /** Distinct host–group pairs that certainly join. */
    joins: number;
    hostsJoining: number;
    hostsMayMatch: number;
    hostsJoiningNone: number;
    /** Groups that no host of the repo certainly joins. */
    groupsWithoutHosts: number;
  };
  /** Region (null = unknown, last) then network (null last). */
  hostsByRegionNetwork: RegionNetworkCount[];
  /** Project (null = unknown, last) then type (userdefined, ip, null). */
  groupsByProjectType: ProjectTypeCount[];
  /** By id. */
  hosts: HostView[];
  /** By project, type, name, id. */
  groups: GroupView[];
  /** By host, then group (in `groups` order), then value. */
  matches: MatchView[];
  /** Ids of the hosts whose state is not `joins`, in host order. */
  unjoined: string[];
}

const at = (l: { file: string; range: { start: { line: number } } }): ViewLocation => ({ file: l.file, line: l.range.start.line });

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Known values first, in code-unit order; null last. */
const cmpNullable = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));
const TYPE_ORDER = { userdefined: 0, ip: 1 } as const;
const cmpType = (a: IdentifyKind | null, b: IdentifyKind | null): number => (a === null ? 2 : TYPE_ORDER[a]) - (b === null ? 2 : TYPE_ORDER[b]);

/** Aggregates of the groups a host may be matched against, computed once per region. */
interface Reach {
  userdefinedCapable: boolean;
  ipCapable: boolean;
  openUserdefined: boolean;
  openIp: boolean;
}

function reachOf(groups: readonly (RegionGroups | undefined)[]): Reach {
  const r: Reach = { userdefinedCapable: false, ipCapable: false, openUserdefined: false, openIp: false };
  for (const g of groups) {
    if (!g) continue;
    if (g.userdefined.length > 0 || g.untyped.length > 0) r.userdefinedCapable = true;
    if (g.ip.length > 0 || g.untyped.length > 0) r.ipCapable = true;
    if (g.openUserdefined) r.openUserdefined = true;
    if (g.openIp) r.openIp = true;
  }
  return r;
}

export function fleetView(fleet: Fleet): FleetView {
  const { index } = fleet;
  const groups = [...fleet.machineGroups].sort(
    (a, b) => cmpNullable(a.projectName ?? null, b.projectName ?? null) || cmpType(a.kind ?? null, b.kind ?? null) || cmpNullable(a.name?.value ?? null, b.name?.value ?? null) || cmp(a.id, b.id),
  );
  const groupOrder = new Map(groups.map((g, i) => [g, i]));

  // What a host of a region (or of unknown region: every group) may be matched against.
  const everywhere = reachOf([...index.groupsByRegion.values(), index.groupsOfUnknownRegion]);
  const reachByRegion = new Map<string, Reach>();
  const reachIn = (region: string | undefined): Reach => {
    if (region === undefined) return everywhere;
    let r = reachByRegion.get(region);
    if (!r) reachByRegion.set(region, (r = reachOf([index.groupsByRegion.get(region), index.groupsOfUnknownRegion])));
    return r;
  };

  const matches: MatchView[] = [];
  const hosts: HostView[] = [];
  const joinedHosts = new Map<MachineGroup, Set<string>>();
  const mayMatchHosts = new Map<MachineGroup, Set<string>>();
  const addTo = (m: Map<MachineGroup, Set<string>>, g: MachineGroup, host: string) => {
    const set = m.get(g);
    if (set) set.add(host);
    else m.set(g, new Set([host]));
  };

  for (const b of [...fleet.bundles].sort((x, y) => cmp(x.id, y.id))) {
    const region = b.region?.value;
    const reasons = new Set<MayMatchReason>();
    const rows = new Map<string, MatchView & { order: number }>();
    const addRow = (e: GroupEntry, via: IdentifyKind, value: HostBundle['identifiers'][number], state: MatchState) => {
      const key = `${e.group.id}\0${via}\0${value.value}`;
      if (rows.has(key)) return;
      rows.set(key, { host: b.id, group: e.group.id, via, value: value.value, at: at(value), entryAt: at(e.entry), state, order: groupOrder.get(e.group)! });
    };

    // Certain matches (a group of known region and type): a join in the host's region, else another region's, else (host region unknown) a possible one.
    for (const j of bundleJoins(fleet, b)) {
      const g = j.entry.group;
      if (region === undefined) {
        addRow(j.entry, j.kind, j.via, 'may-match');
        reasons.add('host-region-unknown');
      } else addRow(j.entry, j.kind, j.via, g.region!.value === region ? 'joins' : 'other-region');
    }
    // Groups of unknown region or type that list the host's value: possible matches.
    const uncertain = (entries: readonly GroupEntry[] | undefined, via: IdentifyKind, value: HostBundle['identifiers'][number]) => {
      for (const e of entries ?? []) {
        const g = e.group;
        if (g.kind !== undefined && g.region !== undefined) continue; // bundleJoins had it
        if (g.region !== undefined && region !== undefined && g.region.value !== region) continue;
        addRow(e, via, value, 'may-match');
        reasons.add(g.kind === undefined ? 'group-type-unknown' : 'group-region-unknown');
        if (region === undefined) reasons.add('host-region-unknown');
      }
    };
    for (const id of b.identifiers) uncertain(index.groupsByIdentifier.get(id.value), 'userdefined', id);
    if (b.reportedIp) uncertain(index.groupsByIp.get(b.reportedIp.value), 'ip', b.reportedIp);

    const own = [...rows.values()].sort((x, y) => x.order - y.order || cmp(x.via, y.via) || cmp(x.value, y.value));
    const joins = [...new Set(own.filter((r) => r.state === 'joins').map((r) => r.group))];
    for (const r of own) {
      const { order, ...row } = r;
      matches.push(row);
      if (r.state === 'joins') addTo(joinedHosts, groups[order], b.id);
      if (r.state === 'may-match') addTo(mayMatchHosts, groups[order], b.id);
    }

    let state: HostJoinState = 'joins';
    if (joins.length === 0) {
      // What no listed entry shows: identifiers or IPs that only run or apply time know.
      const reach = reachIn(region);
      const carriesIds = b.identifiers.length > 0;
      if (b.identifiersOpen && reach.userdefinedCapable) reasons.add('host-identifiers-open');
      if ((carriesIds || b.identifiersOpen) && reach.openUserdefined) reasons.add('group-identifiers-open');
      if (b.reportedIp && reach.openIp) reasons.add('group-identifiers-open');
      if (identifiedByIpAlone(b) && !b.reportedIp && reach.ipCapable) reasons.add('host-ip-unknown');
      // Any other doubt is compounded by not knowing the region: say it too.
      if (reasons.size > 0 && region === undefined) reasons.add('host-region-unknown');
      state = reasons.size > 0 ? 'may-match' : 'none';
    }
    hosts.push({
      id: b.id,
      kind: b.kind,
      label: bundleName(b),
      root: b.root,
      at: b.identifiers[0] ? at(b.identifiers[0]) : b.region ? at(b.region) : b.reportedIp ? at(b.reportedIp) : { file: b.files[0] ?? b.root, line: 1 },
      files: b.files.length,
      region: region ?? null,
      regionAt: b.region ? at(b.region) : null,
      network: b.network?.value ?? null,
      identifiers: b.identifiers.map((i) => i.value),
      identifiersOpen: b.identifiersOpen,
      ip: b.reportedIp?.value ?? null,
      state,
      reasons: state === 'may-match' ? [...reasons].sort(cmp) : [],
      joins,
    });
  }

  const groupViews: GroupView[] = groups.map((g) => ({
    id: g.id,
    name: g.name?.value ?? null,
    address: g.fact.address,
    format: g.fact.format,
    project: g.projectName ?? null,
    region: g.region?.value ?? null,
    type: g.kind ?? null,
    at: at(g.name ?? g),
    identifiers: g.identifiers.length,
    identifiersComplete: g.identifiersComplete,
    hosts: joinedHosts.get(g)?.size ?? 0,
    mayMatchHosts: mayMatchHosts.get(g)?.size ?? 0,
  }));

  const regionNetwork = tally(hosts, (h) => ({ region: h.region, network: h.network }), 'hosts');
  const projectType = tally(groupViews, (g) => ({ project: g.project, type: g.type }), 'groups');

  const count = (s: HostJoinState) => hosts.filter((h) => h.state === s).length;
  return {
    counts: {
      hosts: hosts.length,
      fileHosts: hosts.filter((h) => h.kind === 'files').length,
      containers: hosts.filter((h) => h.kind === 'container').length,
      groups: groupViews.length,
      projects: new Set([...fleet.projects.map((p) => (p.name ? `name:${p.name.value}` : `id:${p.id}`)), ...groups.flatMap((g) => (g.projectName === undefined ? [] : [`name:${g.projectName}`]))]).size,
      joins: hosts.reduce((n, h) => n + h.joins.length, 0),
      hostsJoining: count('joins'),
      hostsMayMatch: count('may-match'),
      hostsJoiningNone: count('none'),
      groupsWithoutHosts: groupViews.filter((g) => g.hosts === 0).length,
    },
    hostsByRegionNetwork: regionNetwork.sort((a, b) => cmpNullable(a.region, b.region) || cmpNullable(a.network, b.network)),
    groupsByProjectType: projectType.sort((a, b) => cmpNullable(a.project, b.project) || cmpType(a.type, b.type)),
    hosts,
    groups: groupViews,
    matches,
    unjoined: hosts.filter((h) => h.state !== 'joins').map((h) => h.id),
  };
}

/** One row per distinct key, with how many items have it (`field` names the count). */
function tally<T, K extends object, F extends string>(items: readonly T[], key: (t: T) => K, field: F): Array<K & Record<F, number>> {
  const rows = new Map<string, K & Record<F, number>>();
  for (const t of items) {
    const k = key(t);
    const id = JSON.stringify(Object.values(k));
    const row = rows.get(id);
    if (row) (row as Record<F, number>)[field]++;
    else rows.set(id, { ...k, [field]: 1 } as K & Record<F, number>);
  }
  return [...rows.values()];
}

/**
 * The same view with every file path mapped, hosts' names included (the Action reports paths
 * from the repository root, not from its working directory). Ids stay as they are: they are keys.
 * Returns a new view; the input is not changed.
 */
export function mapViewFiles(view: FleetView, map: (file: string) => string): FleetView {
  const loc = (l: ViewLocation): ViewLocation => ({ file: map(l.file), line: l.line });
  return {
    ...view,
    hosts: view.hosts.map((h) => {
      // The label starts with the root (`.` for the lint root): name the host by the mapped path too.
      const shown = h.root === '' ? '.' : h.root;
      const label = h.label.startsWith(shown) ? `${map(h.root) || '.'}${h.label.slice(shown.length)}` : h.label;
      return { ...h, label, root: map(h.root), at: loc(h.at), regionAt: h.regionAt && loc(h.regionAt) };
    }),
    groups: view.groups.map((g) => ({ ...g, at: loc(g.at) })),
    matches: view.matches.map((m) => ({ ...m, at: loc(m.at), entryAt: loc(m.entryAt) })),
  };
}
