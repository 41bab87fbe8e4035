/**
 * The pipeline (./pipeline.ts) with a cache (./cache.ts): a file whose entry is still good is
 * not read, parsed or judged by the file-scoped rules again; its plain facts and its findings
 * come from the entry. Files that changed (or are new) are read and parsed, and the file-scoped
 * rules run on them alone (a model of just those files; src/rules/types.ts says why that gives
 * the same findings). The model and the fleet-scoped rules run over every file, with the facts
 * the cache kept, so a changed machine group still re-checks every host; only when no file,
 * the configuration and discovery's problems are all as in the run that computed them are the
 * fleet-scoped findings taken from the cache (the model is then built only if asked for). The
 * findings are the same as without the cache (test/engine/cache.test.ts).
 */
import type { Diagnostic } from '../core/diagnostic.js';
import type { ReadFile, SourceFile } from '../core/source-file.js';
import { emptyFacts, type Facts } from '../facts/index.js';
import { buildFleet, type Fleet } from '../model/fleet.js';
import { allRules } from '../rules/index.js';
import { fleetSignature, type LintCache, type Lookup } from './cache.js';
import { runRules, type PipelineInput, type PipelineResult, type RuleFailure } from './pipeline.js';
import { readFileFacts, readOne, type ReaderFailure } from './read.js';

export interface CachedPipelineResult extends PipelineResult {
  /** The text of any file of the run: the model's for files read this time, read again from disk for files taken from the cache. */
  sourceOf(file: string): SourceFile | undefined;
  /** Files taken from the cache (not read this time). */
  cachedFiles: number;
}

export async function runCachedPipeline(input: PipelineInput, cache: LintCache): Promise<CachedPipelineResult> {
  const { cwd, config } = input;
  const rules = input.rules ?? allRules;
  const fileRules = rules.filter((r) => r.scope === 'file');
  const fleetRules = rules.filter((r) => r.scope !== 'file');
  const options = { maxFileSize: config.maxFileSize };
  const order = new Map(rules.map((r, i) => [r.id, i]));

  const found: Lookup[] = input.files.map((file) => cache.lookup(file, options));
  const readFiles: ReadFile[] = found.map((f) => f.read);

  // Fresh files: read into facts, judged by the file-scoped rules alone, remembered per file.
  const readerFailures: ReaderFailure[] = [];
  const freshFacts = new Map<Lookup, Facts>();
  for (const f of found) {
    if (f.hit) continue;
    const facts = emptyFacts();
    const failed = readerFailures.length;
    await readFileFacts(f.read, facts, readerFailures);
    freshFacts.set(f, facts);
    // A file a reader failed on is not kept: the next run must fail on it too.
    if (readerFailures.length > failed) f.hash = undefined;
  }
  const fresh = found.filter((f): f is Extract<Lookup, { hit: false }> => !f.hit);

  // A file the cache answered for is read again when something needs its text (a code frame, a fix, a rule).
  const reread = new Map<string, SourceFile | undefined>();
  const byPath = new Map(input.files.map((f, i) => [f.path, i]));
  const sourceOf = (file: string): SourceFile | undefined => {
    const i = byPath.get(file);
    if (i === undefined) return undefined;
    if (!found[i].hit) return found[i].read.source;
    if (!reread.has(file)) reread.set(file, readOne(input.files[i], options).source);
    return reread.get(file);
  };
  // The model over every file, built when the fleet-scoped rules need it (or the caller asks).
  let fleet: Fleet | undefined;
  const model = (): Fleet =>
    (fleet ??= buildFleet({ cwd, config, readFiles, discoverProblems: input.discoverProblems, facts: merge(found.map((f) => (f.hit ? f.facts() : freshFacts.get(f)!))), sourceOf }));
  // With every file fresh (no cache yet), the model of the fresh files is the whole model: built once.
  const fileRun =
    fresh.length === 0 ? { diagnostics: [], ruleFailures: [] } : runFileRules(fresh, freshFacts, input, fileRules, fresh.length === found.length ? model() : undefined);
  const cachedFindings = found.flatMap((f) => (f.hit ? f.findings() : []));
  const signature = fleetSignature(
    found.map((f, i) => ({ file: input.files[i], hash: f.hash })),
    input.discoverProblems,
  );
  const memo = signature === undefined || readerFailures.length > 0 ? undefined : cache.fleetFindings(signature);
  let fleetRun: { diagnostics: Diagnostic[]; ruleFailures: RuleFailure[] };
  if (memo) {
    fleetRun = { diagnostics: memo, ruleFailures: [] };
  } else {
    fleetRun = runRules(fleetRules, model(), config);
    if (signature !== undefined && fleetRun.ruleFailures.length === 0 && readerFailures.length === 0) cache.keepFleetFindings(signature, fleetRun.diagnostics);
  }

  return {
    diagnostics: [...fileRun.diagnostics, ...cachedFindings, ...fleetRun.diagnostics],
    get fleet() {
      return model();
    },
    readFiles,
    ruleFailures: [...fileRun.ruleFailures, ...fleetRun.ruleFailures].sort((a, b) => order.get(a.ruleId)! - order.get(b.ruleId)!),
    readerFailures,
    sourceOf,
    cachedFiles: found.length - fresh.length,
  };
}

/** The file-scoped rules on the fresh files alone (a model of just them); their findings are kept per file. */
function runFileRules(
  fresh: ReadonlyArray<Extract<Lookup, { hit: false }>>,
  facts: ReadonlyMap<Lookup, Facts>,
  input: PipelineInput,
  rules: PipelineInput['rules'] & object,
  whole: Fleet | undefined,
): { diagnostics: Diagnostic[]; ruleFailures: RuleFailure[] } {
  const freshFleet =
    whole ?? buildFleet({ cwd: input.cwd, config: input.config, readFiles: fresh.map((f) => f.read), discoverProblems: [], facts: merge(fresh.map((f) => facts.get(f)!)) });
  const run = runRules(rules, freshFleet, input.config);
  if (run.ruleFailures.length === 0) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of run.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
    for (const f of fresh) if (f.hash !== undefined) f.remember(facts.get(f)!, byFile.get(f.read.file.path) ?? []);
  }
  return run;
}

/** Per-file facts joined in file order: the lists readFacts builds for the same files. */
function merge(parts: ReadonlyArray<Partial<Facts>>): Facts {
  const facts = emptyFacts();
  for (const part of parts) {
    for (const kind in part) {
      const list = part[kind as keyof Facts] as unknown[];
      const into = facts[kind as keyof Facts] as unknown[];
      for (const f of list) into.push(f);
    }
  }
  return facts;
}
