import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/formatters/stylish.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';

function one(start: number, end: number, extra: Partial<Diagnostic> = {}): Diagnostic {
  return {
    ruleId: 'r/x',
    severity: 'warning',
    message: 'm',
    file: 'f',
    range: { start: { line: 1, column: start }, end: { line: 1, column: end } },
    ...extra,
  };
}

/** The two code-frame lines for a single finding on a one-line file. */
function frame(line: string, d: Diagnostic): [string, string] {
  const out = stylish([d], makeContext({ getLine: () => line })).split('\n');
  return [out[2], out[3]];
}

describe('stylish formatter', () => {
  it('prints nothing for a clean run', () => {
    expect(stylish([], makeContext())).toBe('');
  });

  it('uses ANSI codes only when asked', () => {
    expect(stylish(DIAGNOSTICS, makeContext())).not.toContain('\u001b[');
    const colored = stylish(DIAGNOSTICS, makeContext({ color: true }));
    expect(colored).toContain('\u001b[31merror'); // red error
    expect(colored).toContain('\u001b[33mwarning'); // yellow warning
    expect(colored).toContain('\u001b[36minfo'); // cyan info
    expect(colored).toContain('\u001b[2mconfig/unknown-region\u001b[22m'); // dim rule id
    expect(colored).toContain('\u001b[4mconf/ilogtail_config.json\u001b[24m'); // underlined file
  });

  it('keeps the caret under the range when tabs precede it', () => {
    const line = '\t\tkey:\tvalue';
    const [code, marker] = frame(line, one(8, 13));
    expect(code).not.toContain('\t');
    expect(marker.indexOf('^')).toBe(code.indexOf('value'));
    expect(marker.slice(marker.indexOf('^'))).toBe('^~~~~');
  });

  it('counts East Asian wide characters as two cells', () => {
    const line = '杭州=x';
    const [code, marker] = frame(line, one(4, 5));
    expect(code).toBe('    1 | 杭州=x');
    expect(marker).toBe('      |      ^');
  });

  it('underlines to the end of the first line for a multi-line range', () => {
    const d = one(2, 0, { range: { start: { line: 1, column: 2 }, end: { line: 3, column: 1 } } });
    expect(frame('abcdef', d)[1]).toBe('      |  ^~~~~');
  });

  it('shows a lone caret for an empty range and one past the end of the line', () => {
    expect(frame('ab', one(3, 3))[1]).toBe('      |   ^');
  });

  it('cuts very long lines to a window around the range', () => {
    const line = 'x'.repeat(5000) + 'TARGET' + 'y'.repeat(5000);
    const [code, marker] = frame(line, one(5001, 5007));
    expect(code.length).toBeLessThan(200);
    expect(code).toContain('…');
    expect(code.slice(marker.indexOf('^'), marker.indexOf('^') + 6)).toBe('TARGET');
  });

  it('neutralises control characters from config values and messages', () => {
    const line = 'a\u001b[31mb';
    const out = stylish([one(1, 2, { message: 'bad \u001b]0;x\u0007 value' })], makeContext({ getLine: () => line }));
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
  });

  it('skips the frame when the source line is unavailable', () => {
    const out = stylish([one(1, 2)], makeContext({ getLine: () => undefined }));
    expect(out.split('\n')).toEqual(['f', '  1:1  warning  m  r/x', '', '✖ 1 problem (0 errors, 1 warning, 0 infos)']);
  });

  it('says how many findings --fix can fix', () => {
    const fix = { description: 'd', edits: [] };
    const out = stylish([one(1, 2, { fix }), one(2, 3, { fix })], makeContext({ getLine: () => undefined }));
    expect(out.endsWith('\n  2 problems fixable with the --fix option')).toBe(true);
  });
});
