/** Machine-readable report: every diagnostic as the engine produced it, plus its docs URL. */
import path from 'node:path';
import { docsUrlOf } from './shared.js';
import { fingerprintOf, countBySeverity, sortDiagnostics } from '../core/report-order.js';
import type { Formatter } from './types.js';

export const json: Formatter = (diagnostics, ctx) => {
  const report = {
    version: ctx.toolVersion,
    diagnostics: sortDiagnostics(diagnostics).map((d) => ({
      ...d,
      fingerprint: fingerprintOf(d),
      // null rather than absent, so consumers can tell "no docs page" from an old report format.
      docsUrl: docsUrlOf(d.ruleId, ctx) ?? null,
    })),
    summary: {
      ...countBySeverity(diagnostics),
      filesLinted: ctx.filesLinted,
      suppressed: ctx.suppressed?.length ?? 0,
      // With a baseline: the findings it matched (not listed above) and its findings that no longer occur.
      ...(ctx.baseline
        ? { baseline: { file: path.relative(ctx.cwd, ctx.baseline.file).split(path.sep).join('/'), matched: ctx.baseline.matched, stale: ctx.baseline.stale } }
        : {}),
    },
    // Silenced by .logtail-lint.json, kept here so that suppressions stay reviewable.
    suppressed: sortDiagnostics([...(ctx.suppressed ?? [])]).map((d) => ({ ...d, fingerprint: fingerprintOf(d) })),
    // The doctor's step table, beside the findings (a fleet tool collects both).
    ...(ctx.checks ? { checks: ctx.checks } : {}),
  };
  return JSON.stringify(report, null, 2);
};
