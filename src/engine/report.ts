import type { Diagnostic } from '../core/diagnostic.js';
import { assignFingerprints, sortDiagnostics } from '../core/report-order.js';

/** The report stage: sort, and give each finding a fingerprint that survives line moves. */
export function finalize(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  assignFingerprints(sorted);
  return sorted;
}
