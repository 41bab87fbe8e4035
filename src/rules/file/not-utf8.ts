import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/not-utf8',
  severity: 'warning',
  description: 'A file is not valid UTF-8',
  check({ fleet, report }) {
    for (const f of fleet.files) {
      if (!f.source) continue;
      for (const p of f.problems) {
        if (p.kind !== 'not-utf8') continue;
        const at = f.source.positionAt(byteToCharOffset(f.source.text, p.offset));
        report({
          file: f.file.path,
          range: { start: at, end: { line: at.line, column: at.column + 1 } },
          message: `Invalid UTF-8 at byte ${p.offset}: the agent and SLS compare identifiers byte by byte, so text in another encoding never matches. Re-save the file as UTF-8.`,
        });
      }
    }
  },
});

/** Approximate char offset for a byte offset: each replaced byte became one U+FFFD. */
function byteToCharOffset(text: string, byteOffset: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return i;
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : c === 0xfffd ? 1 : 3;
  }
  return text.length;
}
