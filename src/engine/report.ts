import type { Diagnostic } from '../core/diagnostic.js';
import { assignFingerprints, compareDiagnostics } from '../core/report-order.js';

/**
 * The report stage: sort, and give each finding a fingerprint that survives line moves. The
 * order is total (findings equal in reading order are ordered by everything else they hold), so
 * it does not depend on the order rules ran in: a run with the cache, which takes some findings
 * from it and computes others, gives the same list as a run without.
 */
export function finalize(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...diagnostics].sort((a, b) => compareDiagnostics(a, b) || tieBreak(a, b));
  assignFingerprints(sorted);
  return sorted;
}

function tieBreak(a: Diagnostic, b: Diagnostic): number {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
