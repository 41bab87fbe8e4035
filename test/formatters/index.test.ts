import { describe, expect, it } from 'vitest';
import { formatters } from '../../src/formatters/index.js';
import { FORMAT_NAMES } from '../../src/formatters/names.js';

describe('formatters registry', () => {
  it('offers exactly the formats the CLI accepts', () => {
    expect(Object.keys(formatters).sort()).toEqual([...FORMAT_NAMES].sort());
  });
});
