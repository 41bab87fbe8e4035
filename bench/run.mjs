#!/usr/bin/env node
// npm run bench -- [--sizes 1k,10k,50k,config-10k,config-5mb,ip-100k] [--runs 5] [--json]
//                  [--seed N] [--schema PATH] [--cold-runs 20]
// Times the floor, ajv-cli and logtail-lint side by side on generated repos (bench/generate.mjs),
// each as a child process, and prints medians, ratios and a PASS/FAIL line per target.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { oneHostMoved } from './lib/cache-change.mjs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CASES, DEFAULT_SEED, WORK_DIR, describe, ensureRepo } from './generate.mjs';
import { cpuSnapshot, machineInfo, otherCpu } from './lib/machine.mjs';
import { measureNode, rssMethod } from './lib/measure.mjs';
import { evaluateTargets, formatTable } from './lib/report.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH_DIR, '..');
const LINT_BIN = path.join(ROOT, 'bin/logtail-lint.js');
const AJV_CLI = path.join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const DEFAULT_SCHEMA = path.join(ROOT, 'schemas/ilogtail_config.schema.json');

const { values: opts } = parseArgs({
  options: {
    sizes: { type: 'string', default: Object.keys(CASES).join(',') },
    runs: { type: 'string', default: '5' },
    'cold-runs': { type: 'string', default: '20' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    schema: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const runs = Number(opts.runs);
const seed = Number(opts.seed);
const cases = opts.sizes
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const log = (msg) => process.stderr.write(`${msg}\n`);

/** The three tools as [name, node argv] run in the repo; ajv-cli only where there are agent configs. */
function tools(caseName, lintOut, schema) {
  return [
    ['floor', [path.join(BENCH_DIR, 'floor.mjs'), '.']],
    // The command a team would script instead; --strict=false lets the schema's annotations through.
    ['ajv', [AJV_CLI, 'validate', '--spec=draft2020', '--strict=false', '-s', schema, '-d', '**/ilogtail_config.json']],
    // --no-config-lookup: a .logtail-lint.json above bench/.work must not change what runs.
    ['lint', [LINT_BIN, '--no-config-lookup', '--format', 'json', '-o', lintOut, '.']],
  ].filter(([name]) => name !== 'ajv' || caseName !== 'ip-100k');
}

async function main() {
  for (const [flag, n] of [
    ['--runs', runs],
    ['--cold-runs', Number(opts['cold-runs'])],
    ['--seed', seed],
  ]) {
    if (!Number.isInteger(n) || n < (flag === '--seed' ? 0 : 1)) fail(`${flag} expects a whole number${flag === '--seed' ? '' : ' of at least 1'}`);
  }
  const unknown = cases.filter((c) => !CASES[c]);
  if (unknown.length) fail(`unknown size(s) ${unknown.join(', ')}; known: ${Object.keys(CASES).join(', ')}`);
  if (!existsSync(path.join(ROOT, 'dist/cli.js'))) fail('dist/cli.js is missing: run `npm run build` first.');
  const stale = newestMtime(path.join(ROOT, 'src')) > statSync(path.join(ROOT, 'dist/cli.js')).mtimeMs;
  if (stale) log('warning: src/ is newer than dist/cli.js; you are timing an old build (npm run build).');
  const schema = path.resolve(opts.schema ?? DEFAULT_SCHEMA);
  if (!existsSync(schema)) fail(`ajv-cli schema ${path.relative(ROOT, schema)} not found (pass --schema PATH while it is being written).`);
  mkdirSync(WORK_DIR, { recursive: true });

  const machine = machineInfo();
  const cpuBefore = cpuSnapshot();
  log(`peak RSS via ${rssMethod() === 'gnu-time' ? '/usr/bin/time -f %M' : 'a --import preload reading process.resourceUsage().maxRSS'}; ${runs} timed runs (+1 warm-up) per tool`);
  const results = {};
  for (const c of cases) results[c] = await benchCase(c, schema);
  const coldStart = await benchColdStart(Number(opts['cold-runs']));
  machine.loadAfter = os.loadavg().map((l) => +l.toFixed(2));
  machine.otherCpu = otherCpu(cpuBefore, cpuSnapshot(), machine.nproc);

  const report = { date: new Date().toISOString(), machine, rssMethod: rssMethod(), runs, seed, schema: path.relative(ROOT, schema), staleBuild: stale, cases: results, coldStart };
  report.targets = evaluateTargets(report);
  writeFileSync(path.join(WORK_DIR, 'last-run.json'), JSON.stringify(report, null, 2) + '\n');
  if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else process.stdout.write(formatTable(report) + '\n');
  process.exitCode = report.targets.some((t) => t.status === 'FAIL') ? 1 : 0;
}

async function benchCase(caseName, schema) {
  const repo = ensureRepo(caseName, { seed, log });
  log(describe(caseName, repo));
  const lintOut = path.join(WORK_DIR, `${caseName}.lint.json`);
  const tl = tools(caseName, lintOut, schema);
  const samples = Object.fromEntries(tl.map(([name]) => [name, []]));
  const result = { filesOnDisk: repo.total, agentConfigs: repo.counts['ilogtail_config.json'] ?? 0, notes: [] };

  // Warm-up: fills the page cache evenly, and its output is checked (the timed runs discard theirs).
  for (const [name, argv] of tl) {
    const r = await runChecked(name, argv, repo.dir, true);
    if (name === 'floor') Object.assign(result, { filesRead: JSON.parse(r.stdout).files, floorParsed: JSON.parse(r.stdout).parsed });
    if (name === 'ajv') result.ajvValidated = countAjv(r);
    if (name === 'lint') Object.assign(result, lintSummary(lintOut));
  }
  if (result.filesLinted !== result.filesRead) result.notes.push(`floor read ${result.filesRead} files but logtail-lint linted ${result.filesLinted}`);
  if (result.ajvValidated !== undefined && result.ajvValidated !== result.agentConfigs)
    result.notes.push(`ajv-cli validated ${result.ajvValidated} of ${result.agentConfigs} agent configs`);
  if (result.tooLarge) result.notes.push('logtail-lint skipped a file as too large: its time does not include parsing it');

  const cache = CASES[caseName].kind === 'mixed' ? await cacheScenario(caseName, repo.dir) : undefined;

  // Timed runs, the tools interleaved so that a burst of load from other processes hits all three.
  for (let i = 0; i < runs; i++) {
    for (const [name, argv] of tl) {
      const r = await runChecked(name, argv, repo.dir, false);
      samples[name].push({ ms: r.ms, rssMB: r.rssMB });
    }
    const cached = cache ? await cache.round() : '';
    log(`  ${caseName} run ${i + 1}/${runs}: ${tl.map(([n]) => `${n} ${Math.round(samples[n].at(-1).ms)} ms`).join(', ')}${cached}`);
  }
  for (const [name] of tl) result[name] = summarize(samples[name]);
  if (cache) result.cache = cache.summary();
  return result;
}

/**
 * logtail-lint --cache on a mixed repo, timed like the lint runs (one process each, JSON to a
 * file): a cold run (no cache file), a re-run with nothing changed, and a re-run after one host's
 * ilogtail_config.json moved to another region (written in place; it changes that host's joins).
 * Each run's JSON report must be byte-identical to an uncached run on the same files.
 */
async function cacheScenario(caseName, dir) {
  // Outside the tree, so it is not one more file for the floor and ajv-cli to walk.
  const cacheFile = path.join(WORK_DIR, `${caseName}.lint-cache`);
  const out = path.join(WORK_DIR, `${caseName}.cache-run.json`);
  const argv = (cached) => [LINT_BIN, '--no-config-lookup', '--format', 'json', '-o', out, ...(cached ? ['--cache', '--cache-location', cacheFile] : []), '.'];
  const { file: changed, original, moved } = oneHostMoved(dir);
  const restore = () => writeFileSync(changed, original);
  process.on('exit', restore);
  // What an uncached run reports for each state of the file.
  const reference = {};
  for (const [state, text] of [
    ['original', original],
    ['moved', moved],
  ]) {
    writeFileSync(changed, text);
    await runChecked('lint', argv(false), dir, false);
    reference[state] = readFileSync(out, 'utf8');
  }
  restore();
  const samples = { cold: [], unchanged: [], changed: [] };
  const mismatches = [];
  const timed = async (scenario, state) => {
    const r = await runChecked('lint --cache', argv(true), dir, false);
    samples[scenario].push({ ms: r.ms, rssMB: r.rssMB });
    if (readFileSync(out, 'utf8') !== reference[state]) mismatches.push(scenario);
    return Math.round(r.ms);
  };
  return {
    async round() {
      restore();
      rmSync(cacheFile, { force: true });
      const cold = await timed('cold', 'original');
      const unchanged = await timed('unchanged', 'original');
      writeFileSync(changed, moved);
      const one = await timed('changed', 'moved');
      restore();
      return `; --cache: cold ${cold} ms, nothing changed ${unchanged} ms, one file changed ${one} ms`;
    },
    summary: () => ({
      changedFile: path.relative(dir, changed),
      cold: summarize(samples.cold),
      unchanged: summarize(samples.unchanged),
      changed: summarize(samples.changed),
      identical: mismatches.length === 0,
      mismatches: [...new Set(mismatches)],
    }),
  };
}

/** Run one tool; exit codes other than "clean" and "findings" abort the benchmark. */
async function runChecked(name, argv, cwd, captureStdout) {
  const r = await measureNode(argv, { cwd, captureStdout });
  // 0 clean, 1 findings (logtail-lint) or schema-invalid files (ajv-cli). ajv-cli exits 2 when a
  // file is not JSON: it stops there, so its time would cover only part of the files.
  if (r.code !== 0 && !(r.code === 1 && (name === 'ajv' || name.startsWith('lint')))) {
    fail(`${name} exited ${r.code} in ${cwd}:\n  node ${argv.join(' ')}\n${r.stderr.slice(-2000)}`);
  }
  return r;
}

/** ajv-cli prints "<file> valid" on stdout and "<file> invalid" on stderr, one line per file. */
function countAjv({ stdout, stderr }) {
  return stdout.split('\n').filter((l) => l.endsWith(' valid')).length + stderr.split('\n').filter((l) => l.endsWith(' invalid')).length;
}

function lintSummary(file) {
  const out = JSON.parse(readFileSync(file, 'utf8'));
  const byRule = {};
  for (const d of out.diagnostics) byRule[d.ruleId] = (byRule[d.ruleId] ?? 0) + 1;
  return {
    filesLinted: out.summary.filesLinted,
    findings: { errors: out.summary.errors, warnings: out.summary.warnings, infos: out.summary.infos, byRule },
    tooLarge: Object.keys(byRule).some((id) => id.includes('too-large')),
  };
}

async function benchColdStart(n) {
  const node = [];
  const version = [];
  for (let i = 0; i < n; i++) {
    node.push(await runChecked('node -e 0', ['-e', '0'], ROOT, false));
    version.push(await runChecked('logtail-lint --version', [LINT_BIN, '--version'], ROOT, false));
  }
  return { runs: n, nodeE0: summarize(node), lintVersion: summarize(version) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const summarize = (samples) => ({
  medianMs: +median(samples.map((s) => s.ms)).toFixed(1),
  medianRssMB: +median(samples.map((s) => s.rssMB)).toFixed(1),
  minMs: +Math.min(...samples.map((s) => s.ms)).toFixed(1),
  maxMs: +Math.max(...samples.map((s) => s.ms)).toFixed(1),
});

function newestMtime(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) newest = Math.max(newest, statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  }
  return newest;
}

function fail(message) {
  log(`bench: ${message}`);
  process.exit(2);
}

await main();
