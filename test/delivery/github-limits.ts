/**
 * GitHub code scanning's limits on an uploaded SARIF file (docs.github.com, "SARIF support for
 * code scanning" and "Troubleshooting SARIF uploads"): a file over them is rejected or cut.
 * The SARIF schema itself is checked in test/formatters/sarif.test.ts.
 */
import { gzipSync } from 'node:zlib';

export const GITHUB_SARIF_LIMITS = {
  gzipBytes: 10 * 1024 * 1024,
  runsPerFile: 20,
  resultsPerRun: 25_000,
  rulesPerRun: 25_000,
  locationsPerResult: 1_000,
  tagsPerRule: 20,
} as const;

interface SarifLike {
  runs: Array<{
    tool: { driver: { rules?: Array<{ properties?: { tags?: unknown[] } }> } };
    results?: Array<{ locations?: unknown[]; relatedLocations?: unknown[] }>;
  }>;
}

/** Every way `log` (serialized as `text`) breaks a GitHub limit; empty when it fits. */
export function githubSarifProblems(log: SarifLike, text: string): string[] {
  const L = GITHUB_SARIF_LIMITS;
  const problems: string[] = [];
  const gz = gzipSync(text).length;
  if (gz > L.gzipBytes) problems.push(`${gz} bytes gzip-compressed > ${L.gzipBytes}`);
  if (log.runs.length > L.runsPerFile) problems.push(`${log.runs.length} runs > ${L.runsPerFile}`);
  for (const [i, run] of log.runs.entries()) {
    const results = run.results ?? [];
    if (results.length > L.resultsPerRun) problems.push(`run ${i}: ${results.length} results > ${L.resultsPerRun}`);
    const rules = run.tool.driver.rules ?? [];
    if (rules.length > L.rulesPerRun) problems.push(`run ${i}: ${rules.length} rules > ${L.rulesPerRun}`);
    for (const rule of rules) {
      if ((rule.properties?.tags?.length ?? 0) > L.tagsPerRule) problems.push(`run ${i}: a rule has more than ${L.tagsPerRule} tags`);
    }
    for (const r of results) {
      const n = (r.locations?.length ?? 0) + (r.relatedLocations?.length ?? 0);
      if (n > L.locationsPerResult) problems.push(`run ${i}: a result has ${n} locations > ${L.locationsPerResult}`);
      // Code scanning places a result by a path relative to the repository root.
      for (const loc of (r.locations ?? []) as Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>) {
        const uri = loc.physicalLocation?.artifactLocation?.uri ?? '';
        if (uri === '' || /^[a-z][a-z0-9+.-]*:/i.test(uri) || uri.startsWith('/') || uri.split('/').includes('..')) problems.push(`run ${i}: location "${uri}" is not a path inside the repository`);
      }
    }
  }
  return problems;
}
