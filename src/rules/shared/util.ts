/**
 * Small helpers shared by the users/, user-defined-id/, machine-group/ and install/ rules:
 * placeholder detection (docs/reference/real-world-patterns.md) and positions/edits in a file's text.
 */
import type { TextEdit } from '../../core/diagnostic.js';
import type { Known } from '../../core/value.js';

/**
 * Why `id` looks like a placeholder left in instead of a real custom identifier, or undefined.
 * The forms are those docs/reference/real-world-patterns.md lists ("A placeholder identifier left in:
 * `userdefined`, `1111`, `user-defined-1`, `YOUR_...`") plus unrendered template markers.
 */
export function identifierPlaceholder(id: string): string | undefined {
  const s = id.trim();
  if (s === '') return undefined;
  if (/^user[-_]?defined(?:[-_]?id)?(?:[-_]?\d+)?$/i.test(s)) return 'the sample name from the docs';
  if (/^(\d)\1{3,}$/.test(s)) return 'a repeated digit';
  if (/^your[-_]/i.test(s)) return 'a "YOUR_…" placeholder';
  if (/^<[^<>]*>$/.test(s)) return 'a `<…>` placeholder';
  if (/^x{2,}$/i.test(s) || /(?:^|[-_.])x{3,}(?:$|[-_.])/i.test(s)) return 'an `xxx` placeholder';
  if (/\$\{[^}]*\}|\{\{[^}]*\}\}|\$[A-Z_][A-Z0-9_]*$/.test(s)) return 'an unrendered template variable';
  return undefined;
}

/** The account ID the docs use as their example (docs/reference/sls-regions-and-iac.md C.6: `1559122535028493`). */
export const DOC_EXAMPLE_ACCOUNT_ID = '1559122535028493';

/**
 * Why an account ID (a `users/` entry name, or what a script touches there) is not one, or
 * undefined when it is all digits. Masks and placeholders get their own wording.
 */
export function accountIdProblem(name: string): string | undefined {
  if (/^\d+$/.test(name)) return undefined;
  if (name === '') return 'it is empty';
  if (name.includes('*')) return 'it is masked with `*` (copied from a console or a doc)';
  if (/^<[^<>]*>$/.test(name) || /^your[-_]/i.test(name) || /^x{2,}$/i.test(name) || /\$\{|\{\{/.test(name)) return 'it is a placeholder';
  if (/\s/.test(name)) return 'it contains whitespace';
  return 'it contains characters other than digits';
}

/**
 * An edit that writes `next` in place of a value, when its reader saw the value spelled verbatim
 * in the file (`literal`); undefined otherwise (escapes, a computed value), so no fix is offered
 * that could mangle what is written.
 */
export function replaceValueEdit(value: Known<string>, next: string): TextEdit | undefined {
  return value.literal ? { range: value.literal, text: next } : undefined;
}

/** `"a", "b" and "c"`. */
export function listOf(items: readonly string[], quote = '`'): string {
  const q = items.map((s) => `${quote}${s}${quote}`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

/** A printable form of an identifier: CR, tabs and other control characters made visible. */
export function visible(s: string, max = 60): string {
  const v = JSON.stringify(s).slice(1, -1);
  return v.length > max ? `${v.slice(0, max - 1)}…` : v;
}

/** `an INT32`, `a UINT64`, `a BOOL`, `a typed`: the article a gflag type name (or a word) takes. */
export function article(word: string): string {
  return `${/^(?:INT|[aeio])/i.test(word) ? 'an' : 'a'} ${word}`;
}
