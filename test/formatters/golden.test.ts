import { describe, it } from 'vitest';
import { formatters, type FormatName } from '../../src/formatters/index.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';
import { expectGolden } from './golden.js';

describe('golden output', () => {
  for (const name of Object.keys(formatters) as FormatName[]) {
    it(name, () => expectGolden(name, formatters[name](DIAGNOSTICS, makeContext())));
  }
});
