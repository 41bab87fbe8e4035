/** ESLint-stylish-like terminal output with a one-line code frame under each finding. */
import type { Diagnostic, Range, Severity } from '../core/diagnostic.js';
import { plural } from './shared.js';
import { countBySeverity, sortDiagnostics } from '../core/report-order.js';
import type { Formatter, FormatterContext } from './types.js';

const TAB_WIDTH = 4;
/** Minified JSON can put a whole file on one line; show at most this many code units of it. */
const MAX_FRAME_CHARS = 160;
/** How much of the line to keep before the range when the frame is cut. */
const FRAME_LEAD_CHARS = 40;

// --- ANSI: only the few codes we need, each closed by its own reset so styles can nest ---

type Style = 'red' | 'yellow' | 'cyan' | 'dim' | 'bold' | 'underline';
const ANSI: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  dim: [2, 22],
  bold: [1, 22],
  underline: [4, 24],
};
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'cyan' };

function paint(on: boolean, text: string, ...styles: Style[]): string {
  if (!on || text === '') return text;
  return styles.reduce((t, s) => `\u001b[${ANSI[s][0]}m${t}\u001b[${ANSI[s][1]}m`, text);
}

// --- terminal-safe text ---

// C0/C1 controls (ESC could smuggle terminal sequences out of a config value) and bidi overrides.
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\t/g, ' ').replace(UNSAFE_CHARS, '\uFFFD');
}

/** Terminal cells a code point takes: 0 for combining marks, 2 for East Asian wide/fullwidth. */
export function cellWidth(cp: number): number {
  if ((cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

interface RenderedLine {
  text: string;
  /** Cell columns (0-based) where code-unit indexes `from` and `to` land. */
  fromCell: number;
  toCell: number;
}

/** Expands tabs, neutralises controls and measures cells, so the caret lands under the right character. */
function renderLine(line: string, from: number, to: number): RenderedLine {
  let text = '';
  let cells = 0;
  let index = 0;
  let fromCell = -1;
  let toCell = -1;
  for (const ch of line) {
    if (fromCell < 0 && index >= from) fromCell = cells;
    if (toCell < 0 && index >= to) toCell = cells;
    if (ch === '\t') {
      const pad = TAB_WIDTH - (cells % TAB_WIDTH);
      text += ' '.repeat(pad);
      cells += pad;
    } else {
      const safe = ch.replace(UNSAFE_CHARS, '\uFFFD');
      text += safe;
      cells += cellWidth(safe.codePointAt(0)!);
    }
    index += ch.length;
  }
  // A range may start or end past the last character (a missing value at end of line).
  if (fromCell < 0) fromCell = cells;
  if (toCell < 0) toCell = cells;
  return { text, fromCell, toCell };
}

/** Cuts an over-long line to a window around `from`, without splitting a surrogate pair. */
function clipLine(line: string, from: number, to: number): { line: string; from: number; to: number } {
  if (line.length <= MAX_FRAME_CHARS) return { line, from, to };
  let start = Math.max(0, Math.min(from, line.length) - FRAME_LEAD_CHARS);
  if (start > 0 && /[\uDC00-\uDFFF]/.test(line[start])) start++;
  let end = Math.min(line.length, start + MAX_FRAME_CHARS);
  if (end < line.length && /[\uD800-\uDBFF]/.test(line[end - 1])) end--;
  const head = start > 0 ? '…' : '';
  const tail = end < line.length ? '…' : '';
  const shift = head.length - start;
  return {
    line: head + line.slice(start, end) + tail,
    from: from + shift,
    to: Math.min(to, end) + shift,
  };
}

/** Two lines: the source line and a `^~~~` marker under the range (to end of line when the range spans lines). */
function codeFrame(source: string, range: Range, severity: Severity, color: boolean): string[] {
  const from = range.start.column - 1;
  const to = range.end.line === range.start.line ? range.end.column - 1 : source.length;
  const clipped = clipLine(source, from, to);
  const { text, fromCell, toCell } = renderLine(clipped.line, clipped.from, clipped.to);
  const marker = '^' + '~'.repeat(Math.max(0, toCell - fromCell - 1));
  const lineNo = String(range.start.line);
  const gutter = (label: string) => paint(color, `    ${label} | `, 'dim');
  return [
    gutter(lineNo) + paint(color, text, 'dim'),
    gutter(' '.repeat(lineNo.length)) + ' '.repeat(fromCell) + paint(color, marker, SEVERITY_STYLE[severity]),
  ];
}

function position(d: Diagnostic): string {
  return `${d.range.start.line}:${d.range.start.column}`;
}

function fileBlock(file: string, diagnostics: Diagnostic[], ctx: FormatterContext): string[] {
  const posWidth = Math.max(...diagnostics.map((d) => position(d).length));
  const sevWidth = Math.max(...diagnostics.map((d) => d.severity.length));
  const lines = [paint(ctx.color, oneLine(file), 'underline')];
  for (const d of diagnostics) {
    const severity = paint(ctx.color, d.severity.padEnd(sevWidth), SEVERITY_STYLE[d.severity]);
    const ruleId = paint(ctx.color, d.ruleId, 'dim');
    lines.push(`  ${position(d).padEnd(posWidth)}  ${severity}  ${oneLine(d.message)}  ${ruleId}`);
    const source = ctx.getLine(d.file, d.range.start.line);
    // No frame for files without text to show (a users/ entry, an empty file).
    if (source) lines.push(...codeFrame(source, d.range, d.severity, ctx.color));
  }
  return lines;
}

function summary(diagnostics: Diagnostic[], color: boolean): string[] {
  const { errors, warnings, infos } = countBySeverity(diagnostics);
  const style: Style = errors > 0 ? 'red' : warnings > 0 ? 'yellow' : 'cyan';
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  const lines = [paint(color, `✖ ${plural(diagnostics.length, 'problem')} (${counts})`, style, 'bold')];
  const fixable = diagnostics.filter((d) => d.fix).length;
  if (fixable > 0) {
    lines.push(paint(color, `  ${plural(fixable, 'problem')} fixable with the --fix option`, style, 'bold'));
  }
  return lines;
}

function groupByFile(sorted: Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

export const stylish: Formatter = (diagnostics, ctx) => {
  // Like ESLint: a clean run prints nothing.
  if (diagnostics.length === 0) return '';
  const blocks = [...groupByFile(sortDiagnostics(diagnostics))].map(([file, group]) =>
    fileBlock(file, group, ctx).join('\n'),
  );
  return [...blocks, summary(diagnostics, ctx.color).join('\n')].join('\n\n');
};
