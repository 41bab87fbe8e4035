import ignore from 'ignore';
import type { Suppression } from '../config/types.js';
import type { Diagnostic } from '../types.js';

export interface SuppressResult {
  kept: Diagnostic[];
  suppressed: Array<Diagnostic & { reason: string }>;
}

/** Drop findings that a config suppression covers: same rule, matching file, pointer prefix. */
export function applySuppressions(diagnostics: Diagnostic[], suppressions: readonly Suppression[]): SuppressResult {
  if (suppressions.length === 0) return { kept: diagnostics, suppressed: [] };
  const matchers = suppressions.map((s) => ({ ...s, files: s.file === undefined ? undefined : ignore().add(s.file) }));
  const kept: Diagnostic[] = [];
  const suppressed: SuppressResult['suppressed'] = [];
  for (const d of diagnostics) {
    const hit = matchers.find(
      (s) => s.rule === d.ruleId && (!s.files || s.files.ignores(d.file)) && (s.pointer === undefined || pointerWithin(d.pointer, s.pointer)),
    );
    if (hit) suppressed.push({ ...d, reason: hit.reason });
    else kept.push(d);
  }
  return { kept, suppressed };
}

/** `/a/0` is within `/a`, not within `/ab`; the empty pointer is the whole document. */
function pointerWithin(pointer: string | undefined, prefix: string): boolean {
  if (prefix === '') return true;
  if (pointer === undefined) return false;
  return pointer === prefix || pointer.startsWith(prefix + '/');
}
