import type { Facts, UserDefinedIdLine } from '../facts/index.js';
import { USER_DEFINED_ID_READ_LIMIT } from '../knowledge/agent-files.js';
import type { FileReader, TextFile } from './types.js';
import { trimEndOf } from '../core/trim.js';

export const userDefinedIdReader: FileReader = { name: 'user_defined_id', kinds: ['user-defined-id'], read: readUserDefinedId };

/**
 * user_defined_id as the agent reads it (docs/reference/agent-config.md §4): the first 8 KiB, split on LF, each
 * line trimmed of SPACES only (a CR, a tab or a BOM stays part of the ID). Blank lines are kept
 * (with id '') so that rules can point at them; lines past the limit are kept and marked.
 */
function readUserDefinedId(file: TextFile, facts: Facts): void {
  const { source } = file;
  const text = source.text;
  const limit = readLimitOffset(text);
  const lines: UserDefinedIdLine[] = [];
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const unread = limit !== undefined && start >= limit;
    const cut = limit !== undefined && start < limit && end > limit;
    const seen = cut ? text.slice(start, limit) : raw;
    const lead = seen.length - seen.replace(/^ +/, '').length;
    const id = trimEndOf(seen.slice(lead), ' ');
    const idStart = start + lead;
    const idLength = id.endsWith('\r') ? id.length - 1 : id.length;
    lines.push({ line, start, raw, id, idStart, range: source.rangeOf(idStart, idLength), unread, cut });
    if (nl === -1) break;
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
    ...(limit !== undefined ? { readLimitOffset: limit } : {}),
  });
}

/** UTF-16 offset where the agent's read stops, or undefined when the whole text fits. */
function readLimitOffset(text: string): number | undefined {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    if (bytes + n > USER_DEFINED_ID_READ_LIMIT) return i;
    bytes += n;
  }
  return undefined;
}
