import type { Diagnostic, TextEdit } from '../core/diagnostic.js';

export interface AppliedFixes {
  output: string;
  /** Findings whose fix was applied. */
  applied: Diagnostic[];
}

/**
 * Apply the fixes of one file's findings to its text. A fix is all or nothing, and one that
 * overlaps a fix already taken is left for the next pass (as ESLint does), so edits never mix.
 */
export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): AppliedFixes {
  const candidates = diagnostics
    .filter((d) => d.fix && d.fix.edits.length > 0)
    .map((d) => ({ d, edits: [...d.fix!.edits].sort((a, b) => a.range[0] - b.range[0]) }))
    .sort((a, b) => a.edits[0].range[0] - b.edits[0].range[0]);
  const taken: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  for (const { d, edits } of candidates) {
    const valid = edits.every((e, i) => e.range[0] <= e.range[1] && e.range[1] <= text.length && (i === 0 || edits[i - 1].range[1] <= e.range[0]));
    if (!valid || edits.some((e) => taken.some((t) => overlaps(t, e)))) continue;
    taken.push(...edits);
    applied.push(d);
  }
  taken.sort((a, b) => a.range[0] - b.range[0]);
  let output = '';
  let at = 0;
  for (const e of taken) {
    output += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  return { output: output + text.slice(at), applied };
}

/** Two edits touch the same text (an insertion at the other's boundary counts too). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.range[0] < b.range[1] && b.range[0] < a.range[1] ? true : a.range[0] === b.range[0];
}
