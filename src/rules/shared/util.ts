/**
 * Small helpers shared by the users/, user-defined-id/, machine-group/ and install/ rules:
 * placeholder detection (real-world-patterns.md) and positions/edits in a file's text.
 */
import type { SourceFile } from '../../core/source-file.js';
import type { Fleet } from '../../model/fleet.js';
import type { Range, TextEdit } from '../../core/diagnostic.js';

/**
 * Why `id` looks like a placeholder left in instead of a real custom identifier, or undefined.
 * The forms are those real-world-patterns.md lists ("A placeholder identifier left in:
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

/** The account ID the docs use as their example (sls-regions-and-iac.md C.6: `1559122535028493`). */
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

const sourcesByFleet = new WeakMap<Fleet, Map<string, SourceFile | undefined>>();

/**
 * The text of a file the readers read, or undefined. Rules call this per finding, so the path
 * index is built once per fleet rather than scanning every file each time.
 */
export function sourceOf(fleet: Fleet, file: string): SourceFile | undefined {
  let byPath = sourcesByFleet.get(fleet);
  if (!byPath) {
    byPath = new Map(fleet.readFiles.map((f) => [f.file.path, f.source]));
    sourcesByFleet.set(fleet, byPath);
  }
  return byPath.get(file);
}

/** UTF-16 offsets [start, end) of a range in a source. */
export function offsetsOf(source: SourceFile, range: Range): [number, number] {
  return [source.offsetAt(range.start), source.offsetAt(range.end)];
}

/**
 * An edit that replaces a string value written at `range` with `next`, whether the range
 * covers the bare text or the text with its quotes. Undefined when the text at the range is
 * neither (the value was written in a way this helper does not understand).
 */
export function replaceValueEdit(source: SourceFile | undefined, range: Range, value: string, next: string): TextEdit | undefined {
  if (!source) return undefined;
  const [start, end] = offsetsOf(source, range);
  const written = source.text.slice(start, end);
  if (written === value) return { range: [start, end], text: next };
  const q = written[0];
  if ((q === '"' || q === "'") && written.length >= 2 && written.endsWith(q) && written.slice(1, -1) === value) {
    return { range: [start + 1, end - 1], text: next };
  }
  return undefined;
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
