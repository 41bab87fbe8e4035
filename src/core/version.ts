import { createRequire } from 'node:module';

// The build defines __LOGTAIL_LINT_VERSION__ (scripts/build.mjs), so bundles carry the version
// string only, not the whole package.json (which made the Action bundle stale on any edit).
// Run from source (vitest), it is read from package.json.
declare const __LOGTAIL_LINT_VERSION__: string | undefined;

export const VERSION: string =
  typeof __LOGTAIL_LINT_VERSION__ === 'string' ? __LOGTAIL_LINT_VERSION__ : (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
