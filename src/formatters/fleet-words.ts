/** How the fleet view's data is worded: one place, so the summary and the HTML page say the same. */
import type { HostJoinState, HostView, MatchState, MayMatchReason } from '../model/fleet-view.js';
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

export const MATCH_STATE: Record<MatchState, string> = { joins: 'joins', 'may-match': 'may match', 'other-region': 'other region: no match' };

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
