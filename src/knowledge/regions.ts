/**
 * SLS regions, one row each, with the source that backs the row.
 *
 * Source keys (S1..S17) are those of docs/reference/sls-regions-and-iac.md (section A.2
 * unless the row says otherwise). Facts the reference only infers are marked, never dropped:
 * `verified: false` (endpoints pattern-inferred), `acceleration: 'inferred'`, and a `note`.
 */
import { didYouMean } from './did-you-mean.js';

export type RegionStatus = 'active' | 'decommissioning' | 'retired';

export interface RegionRow {
  id: string;
  name: string;
  status: RegionStatus;
  /** false when the endpoint rows are pattern-inferred [I] */
  verified: boolean;
  /**
   * Transfer acceleration: 'yes' = documented; 'inferred' = only by the reference's global
   * statement [I]; 'undocumented' = n/d; 'was-yes' = documented before the region closed.
   */
  acceleration: 'yes' | 'inferred' | 'undocumented' | 'was-yes';
  /** Listed among the IPv6 dual-stack regions (A.1, S1). */
  dualStack?: boolean;
  category: 'public' | 'finance' | 'gov' | 'special';
  /** What the sources say and how sure they are (printed by `logtail-lint regions`). */
  note?: string;
  /** For a closed or closing region: the plain-language status messages quote (no source keys). */
  notice?: string;
  /** Source keys from the reference, e.g. `S1,S3,S4`. */
  source: string;
}

interface Extra {
  verified?: false;
  dualStack?: true;
  note?: string;
  notice?: string;
}

function region(
  id: string,
  name: string,
  category: RegionRow['category'],
  status: RegionStatus,
  acceleration: RegionRow['acceleration'],
  source: string,
  extra: Extra = {},
): RegionRow {
  const row: RegionRow = { id, name, status, verified: extra.verified ?? true, acceleration, category, source };
  if (extra.dualStack) row.dualStack = true;
  if (extra.note !== undefined) row.note = extra.note;
  if (extra.notice !== undefined) row.notice = extra.notice;
  return Object.freeze(row);
}

const DS = { dualStack: true } as const;
const INFERRED = 'endpoints pattern-inferred [I]; no endpoint row in the cited sources';

/** To add a region: one line here, with its status, acceleration and source keys. */
export const REGIONS: readonly RegionRow[] = Object.freeze([
  // --- A.2: public regions ---------------------------------------------------------------
  region('cn-qingdao', 'Qingdao', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-beijing', 'Beijing', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-zhangjiakou', 'Zhangjiakou', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-huhehaote', 'Hohhot', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-wulanchabu', 'Ulanqab', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-hangzhou', 'Hangzhou', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-shanghai', 'Shanghai', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-nanjing', 'Nanjing (Local Region)', 'public', 'decommissioning', 'undocumented', 'S1,S4', { note: 'being decommissioned (关停中 in S1, "Being decommissioned" in S4 en); absent from the Oct 2026 S4 list; date unknown', notice: 'no closing date is published' }),
  region('cn-fuzhou', 'Fuzhou (Local Region)', 'public', 'decommissioning', 'undocumented', 'S1,S4', { note: 'being decommissioned (关停中 in S1, "Being decommissioned" in S4 en); absent from the Oct 2026 S4 list; date unknown', notice: 'no closing date is published' }),
  region('cn-wuhan-lr', 'Wuhan (Local Region)', 'public', 'active', 'undocumented', 'S4', { verified: false, note: `listed only in help.aliyun.com/en S4; ${INFERRED}; the ID carries a -lr suffix` }),
  region('cn-shenzhen', 'Shenzhen', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-heyuan', 'Heyuan', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-guangzhou', 'Guangzhou', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-chengdu', 'Chengdu', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('cn-hongkong', 'Hong Kong', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('ap-southeast-1', 'Singapore', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('ap-southeast-3', 'Kuala Lumpur', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('ap-southeast-5', 'Jakarta', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('ap-southeast-6', 'Manila', 'public', 'active', 'inferred', 'S1,S2'),
  region('ap-southeast-7', 'Bangkok', 'public', 'active', 'inferred', 'S1'),
  region('ap-southeast-8', 'Johor (Malaysia)', 'public', 'active', 'inferred', 'S4', { verified: false, note: `active per S4 (Sep/Oct 2026); ${INFERRED}` }),
  region('ap-northeast-1', 'Tokyo', 'public', 'active', 'yes', 'S1,S3,S4', DS),
  region('ap-northeast-2', 'Seoul', 'public', 'active', 'inferred', 'S1,S2'),
  region('us-west-1', 'Silicon Valley', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('us-east-1', 'Virginia', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('eu-central-1', 'Frankfurt', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('eu-west-1', 'London', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('me-east-1', 'Dubai', 'public', 'active', 'yes', 'S1,S3,S4'),
  region('me-central-1', 'Riyadh (SAU)', 'public', 'active', 'inferred', 'S4', { verified: false, note: `active per S4; not in the S1 endpoint table; ${INFERRED}` }),
  region('na-south-1', 'Mexico', 'public', 'active', 'inferred', 'S4', { verified: false, note: `active per S4; ${INFERRED}` }),
  region('sa-east-1', 'São Paulo', 'public', 'active', 'inferred', 'S4', { verified: false, note: `active per the Oct 2026 S4 only; ${INFERRED}` }),
  region('ap-southeast-2', 'Sydney', 'public', 'retired', 'was-yes', 'S2,S3,S16', { note: '"Closing Down" (Nov 2024) then "Closed" (Dec 2024) in S2; service ended after 2024-09-30 24:00 UTC+10 per news reports [S16, secondary]', notice: 'closed since late 2024; service ended on 2024-09-30' }),
  region('ap-south-1', 'Mumbai', 'public', 'retired', 'was-yes', 'S3,S16', { note: 'service ended after 2024-07-15 24:00 UTC+5:30 per news reports [S16, secondary]; absent from the current S1 and S4', notice: 'service ended on 2024-07-15' }),
  region('rus-west-1', 'Moscow', 'public', 'retired', 'was-yes', 'S3', { note: 'present in the 2021 docs (S3), absent from all later lists; date unknown', notice: 'no longer listed by SLS since 2021' }),
  // --- A.2: finance cloud (acceleration n/d; packaged installer configs may differ [I]) ------
  region('cn-hangzhou-finance', 'East China 1 Finance (华东1 金融云)', 'finance', 'active', 'undocumented', 'S1,S6', { note: 'no -1 suffix, unlike the other finance IDs' }),
  region('cn-shanghai-finance-1', 'East China 2 Finance (华东2 金融云)', 'finance', 'active', 'undocumented', 'S1'),
  region('cn-beijing-finance-1', 'North China 2 Finance (华北2 金融云)', 'finance', 'active', 'undocumented', 'S1', { note: 'invitation-only (邀测)' }),
  region('cn-shenzhen-finance-1', 'South China 1 Finance (华南1 金融云)', 'finance', 'active', 'undocumented', 'S1'),
  // --- A.2: government cloud --------------------------------------------------------------
  region('cn-north-2-gov-1', 'North China 2 Alibaba Gov Cloud 1 (华北2 阿里政务云1)', 'gov', 'active', 'undocumented', 'S1'),
  // --- A.2 "Other special IDs" and A.1 corp: endpoints in endpoints.ts SPECIAL_ENDPOINTS ----
  region('cn-heyuan-acdr-1', 'Heyuan dedicated cloud for automotive compliance', 'special', 'active', 'undocumented', 'S5', { note: 'only its -internal VPC domain is documented' }),
  region('cn-hangzhou-idpt-2', 'cn-hangzhou-idpt-2 (name not documented)', 'special', 'active', 'undocumented', 'S6', { note: 'endpoints are under idptcloud01cs.com, not aliyuncs.com' }),
  region('cn-hangzhou-corp', 'Alibaba corp (internal)', 'special', 'active', 'undocumented', 'S6,S7', { note: 'Alibaba-internal, not for customers; the installer maps cn-shanghai-corp to it' }),
]);

const BY_ID = new Map(REGIONS.map((r) => [r.id, r]));
const ALL_IDS = [...BY_ID.keys()];
/** Longest first, so `cn-hangzhou-finance` wins over `cn-hangzhou` when scanning text. */
export const REGION_IDS_LONGEST_FIRST: readonly string[] = Object.freeze(
  [...BY_ID.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
);
/** Nearest known ID, unless it is retired: `rus-west1` must not become `us-west-1`. */
function nearestLive(input: string): string | undefined {
  const near = didYouMean(input, ALL_IDS, 2);
  return near !== undefined && BY_ID.get(near)?.status !== 'retired' ? near : undefined;
}

/** Exact lookup (region IDs are lowercase; a rule reports other spellings). */
export function findRegion(id: string): RegionRow | undefined {
  return BY_ID.get(id);
}

/**
 * Network suffixes a user may leave on a region ID: host-label forms (A.1) and install
 * parameter forms (B.1). Kept here (not imported from endpoints.ts) to avoid an import cycle;
 * a test checks it against NETWORK_TYPES.
 */
export const REGION_SLIP_SUFFIXES: readonly string[] = Object.freeze([
  '-intranet',
  '-internal',
  '-share',
  '-vpc',
  '-internet',
  '-inner',
  '-acceleration',
]);

/**
 * A known, non-retired region ID close to `input`, or undefined. Tried in order: case and `_`
 * slips; edit distance <= 2 with a single clear winner; a network suffix left on the ID
 * (`cn-hangzhou-intranet`); a missing leading part that only one ID ends with (`hangzhou`).
 * Never a retired ID, nor a live one when a retired ID is the nearest (`rus-west1` stays silent).
 * Undefined for IDs that are known as written, retired ones included: the rules report those.
 */
export function suggestRegion(input: string): string | undefined {
  if (BY_ID.has(input)) return undefined;
  const norm = input.trim().toLowerCase().replace(/_/g, '-');
  if (norm === '') return undefined;
  const known = BY_ID.get(norm);
  if (known) return known.status === 'retired' ? undefined : known.id;
  const near = nearestLive(norm);
  if (near !== undefined) return near;
  for (const suffix of REGION_SLIP_SUFFIXES) {
    if (norm.endsWith(suffix) && norm.length > suffix.length) {
      const rest = norm.slice(0, -suffix.length);
      const hit = BY_ID.get(rest);
      if (hit) return hit.status === 'retired' ? undefined : hit.id;
      const viaDistance = nearestLive(rest);
      if (viaDistance !== undefined) return viaDistance;
    }
  }
  const tail = ALL_IDS.filter((id) => id.endsWith(`-${norm}`));
  return tail.length === 1 && BY_ID.get(tail[0])?.status !== 'retired' ? tail[0] : undefined;
}
