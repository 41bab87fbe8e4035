/**
 * One family's campaign: `runs` random inputs (fast-check, seeded; shrunk on failure) and then
 * its fixed extremes. Shared by `npm run fuzz` (./run.mjs, one worker process per job) and the
 * smoke test in `npm test` (test/fuzz/smoke.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { family as familyByName } from './families.mjs';
import { extremesFor } from './extremes.mjs';
import { seedsByFamily } from './seeds.mjs';
import { checkInput, createWorkspace, displayPath } from './properties.mjs';

export const FAILURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '.failures');

/** The shrunk input on disk: its bytes, and a .json beside them saying where it goes and what broke. */
function saveFailure(input, details) {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const hash = createHash('sha256').update(input.name).update(input.bytes).digest('hex').slice(0, 12);
  const file = path.join(FAILURES_DIR, `${input.family}-${hash}.input`);
  writeFileSync(file, input.bytes);
  writeFileSync(
    `${file}.json`,
    `${JSON.stringify({ ...details, family: input.family, path: displayPath(input), nameBytes: [...input.name], seedFrom: input.seedFrom }, null, 2)}\n`,
  );
  return file;
}

/** A readable head of the input: JSON-escaped, cut at 2,000 characters. */
export function preview(input) {
  const text = new TextDecoder().decode(input.bytes);
  return `${displayPath(input)} (${input.bytes.length} bytes): ${JSON.stringify(text.slice(0, 2000))}${text.length > 2000 ? '…' : ''}`;
}

/**
 * Runs the campaign of one family. Returns { family, runs, ms, extremes: [{label, ms}], failure? },
 * failure = { seed, path, error, input, file } for the first property that did not hold.
 */
export async function fuzzFamily({ family: name, runs, seed, replayPath, extremes = true, onProgress = () => {} }) {
  const fam = familyByName(name);
  const workspace = createWorkspace();
  try {
    let done = 0;
    const started = performance.now();
    const property = fc.asyncProperty(fam.arbitrary(), async (input) => {
      await checkInput(input, workspace);
      if (++done % 500 === 0) onProgress(done);
    });
    const details = await fc.check(property, { seed, numRuns: runs, ...(replayPath ? { path: replayPath } : {}) });
    const ms = performance.now() - started;
    if (details.failed) {
      const [input] = details.counterexample;
      const error = details.errorInstance?.message ?? String(details.error);
      return {
        family: name,
        runs: details.numRuns,
        ms,
        extremes: [],
        failure: {
          seed: details.seed,
          path: details.counterexamplePath,
          error,
          preview: preview(input),
          file: saveFailure(input, { seed: details.seed, fcPath: details.counterexamplePath, error }),
        },
      };
    }
    const extremeResults = extremes ? await runExtremes(fam, workspace) : { results: [] };
    return { family: name, runs: details.numRuns, ms, extremes: extremeResults.results, ...(extremeResults.failure ? { failure: extremeResults.failure } : {}) };
  } finally {
    workspace.dispose();
  }
}

/** The fixed extremes of the family, written where its first seed goes. */
async function runExtremes(fam, workspace) {
  const { dir, name } = fam.place(seedsByFamily().get(fam.name)[0].path);
  const results = [];
  for (const extreme of extremesFor(fam.name, fam.syntax)) {
    const input = {
      family: fam.name,
      dir,
      name: Buffer.from(name),
      bytes: Buffer.from(extreme.text(), 'utf8'),
      seedFrom: `extreme ${extreme.label}`,
    };
    const started = performance.now();
    try {
      await checkInput(input, workspace, { maxFileSize: extreme.maxFileSize });
    } catch (err) {
      const error = `${extreme.label}: ${err.message}`;
      return {
        results,
        failure: {
          extreme: extreme.label,
          error,
          preview: preview({ ...input, bytes: input.bytes.subarray(0, 2000) }),
          file: saveFailure(input, { extreme: extreme.label, error }),
        },
      };
    }
    results.push({ label: extreme.label, ms: performance.now() - started });
  }
  return { results };
}
