import type { Range, TextEdit } from '../../core/diagnostic.js';
import type { SourceFile } from '../../core/source-file.js';
import { isTemplated } from '../../core/template.js';
import type { UserDefinedIdFact, UserDefinedIdLine } from '../../facts/index.js';

/** Lines the agent reads (within the 8 KiB limit), as the reader split them. */
export function readLines(fact: UserDefinedIdFact): UserDefinedIdLine[] {
  return fact.lines.filter((l) => !l.unread);
}

/**
 * Lines that carry a known identifier: read by the agent, and not a template placeholder
 * (`{{ app_id }}` is rendered at deploy time, so its identifier is unknown and never judged).
 */
export function identifierLines(fact: UserDefinedIdFact): UserDefinedIdLine[] {
  return readLines(fact).filter((l) => !isTemplated(l.id));
}

/** A line with no identifier on it: empty, or only spaces, tabs and a CR (BOM aside). */
export function isBlank(l: UserDefinedIdLine): boolean {
  return /^\uFEFF?[ \t\r]*$/.test(l.raw);
}

export function rangeOf(source: SourceFile, start: number, end: number): Range {
  return { start: source.positionAt(start), end: source.positionAt(end) };
}

/** Range of a line's text without its CR. */
export function lineRange(source: SourceFile, l: UserDefinedIdLine): Range {
  return rangeOf(source, l.start, l.start + withoutCr(l.raw).length);
}

export function withoutCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * An edit that deletes a whole line with its LF. A last line without LF is cleared and the LF
 * before it stays, so that deleting two neighbouring lines never gives overlapping edits.
 */
export function deleteLine(fact: UserDefinedIdFact, l: UserDefinedIdLine): TextEdit {
  const end = l.start + l.raw.length;
  return { range: [l.start, Math.min(end + 1, fact.source.text.length)], text: '' };
}
