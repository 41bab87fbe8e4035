/**
 * Values from the repository (identifiers, file names, regions) shown so that what the agent
 * compares byte by byte stays visible and harmless: a CR, a tab or an ESC (which could smuggle
 * terminal sequences out of a config value) becomes an escape, as in the rules' messages.
 */

// C0 and C1 controls, DEL, zero-width and bidi controls, line/paragraph separators, BOM.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff]/g;
const SHORT: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** `web-prod\r` for "web-prod" + CR; a backslash doubles so the escapes are unambiguous. Cut to `max` characters with `…`. */
export function showValue(value: string, max = 80): string {
  const shown = value.replace(/\\/g, '\\\\').replace(INVISIBLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (shown.length <= max) return shown;
  let end = max - 1;
  if (/[\uD800-\uDBFF]/.test(shown[end - 1])) end--; // never split a surrogate pair
  return `${shown.slice(0, end)}…`;
}

/** The same characters but tab, for text shown as it is in the file (code lines): each as its own piece, so HTML can mark it. */
export function splitInvisible(text: string): Array<{ text: string; invisible: boolean }> {
  const out: Array<{ text: string; invisible: boolean }> = [];
  let last = 0;
  for (const m of text.matchAll(INVISIBLE)) {
    if (m[0] === '\t') continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), invisible: false });
    out.push({ text: m[0], invisible: true });
    last = m.index + 1;
  }
  if (last < text.length) out.push({ text: text.slice(last), invisible: false });
  return out;
}

/** `U+001B`. */
export const codePointName = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** A control character's picture (ESC → ␛, CR → ␍, DEL → ␡), else `⟨U+202E⟩`. */
export function controlPicture(c: string): string {
  const cp = c.codePointAt(0)!;
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return `⟨${codePointName(c)}⟩`;
}
