import { createRequire } from 'node:module';

// The build defines __LOGTAIL_LINT_VERSION__ (scripts/build.mjs), so bundles carry the version
// string only, not the whole package.json (which made the Action bundle stale on any edit).
// Run from source (vitest), it is read from package.json.
declare const __LOGTAIL_LINT_VERSION__: string | undefined;

export const VERSION: string =
  typeof __LOGTAIL_LINT_VERSION__ === 'string' ? __LOGTAIL_LINT_VERSION__ : (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

declare const __LOGTAIL_LINT_BUILD__: string | undefined;

/**
 * What the lint cache is keyed on besides the configuration: the version and a hash of the
 * sources the build was made from (scripts/build.mjs), so a cache from another build is never
 * reused. Run from source, `source`.
 */
export const BUILD: string = `${VERSION}+${typeof __LOGTAIL_LINT_BUILD__ === 'string' ? __LOGTAIL_LINT_BUILD__ : 'source'}`;
