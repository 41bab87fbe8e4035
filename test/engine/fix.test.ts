import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import type { Diagnostic, TextEdit } from '../../src/core/diagnostic.js';

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const withFix = (...edits: TextEdit[]): Diagnostic => ({ ruleId: 'x/y', severity: 'error', message: 'm', file: 'f', range: at, fix: { description: 'd', edits } });

describe('applyFixes', () => {
  it('applies non-overlapping fixes in order, whatever order they come in', () => {
    const r = applyFixes('abcdef', [withFix({ range: [4, 5], text: 'E' }), withFix({ range: [0, 1], text: 'A' }, { range: [2, 2], text: '+' })]);
    expect(r.output).toBe('Ab+cdEf');
    expect(r.applied).toHaveLength(2);
  });

  it('leaves a fix that overlaps one already taken for the next pass, whole', () => {
    const first = withFix({ range: [1, 3], text: 'X' });
    const second = withFix({ range: [0, 1], text: '0' }, { range: [2, 4], text: 'Y' });
    const r = applyFixes('abcdef', [first, second]);
    expect(r.applied).toEqual([second]);
    expect(r.output).toBe('0bYef');
  });

  it('ignores malformed edits instead of corrupting text', () => {
    const r = applyFixes('abc', [withFix({ range: [2, 1], text: 'x' }), withFix({ range: [0, 99], text: 'x' })]);
    expect(r).toEqual({ output: 'abc', applied: [] });
  });

  it('two insertions at one place are not both taken', () => {
    const r = applyFixes('ab', [withFix({ range: [1, 1], text: 'X' }), withFix({ range: [1, 1], text: 'Y' })]);
    expect(r.output).toBe('aXb');
  });
});
