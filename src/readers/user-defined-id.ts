import type { UserDefinedIdLine } from '../facts/index.js';
import type { Facts } from '../facts/index.js';
import type { FileReader, TextFile } from './types.js';

/** The agent reads at most this many bytes of user_defined_id (agent-config.md §4, ReadFileContent). */
export const USER_DEFINED_ID_READ_LIMIT = 8192;

/**
 * user_defined_id as the agent reads it (agent-config.md §4): split on LF, each line trimmed of
 * SPACES only (a CR, a tab or a BOM stays part of the ID). Empty lines are kept (with id '') so
 * that rules can point at them; the empty piece after a final LF is not a line. A line that
 * starts past the first 8192 bytes is marked `beyondReadLimit` (a line cut by the limit is not).
 */
export const userDefinedIdReader: FileReader = { name: 'user_defined_id', kinds: ['user-defined-id'], read: readUserDefinedId };

function readUserDefinedId(file: TextFile, facts: Facts): void {
  const { source } = file;
  const text = source.text;
  const lines: UserDefinedIdLine[] = [];
  let start = 0;
  let byte = 0; // UTF-8 byte offset of `start`
  let line = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    lines.push({
      line,
      raw,
      id: trimSpaces(raw),
      range: source.rangeOf(start, end - start),
      beyondReadLimit: byte >= USER_DEFINED_ID_READ_LIMIT,
    });
    if (nl === -1) break;
    byte += utf8Length(raw) + 1;
    start = nl + 1;
    line++;
  }
  facts.userDefinedIds.push({
    file: file.file.path,
    source,
    lines,
    hasBom: source.hasBom,
    hasCrlf: text.includes('\r\n'),
    byteLength: file.size,
  });
}

function trimSpaces(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return s.slice(a, b);
}

/** UTF-8 byte length of a JavaScript string (a BOM, U+FEFF, counts its 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
