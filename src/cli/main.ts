import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/load.js';
import { VERSION } from '../core/version.js';
import { HELP, parseCliArgs, type CliOptions, type FailLevel } from './args.js';
import { starterConfig } from './init.js';
import type { LintResult } from '../engine/lint.js';
import { SEVERITY_RANK, type Diagnostic, type RuleMeta } from '../core/diagnostic.js';
import type { ResolvedConfig } from '../config/types.js';

/** Where the CLI writes and what it knows of its environment; injectable for tests and the Action. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  stdoutIsTTY: boolean;
}

export const EXIT_CLEAN = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

const defaultIO = (): CliIO => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  cwd: currentDirectory(),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
});

/** The whole CLI: argv in, exit code out. Never throws. */
export async function main(argv: string[], ioOverrides: Partial<CliIO> = {}): Promise<number> {
  const stderr = ioOverrides.stderr ?? ((t: string) => void process.stderr.write(t));
  let debug = argv.includes('--debug');
  try {
    const io = { ...defaultIO(), ...ioOverrides };
    // `doctor` is a face of its own (src/doctor/): its options, its output, the same exit codes.
    if (argv[0] === 'doctor') return await (await import('../doctor/main.js')).doctorMain(argv.slice(1), io);
    const options = parseCliArgs(argv);
    debug = options.debug;
    return await run(options, io);
  } catch (err) {
    if (err instanceof UsageError) {
      stderr(`logtail-lint: ${err.message}\n`);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      stderr(`logtail-lint: internal error: ${e.message}\n${debug ? `${e.stack}\n` : 'Run again with --debug for the stack trace, and please report it.\n'}`);
    }
    return EXIT_ERROR;
  }
}

function currentDirectory(): string {
  try {
    return process.cwd();
  } catch (err) {
    throw new UsageError(`cannot use the current directory (${(err as NodeJS.ErrnoException).code ?? err}): was it deleted?`);
  }
}

async function run(options: CliOptions, io: CliIO): Promise<number> {
  switch (options.command) {
    case 'help':
      io.stdout(HELP);
      return EXIT_CLEAN;
    case 'version':
      io.stdout(`${VERSION}\n`);
      return EXIT_CLEAN;
    case 'init':
      return init(io);
    case 'rules':
      return (await import('./list-rules.js')).printRules(io);
    case 'regions':
      return (await import('./list-regions.js')).printRegions(io);
    default:
      return lintCommand(options, io);
  }
}

function init(io: CliIO): number {
  const target = path.join(io.cwd, '.logtail-lint.json');
  if (existsSync(target)) throw new UsageError(`${target} already exists; not overwriting it.`);
  try {
    // 'wx': never through a symlink (even a dangling one) and never over a file that appeared meanwhile.
    writeFileSync(target, starterConfig(), { flag: 'wx' });
  } catch (err) {
    throw new UsageError(`cannot write ${target} (${(err as NodeJS.ErrnoException).code ?? err}); not overwriting anything.`);
  }
  io.stdout(`Wrote ${target}. Declare your SLS projects and hosts there; see the README.\n`);
  return EXIT_CLEAN;
}

async function lintCommand(options: CliOptions, io: CliIO): Promise<number> {
  // Loaded here, not at the top, so that --version and --help start fast.
  const [{ lint }, { resolveConfig, configSearchStart }, { allRules, knownRuleIds }] = await Promise.all([
    import('../engine/lint.js'),
    import('../config/load.js'),
    import('../rules/index.js'),
  ]);
  const config = resolveConfig(
    io.cwd,
    {
      configFile: options.configFile,
      searchFrom: configSearchStart(io.cwd, options.context !== undefined ? [options.context] : options.patterns),
      noConfigLookup: options.noConfigLookup,
      rules: options.rules,
      ignores: options.ignorePatterns,
      maxFileSize: options.maxFileSize,
    },
    knownRuleIds,
  );
  if (options.quiet) quietRules(config, allRules); // errors only, as in ESLint: warning rules do not run (nor fix)
  if (options.command === 'print-config') {
    io.stdout(`${JSON.stringify(config, null, 2)}\n`);
    return EXIT_CLEAN;
  }
  const writing = options.writeBaseline !== undefined;
  const linted = await lint({
    cwd: io.cwd,
    config,
    gitignore: options.gitignore,
    fix: options.fix,
    // Writing records every finding, so an old (even a broken) baseline is not read.
    baseline: writing ? false : options.baseline,
    ...(options.cache ? { cache: { location: options.cacheLocation, strategy: options.cacheStrategy } } : {}),
    ...(options.context !== undefined ? { patterns: [options.context], reportOnly: options.patterns } : { patterns: options.patterns }),
  });
  const result = writing && !failed(linted) ? await recordBaseline(linted, options, config, io) : linted;
  if (options.errorOnUnmatchedPattern && result.unmatched.length > 0) {
    throw new UsageError(
      `No files matching "${result.unmatched[0]}" were found (logtail-lint reads ilogtail_config.json, user_defined_id, users/, app_info.json, Terraform, ROS, Kubernetes and SLS JSON/YAML, and install scripts). Use --no-error-on-unmatched-pattern to allow this.`,
    );
  }
  for (const f of result.fixed ?? []) io.stderr(`logtail-lint: fixed ${f.fixes} problem${f.fixes === 1 ? '' : 's'} in ${f.file}\n`);
  for (const f of result.notFixed ?? []) io.stderr(`logtail-lint: did not fix ${f.file}: ${f.reason}\n`);
  await writeOutputs(options, io, result, result.diagnostics);
  if (result.baseline) io.stderr(baselineNote(result.baseline, io.cwd));
  if (result.cache?.writeError) io.stderr(`logtail-lint: could not write the cache ${result.cache.file} (${result.cache.writeError}); the next run reads every file again.\n`);
  if (result.cache && options.debug) io.stderr(`logtail-lint: cache ${result.cache.file}: ${result.cache.status}; ${result.cache.cachedFiles} of ${result.filesLinted} files taken from it.\n`);
  if (failed(result)) {
    if (writing) io.stderr('logtail-lint: the baseline was not written: it would miss the findings of what failed.\n');
    for (const f of result.readerFailures) {
      io.stderr(`logtail-lint: internal error in the ${f.reader} reader on ${f.file}: ${f.error.message}\n${options.debug ? `${f.error.stack}\n` : ''}`);
    }
    for (const f of result.ruleFailures) {
      io.stderr(`logtail-lint: internal error in rule ${f.ruleId}: ${f.error.message}\n${options.debug ? `${f.error.stack}\n` : ''}`);
    }
    if (!options.debug) io.stderr('Run again with --debug for stack traces, and please report it.\n');
    return EXIT_ERROR;
  }
  return exitCodeFor(result.diagnostics, options.failOn, options.maxWarnings, io);
}

const failed = (result: LintResult) => result.ruleFailures.length > 0 || result.readerFailures.length > 0;

/** `--write-baseline`: every finding goes into the file, so none is reported and the run exits 0. */
async function recordBaseline(result: LintResult, options: CliOptions, config: ResolvedConfig, io: CliIO): Promise<LintResult> {
  const { baselineEntries, DEFAULT_BASELINE_FILE, writeBaseline } = await import('../engine/baseline.js');
  const file = path.resolve(io.cwd, options.writeBaseline || options.baseline || config.baseline || DEFAULT_BASELINE_FILE);
  const entries = baselineEntries(result.diagnostics, result.source, file, result.cwd);
  writeBaseline(file, entries);
  io.stderr(`logtail-lint: wrote ${result.diagnostics.length} finding${result.diagnostics.length === 1 ? '' : 's'} to the baseline ${relativeTo(io.cwd, file)}.\n`);
  return { ...result, diagnostics: [], baselined: result.diagnostics };
}

function baselineNote(b: NonNullable<LintResult['baseline']>, cwd: string): string {
  const where = relativeTo(cwd, b.file);
  const stale = b.stale === 0 ? '' : `; ${b.stale} of its findings no longer ${b.stale === 1 ? 'occurs' : 'occur'} (run --write-baseline to drop them)`;
  return `logtail-lint: ${b.matched} finding${b.matched === 1 ? '' : 's'} matched the baseline ${where} and ${b.matched === 1 ? 'is' : 'are'} not reported${stale}.\n`;
}

const relativeTo = (cwd: string, file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;

async function writeOutputs(options: CliOptions, io: CliIO, result: LintResult, diagnostics: Diagnostic[]): Promise<void> {
  const { formatters } = await import('../formatters/index.js');
  const { lineReader } = await import('./line-reader.js');
  const color = options.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR && io.env.FORCE_COLOR !== '0');
  // The fleet view only for the formats that show it: a 50k-file run need not build it for stylish.
  const fleetView = options.outputs.some((t) => t.format === 'summary' || t.format === 'html') ? (await import('../model/fleet-view.js')).fleetView(result.fleet) : undefined;
  for (const target of options.outputs) {
    const body = formatters[target.format](diagnostics, {
      cwd: result.cwd,
      rules: result.rules,
      toolVersion: VERSION,
      color: target.file === undefined && color,
      getLine: lineReader(result),
      filesLinted: result.filesLinted,
      suppressed: result.suppressed,
      fleetView,
      outputDir: target.file === undefined ? undefined : path.dirname(path.resolve(io.cwd, target.file)),
      ...(result.baseline ? { baseline: result.baseline, baselined: result.baselined } : {}),
    });
    const text = body === '' ? '' : `${body}\n`;
    if (target.file === undefined) {
      io.stdout(target.format === 'stylish' && io.env.GITHUB_ACTIONS === 'true' && text !== '' ? withoutWorkflowCommands(text) : text);
    } else {
      const file = path.resolve(io.cwd, target.file);
      const { writeOutputFile } = await import('../engine/write-file.js');
      try {
        writeOutputFile(file, text, io.cwd);
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        throw new UsageError(`cannot write --output-file ${target.file} (${e.code === 'ESYMLINKOUT' ? e.message : (e.code ?? e)}).`);
      }
    }
  }
}

/**
 * In a GitHub Actions step the runner reads stdout for workflow commands, and stylish quotes file
 * names and contents: a folder named `::add-mask::x`, or `##[set-output …]` in a value, would run.
 * Switch commands off around it (the runner ignores every command until `::<token>::`, and the token
 * is random), as the Action does. The machine formats are meant for `-o` files or pipes.
 */
function withoutWorkflowCommands(text: string): string {
  const token = crypto.randomUUID();
  return `::stop-commands::${token}\n${text}::${token}::\n`;
}

/** `--quiet`: every rule whose severity is not error is turned off for this run. */
function quietRules(config: ResolvedConfig, rules: readonly RuleMeta[]): void {
  for (const rule of rules) {
    const own = config.rules[rule.id] ?? rule.severity;
    if (own !== 'error') config.rules[rule.id] = 'off';
    // A former ID decides for its findings: off unless it is set to error (then its findings still show).
    for (const id of rule.formerIds ?? []) if ((config.rules[id] ?? own) !== 'error') config.rules[id] = 'off';
  }
}

/** 0 clean, 1 at or above the fail level (or over --max-warnings). */
export function exitCodeFor(diagnostics: readonly Diagnostic[], failOn: FailLevel, maxWarnings: number | undefined, io?: CliIO): number {
  const threshold = failOn === 'never' ? Infinity : SEVERITY_RANK[failOn];
  if (diagnostics.some((d) => SEVERITY_RANK[d.severity] >= threshold)) return EXIT_FINDINGS;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings && failOn !== 'never') {
    io?.stderr(`logtail-lint found too many warnings (${warnings}; maximum: ${maxWarnings}).\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_CLEAN;
}
