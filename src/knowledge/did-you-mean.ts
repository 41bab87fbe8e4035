/**
 * "Did you mean …?" over a set of known names (region IDs, config keys).
 *
 * Distance is optimal string alignment: Levenshtein plus the swap of two adjacent characters,
 * because swapped letters (`cn-hangzohu`) are the commonest typo and should cost 1, not 2.
 */

/** Default budget: one edit for short inputs (where two edits make almost anything match), else two. */
export function defaultMaxDistance(input: string): number {
  return input.length < 6 ? 1 : 2;
}

// Three reusable rows: the previous-but-one row is needed for transpositions. Grown on demand.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance between `a` and `b`, or `limit + 1` as soon as it is certain to exceed `limit`
 * (lengths too far apart, or two consecutive rows already over the limit).
 */
export function editDistance(a: string, b: string, limit = Number.MAX_SAFE_INTEGER): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > limit) return limit + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (rowA.length <= lb) {
    const size = Math.max(lb + 1, rowA.length * 2);
    rowA = new Int32Array(size);
    rowB = new Int32Array(size);
    rowC = new Int32Array(size);
  }
  let prev2 = rowA; // row i-2
  let prev = rowB; // row i-1
  let cur = rowC; // row i
  for (let j = 0; j <= lb; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= la; i++) {
    const ca = a.charCodeAt(i - 1);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let d = prev[j - 1] + cost;
      const del = prev[j] + 1;
      if (del < d) d = del;
      const ins = cur[j - 1] + 1;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = prev2[j - 2] + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Every later cell comes from this row or the one before (plus >= 0), so both over => done.
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  const result = prev[lb];
  return result > limit ? limit + 1 : result;
}

/**
 * The candidate closest to `input`, when it is within `maxDistance` edits and no other candidate
 * is equally close (a tie is not a clear suggestion). Undefined when `input` is itself a candidate.
 * Comparison is exact (case-sensitive): callers normalise first when case does not matter.
 */
export function didYouMean(
  input: string,
  candidates: Iterable<string>,
  maxDistance: number = defaultMaxDistance(input),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance;
  let tie = false;
  for (const candidate of candidates) {
    if (candidate === input) return undefined;
    const d = editDistance(input, candidate, bestDistance);
    if (d > bestDistance) continue;
    if (best === undefined || d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (candidate !== best) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}
