import path from 'node:path';
import ignore from 'ignore';
import type { Suppression } from '../config/types.js';
import type { Diagnostic } from '../core/diagnostic.js';

export interface SuppressResult {
  kept: Diagnostic[];
  suppressed: Array<Diagnostic & { reason: string }>;
}

/**
 * Drop findings that a config suppression covers: same rule, matching file, pointer prefix.
 * `file` patterns are relative to the config's folder (`baseDir`); findings to `cwd`.
 */
export function applySuppressions(diagnostics: Diagnostic[], suppressions: readonly Suppression[], cwd: string, baseDir: string): SuppressResult {
  if (suppressions.length === 0) return { kept: diagnostics, suppressed: [] };
  const matchers = suppressions.map((s) => ({ ...s, files: s.file === undefined ? undefined : ignore().add(s.file) }));
  const fromBase = (file: string) => path.relative(baseDir, path.resolve(cwd, file)).split(path.sep).join('/');
  const kept: Diagnostic[] = [];
  const suppressed: SuppressResult['suppressed'] = [];
  for (const d of diagnostics) {
    const hit = matchers.find(
      (s) => (s.rule === d.ruleId || s.rule === d.formerId) && (!s.files || matchesFile(s.files, fromBase(d.file))) && (s.pointer === undefined || pointerWithin(d.pointer, s.pointer)),
    );
    if (hit) suppressed.push({ ...d, reason: hit.reason });
    else kept.push(d);
  }
  return { kept, suppressed };
}

/** A path outside the config's folder matches no pattern of it. */
function matchesFile(files: ReturnType<typeof ignore>, rel: string): boolean {
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && files.ignores(rel);
}

/** `/a/0` is within `/a`, not within `/ab`; the empty pointer is the whole document. */
function pointerWithin(pointer: string | undefined, prefix: string): boolean {
  if (prefix === '') return true;
  if (pointer === undefined) return false;
  return pointer === prefix || pointer.startsWith(prefix + '/');
}
