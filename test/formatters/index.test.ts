import { describe, expect, it } from 'vitest';
import { formatters, isFormatName } from '../../src/formatters/index.js';

describe('formatters registry', () => {
  it('offers exactly the five formats', () => {
    expect(Object.keys(formatters).sort()).toEqual(['github', 'json', 'junit', 'sarif', 'stylish']);
  });

  it('recognises format names without matching prototype keys', () => {
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(isFormatName('xml')).toBe(false);
  });
});
