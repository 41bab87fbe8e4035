import { describe, it } from 'vitest';
import { formatters, type FormatName } from '../../src/formatters/index.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';
import { fleetFixture } from './fleet-fixture.js';
import { expectGolden } from './golden.js';

// summary and html also show the fleet view: from a real repository's files (the others ignore it).
const { view } = await fleetFixture();

describe('golden output', () => {
  for (const name of Object.keys(formatters) as FormatName[]) {
    it(name, () => expectGolden(name, formatters[name](DIAGNOSTICS, makeContext({ fleetView: view }))));
  }
});
