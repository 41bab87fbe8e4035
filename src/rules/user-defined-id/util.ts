import type { SourceFile } from '../../core/source-file.js';
import { isTemplated } from '../../core/template.js';
import type { UserDefinedIdFact } from '../../facts/index.js';
import type { Range, TextEdit } from '../../core/diagnostic.js';

/** The agent reads at most this many bytes of user_defined_id (agent-config.md §4, ReadFileContent). */
export const READ_LIMIT_BYTES = 8192;

/** One line of user_defined_id as the agent sees it, with offsets into the source text. */
export interface AgentLine {
  /** 1-based. */
  line: number;
  /** Offset of the line's first character. */
  start: number;
  /** The line without its LF (a CR stays). */
  raw: string;
  /** What the agent keeps: `raw` trimmed of spaces only (tabs, CR and a BOM stay). */
  id: string;
  /** Offset of `id` in the text. */
  idStart: number;
  /** Entirely past the read limit: the agent never sees it. */
  unread: boolean;
  /** Straddles the read limit: the agent sees only its first part. */
  cut: boolean;
}

/**
 * The lines of a user_defined_id file, split on LF as the agent splits them. The empty piece
 * after a final LF is not a line. Derived from the text so that offsets are exact.
 */
export function agentLines(fact: UserDefinedIdFact): AgentLine[] {
  const text = fact.source.text;
  const out: AgentLine[] = [];
  const limit = limitOffset(text);
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    const lead = /^ */.exec(raw)![0].length;
    const id = raw.slice(lead).replace(/ +$/, '');
    out.push({ line, start, raw, id, idStart: start + lead, unread: limit !== undefined && start >= limit, cut: limit !== undefined && start < limit && end > limit });
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  return out;
}

/** Lines the agent reads (within the 8 KiB limit). */
export function readLines(fact: UserDefinedIdFact): AgentLine[] {
  return agentLines(fact).filter((l) => !l.unread);
}

/**
 * Lines that carry a known identifier: read by the agent, and not a template placeholder
 * (`{{ app_id }}` is rendered at deploy time, so its identifier is unknown and never judged).
 */
export function identifierLines(fact: UserDefinedIdFact): AgentLine[] {
  return readLines(fact).filter((l) => !isTemplated(l.id));
}

/** A line with no identifier on it: empty, or only spaces, tabs and a CR (BOM aside). */
export function isBlank(l: AgentLine): boolean {
  return /^\uFEFF?[ \t\r]*$/.test(l.raw);
}

/** UTF-16 offset where the agent's 8192-byte read stops, or undefined when the whole text fits. */
export function limitOffset(text: string): number | undefined {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    if (bytes + n > READ_LIMIT_BYTES) return i;
    bytes += n;
  }
  return undefined;
}

export function rangeOf(source: SourceFile, start: number, end: number): Range {
  return { start: source.positionAt(start), end: source.positionAt(end) };
}

/** Range of a line's text without its CR. */
export function lineRange(source: SourceFile, l: AgentLine): Range {
  return rangeOf(source, l.start, l.start + withoutCr(l.raw).length);
}

/** Range of the identifier on a line (spaces around it excluded; CR excluded). */
export function idRange(source: SourceFile, l: AgentLine): Range {
  return rangeOf(source, l.idStart, l.idStart + withoutCr(l.id).length);
}

export function withoutCr(s: string): string {
  return s.endsWith('\r') ? s.slice(0, -1) : s;
}

/**
 * An edit that deletes a whole line with its LF. A last line without LF is cleared and the LF
 * before it stays, so that deleting two neighbouring lines never gives overlapping edits.
 */
export function deleteLine(fact: UserDefinedIdFact, l: AgentLine): TextEdit {
  const end = l.start + l.raw.length;
  return { range: [l.start, Math.min(end + 1, fact.source.text.length)], text: '' };
}
