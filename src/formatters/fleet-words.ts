/** How the fleet view's data is worded: one place, so the summary and the HTML page say the same. */
import type { FleetView, HostJoinState, HostView, MatchState, MayMatchReason } from '../model/fleet-view.js';
import type { IdentifyKind } from '../model/types.js';

export const UNKNOWN = 'unknown';

export const REASON: Record<MayMatchReason, string> = {
  'host-region-unknown': 'its region is not in the repo',
  'host-identifiers-open': 'its identifiers are set at run time',
  'host-ip-unknown': 'it is identified by IP, which the repo does not state',
  'group-region-unknown': "a group's region is not in the repo",
  'group-type-unknown': "a group's identify type is unknown",
  'group-identifiers-open': "a group's identifiers are set at apply time",
};

export const HOST_STATE: Record<HostJoinState, string> = { joins: 'joins', 'may-match': 'may match', none: 'joins none' };

export const MATCH_STATE: Record<MatchState, string> = { joins: 'joins', 'may-match': 'may match', 'other-region': 'no match: group in another region' };

/** A match's state in words; `region` is the group's (other-region names it). */
export const matchText = (state: MatchState, region: string | null): string =>
  state === 'other-region' && region !== null ? `no match: group in ${region}` : MATCH_STATE[state];

export const VIA: Record<IdentifyKind, string> = { userdefined: 'custom identifier', ip: 'IP' };

/** Column heading of an identify type (null: unknown or invalid). */
export const typeName = (t: IdentifyKind | null): string => t ?? 'unknown type';

/** `joins none`, or `may match: its region is not in the repo; …`. */
export function hostStateText(h: Pick<HostView, 'state' | 'reasons'>): string {
  return h.state === 'may-match' ? `${HOST_STATE[h.state]}: ${h.reasons.map((r) => REASON[r]).join('; ')}` : HOST_STATE[h.state];
}

/** What the `and N more` line says where a table was cut. */
export const moreRows = (more: number, shown: number, noun: readonly [string, string], where: string): string =>
  `… and ${more} more ${more === 1 ? noun[0] : noun[1]} (the table shows the first ${shown}${where}).`;

/** A count table: row keys in view order, column keys (known first, in code-unit order, then null), cells and totals. */
export interface Matrix {
  rows: Array<string | null>;
  cols: Array<string | null>;
  cell(row: string | null, col: string | null): number;
  rowTotal(row: string | null): number;
  colTotal(col: string | null): number;
}

function matrixOf<T>(items: readonly T[], row: (t: T) => string | null, col: (t: T) => string | null, n: (t: T) => number, colOrder?: ReadonlyArray<string | null>): Matrix {
  const cells = new Map<string, number>();
  const rowTotals = new Map<string | null, number>();
  const colTotals = new Map<string | null, number>();
  for (const t of items) {
    cells.set(JSON.stringify([row(t), col(t)]), n(t));
    rowTotals.set(row(t), (rowTotals.get(row(t)) ?? 0) + n(t));
    colTotals.set(col(t), (colTotals.get(col(t)) ?? 0) + n(t));
  }
  const present = [...colTotals.keys()];
  const cols = colOrder ? colOrder.filter((c) => colTotals.has(c)) : present.sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
  return {
    rows: [...rowTotals.keys()],
    cols,
    cell: (r, c) => cells.get(JSON.stringify([r, c])) ?? 0,
    rowTotal: (r) => rowTotals.get(r) ?? 0,
    colTotal: (c) => colTotals.get(c) ?? 0,
  };
}

/** Hosts: region (rows) × network type (columns). */
export const regionNetworkMatrix = (view: FleetView): Matrix =>
  matrixOf(view.hostsByRegionNetwork, (r) => r.region, (r) => r.network, (r) => r.hosts);

/** Machine groups: project (rows) × identify type (columns: userdefined, ip, unknown). */
export const projectTypeMatrix = (view: FleetView): Matrix =>
  matrixOf(view.groupsByProjectType, (r) => r.project, (r) => r.type, (r) => r.groups, ['userdefined', 'ip', null]);
