/**
 * The two properties the cache (src/engine/cache.ts) rests on, which test/rule-tester.ts checks
 * on every case's repository with every rule on:
 * - file scope (src/rules/types.ts `scope: 'file'`): on every file of a repository, the
 *   file-scoped rules find the same when the file is linted alone as in the whole repository,
 *   and each finding is about the file it came from;
 * - the round trip: the model and the fleet-scoped rules find the same from the facts as the
 *   cache keeps them (plain, without parse trees or text, encoded and decoded) as from the
 *   facts the readers made.
 */
import { resolveConfig } from '../src/config/load.js';
import type { Diagnostic } from '../src/core/diagnostic.js';
import { compareDiagnostics } from '../src/core/report-order.js';
import { discover } from '../src/engine/discover.js';
import { runPipeline, runRules } from '../src/engine/pipeline.js';
import { readAll, readFileFacts, type ReaderFailure } from '../src/engine/read.js';
import { decodePlain, encodePlain, guardFacts, plainFacts } from '../src/engine/cache-codec.js';
import { emptyFacts, type Facts } from '../src/facts/index.js';
import { buildFleet } from '../src/model/fleet.js';
import { allRules, knownRuleIds } from '../src/rules/index.js';

export const fileScopedRules = allRules.filter((r) => r.scope === 'file');

const shown = (d: Diagnostic) => JSON.stringify(d);

/** What breaks the property in the repository at `cwd` (empty: it holds). */
export async function fileScopeProblems(cwd: string, patterns: string[] = [], noConfigLookup = true): Promise<string[]> {
  const config = resolveConfig(cwd, { noConfigLookup }, knownRuleIds);
  const found = await discover({ patterns, cwd, ignores: config.ignores });
  const whole = await runPipeline({ cwd, config, files: found.files, discoverProblems: found.problems, rules: fileScopedRules });
  const problems: string[] = [];
  const alone: Diagnostic[] = [];
  for (const file of found.files) {
    const one = await runPipeline({ cwd, config, files: [file], discoverProblems: [], rules: fileScopedRules });
    for (const d of one.diagnostics) {
      if (d.file !== file.path) problems.push(`${d.ruleId} on ${file.path} alone reports on another file, ${d.file}`);
      alone.push(d);
    }
  }
  const a = [...whole.diagnostics].sort(compareDiagnostics).map(shown);
  const b = alone.sort(compareDiagnostics).map(shown);
  for (const d of a.filter((x) => !b.includes(x))) problems.push(`only in the whole repository: ${d}`);
  for (const d of b.filter((x) => !a.includes(x))) problems.push(`only with the file alone: ${d}`);
  return problems;
}

export const fleetScopedRules = allRules.filter((r) => r.scope !== 'file');

/** What breaks the round trip in the repository at `cwd` (empty: it holds). */
export async function roundTripProblems(cwd: string, patterns: string[] = [], noConfigLookup = true): Promise<string[]> {
  const config = resolveConfig(cwd, { noConfigLookup }, knownRuleIds);
  const found = await discover({ patterns, cwd, ignores: config.ignores });
  const readFiles = readAll(found.files, { maxFileSize: config.maxFileSize });
  const failures: ReaderFailure[] = [];
  const original = emptyFacts();
  const kept = emptyFacts();
  for (const f of readFiles) {
    const facts = emptyFacts();
    await readFileFacts(f, facts, failures);
    const back = guardFacts(decodePlain(encodePlain(plainFacts(facts))) as Partial<Facts>);
    for (const kind of Object.keys(original) as Array<keyof Facts>) {
      (original[kind] as unknown[]).push(...facts[kind]);
      (kept[kind] as unknown[]).push(...((back[kind] ?? []) as unknown[]));
    }
  }
  const run = (facts: Facts) => runRules(fleetScopedRules, buildFleet({ cwd, config, readFiles, discoverProblems: found.problems, facts }), config);
  const a = run(original);
  const b = run(kept);
  const problems = b.ruleFailures.map((f) => `${f.ruleId} fails on the cached facts: ${f.error.message}`);
  const x = [...a.diagnostics].sort(compareDiagnostics).map(shown);
  const y = [...b.diagnostics].sort(compareDiagnostics).map(shown);
  for (const d of x.filter((v) => !y.includes(v))) problems.push(`only from the readers' facts: ${d}`);
  for (const d of y.filter((v) => !x.includes(v))) problems.push(`only from the cached facts: ${d}`);
  return problems;
}
