/**
 * Diagnostic ranges against the file they name, with the engine's conventions
 * (src/core/source-file.ts): lines split at LF only, 1-based UTF-16 columns, an exclusive end
 * at most one past the line's last character, and on line 1 of a file with a BOM columns
 * counted after the BOM.
 */
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Line lengths (without the LF) as the engine sees them, for the decoded text of `bytes`. */
export function lineLengths(bytes) {
  const text = lenient.decode(bytes);
  const lengths = text.split('\n').map((l) => l.length);
  if (text.startsWith('\uFEFF')) lengths[0] -= 1;
  return lengths;
}

function positionProblem(pos, lengths, what) {
  if (!pos || !Number.isInteger(pos.line) || !Number.isInteger(pos.column)) return `${what} is not a position: ${JSON.stringify(pos)}`;
  if (pos.line < 1 || pos.line > lengths.length) return `${what} line ${pos.line} is outside the file's ${lengths.length} lines`;
  const max = lengths[pos.line - 1] + 1;
  if (pos.column < 1 || pos.column > max) return `${what} column ${pos.column} is outside line ${pos.line} (columns 1..${max})`;
}

/** A description of what is wrong with `range` in a file of these line lengths, or undefined. */
export function rangeProblem(range, lengths) {
  if (!range) return 'no range';
  const bad = positionProblem(range.start, lengths, 'start') ?? positionProblem(range.end, lengths, 'end');
  if (bad) return bad;
  const { start, end } = range;
  if (start.line > end.line || (start.line === end.line && start.column > end.column)) return `start ${start.line}:${start.column} is after end ${end.line}:${end.column}`;
}
