/** Machine-readable report: every diagnostic as the engine produced it, plus its docs URL. */
import { countBySeverity, docsUrlOf, fingerprintOf, sortByLocation } from './shared.js';
import type { Formatter } from './types.js';

export const json: Formatter = (diagnostics, ctx) => {
  const report = {
    version: ctx.toolVersion,
    diagnostics: sortByLocation(diagnostics).map((d) => ({
      ...d,
      fingerprint: fingerprintOf(d),
      // null rather than absent, so consumers can tell "no docs page" from an old report format.
      docsUrl: docsUrlOf(d.ruleId, ctx) ?? null,
    })),
    summary: { ...countBySeverity(diagnostics), filesLinted: ctx.filesLinted },
  };
  return JSON.stringify(report, null, 2);
};
