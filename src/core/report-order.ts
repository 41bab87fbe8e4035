/**
 * One order and one fingerprint for findings, used by the engine's report stage and by every
 * formatter, so that no output disagrees with another about either.
 */
import { createHash } from 'node:crypto';
import { SEVERITY_RANK, type Diagnostic } from './diagnostic.js';

// Plain code-unit comparison, not localeCompare: output must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order: file, position, then most severe first, then rule and message as tie-breakers. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** A sorted copy. */
export function sortDiagnostics<T extends Diagnostic>(diagnostics: readonly T[]): T[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** What identifies a finding across edits that only move lines: rule, file, and where in the file's structure. */
const identity = (d: Diagnostic) => `${d.ruleId}\0${d.file}\0${d.pointer ?? d.message}`;

const hash = (key: string, occurrence: number) => createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);

/**
 * Give every finding of a sorted list its fingerprint: the hash of its identity and of how many
 * findings with the same identity come before it (two findings of one rule in one file without
 * a pointer still get distinct fingerprints).
 */
export function assignFingerprints(sorted: Diagnostic[]): void {
  const seen = new Map<string, number>();
  for (const d of sorted) {
    const key = identity(d);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    d.fingerprint = hash(key, n);
  }
}

/** The fingerprint of a finding; one that skipped the report stage gets its first-occurrence value. */
export function fingerprintOf(d: Diagnostic): string {
  return d.fingerprint ?? hash(identity(d), 0);
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') c.errors++;
    else if (d.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
