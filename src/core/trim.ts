/**
 * Trimming by a set of characters in linear time. `s.replace(/ +$/, '')` backtracks: on a line of
 * 300k characters with spaces in the middle it tries every run of spaces against `$`, and took
 * 15 s (found by npm run fuzz).
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return end === s.length ? s : s.slice(0, end);
}
