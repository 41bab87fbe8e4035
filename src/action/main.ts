/**
 * The GitHub Action: inputs → the same `lint()` the CLI runs → annotations, job summary,
 * SARIF, outputs and the step's status. No check lives here.
 */
import { randomUUID } from 'node:crypto';
import { plural } from '../formatters/shared.js';
import { statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as core from '@actions/core';
import { EXIT_CLEAN, EXIT_ERROR, exitCodeFor } from '../cli/main.js';
import { lineReader } from '../cli/line-reader.js';
import { UsageError } from '../config/load.js';
import { lint, type LintResult } from '../engine/lint.js';
import { writeOutputFile } from '../engine/write-file.js';
import { countBySeverity, type Counts } from '../core/report-order.js';
import { sarif } from '../formatters/sarif.js';
import { stylish } from '../formatters/stylish.js';
import type { FormatterContext } from '../formatters/types.js';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { VERSION } from '../core/version.js';
import { ANNOTATIONS_PER_KIND, annotationProperties, planAnnotations } from './annotations.js';
import { changedFiles } from './changed-files.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { rebaseDiagnostics, rebasePath } from './paths.js';
import { renderJobSummary } from './summary.js';
import { fleetView, mapViewFiles } from '../model/fleet-view.js';

/** GitHub code scanning rejects a SARIF upload larger than this, gzip-compressed. */
export const SARIF_MAX_GZIP_BYTES = 10 * 1024 * 1024;

const ANNOTATE: Record<Severity, (message: string, props: core.AnnotationProperties) => void> = {
  error: core.error,
  warning: core.warning,
  info: core.notice,
};
const KIND_NAME: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function countsText(c: Counts): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}`;
}

/**
 * Prints text that holds anything from outside the Action's own words (file contents and names, the
 * working directory, paths from inputs, error messages) with workflow commands switched off, so no
 * line of it is run as one: the runner ignores every command until `::<token>::`, and the token is
 * random. (`core.info` would print the text raw: a `\n::add-mask::…` or a `##[set-output …]` in a
 * folder name would run.)
 */
function logUntrusted(text: string): void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n${text}\n::${token}::\n`);
}

/** One log line that names outside values: line breaks shown as `\n`/`\r`, printed as untrusted. */
function logLine(text: string): void {
  logUntrusted(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

/** The one-line reason for a failed step, or undefined when the run passes. */
function failureReason(result: LintResult, counts: Counts, inputs: ActionInputs, exitCode: number): string | undefined {
  if (result.readerFailures.length > 0) {
    const f = result.readerFailures[0];
    const more = result.readerFailures.length > 1 ? ` (and ${result.readerFailures.length - 1} more)` : '';
    return `logtail-lint: internal error in the ${f.reader} reader on ${f.file}: ${f.error.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}${more}. Please report it.`;
  }
  if (result.ruleFailures.length > 0) {
    const f = result.ruleFailures[0];
    const more = result.ruleFailures.length > 1 ? ` (and ${result.ruleFailures.length - 1} more rules)` : '';
    return `logtail-lint: internal error in rule ${f.ruleId}: ${f.error.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '')}${more}. Please report it.`;
  }
  if (exitCode === EXIT_CLEAN) return undefined;
  // The counts at or above the threshold, most severe first; zero counts left out.
  const levels: Array<[number, string]> = [[counts.errors, 'error']];
  if (inputs.failOn === 'warning' || inputs.failOn === 'info') levels.push([counts.warnings, 'warning']);
  if (inputs.failOn === 'info') levels.push([counts.infos, 'info']);
  const parts = levels.filter(([n]) => n > 0).map(([n, noun]) => plural(n, noun));
  if (parts.length > 0) return `logtail-lint found ${parts.join(', ')} (fail-on: ${inputs.failOn}).`;
  return `logtail-lint found ${plural(counts.warnings, 'warning')}, more than max-warnings (${inputs.maxWarnings}).`;
}

function lineUrlFor(env: NodeJS.ProcessEnv): ((file: string, line: number) => string) | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  if (!server || !repo || !sha) return undefined;
  return (file, line) => `${server}/${repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

/** Runs the Action in this process; returns the exit code it reports (0, 1 or 2). */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const cwd = path.resolve(workspace, inputs.workingDirectory);
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`working-directory "${inputs.workingDirectory}" is not a folder in ${workspace}.`);
    }
    const result = await lint({ cwd, patterns: inputs.paths, overrides: { configFile: inputs.config }, baseline: inputs.baseline });
    if (result.unmatched.length > 0) {
      throw new UsageError(
        `No files matching "${result.unmatched[0]}" were found in ${inputs.workingDirectory} (logtail-lint reads ilogtail_config.json, user_defined_id, users/, app_info.json, Terraform, ROS, Kubernetes and SLS JSON/YAML, and install scripts). Check the paths input.`,
      );
    }
    return await report(result, inputs, workspace, env);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    if (e.stack) core.debug(e.stack);
    core.setOutput('exit-code', EXIT_ERROR);
    const message = e.message.replace(/\s+/g, ' ').trim();
    core.setFailed(e instanceof UsageError ? `logtail-lint: ${message}` : `logtail-lint: internal error: ${message.replace(/\.$/, '')}. Please report it.`);
    return EXIT_ERROR;
  }
}

async function report(result: LintResult, inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv): Promise<number> {
  // Every path GitHub sees is relative to the repository root, whatever folder was linted.
  const diagnostics = rebaseDiagnostics(result.diagnostics, result.cwd, workspace);
  const originalFile = new Map(diagnostics.map((d, i) => [d.file, result.diagnostics[i].file]));
  const readLine = lineReader(result);
  const ctx: FormatterContext = {
    cwd: workspace,
    rules: result.rules,
    toolVersion: VERSION,
    color: !env.NO_COLOR,
    getLine: (file, line) => readLine(originalFile.get(file) ?? file, line),
    filesLinted: result.filesLinted,
  };
  const counts = countBySeverity(diagnostics);
  const exitCode = result.ruleFailures.length > 0 || result.readerFailures.length > 0 ? EXIT_ERROR : exitCodeFor(result.diagnostics, inputs.failOn, inputs.maxWarnings);

  logLine(`logtail-lint ${VERSION}: ${plural(result.filesLinted, 'file')} checked in ${inputs.workingDirectory}: ${countsText(counts)}.`);
  if (diagnostics.length > 0) logUntrusted(stylish(diagnostics, ctx));
  for (const f of result.readerFailures) core.debug(`reader ${f.reader} failed on ${f.file}: ${f.error.stack ?? f.error.message}`);
  for (const f of result.ruleFailures) core.debug(`rule ${f.ruleId} failed: ${f.error.stack ?? f.error.message}`);

  const notes: string[] = [];
  if (result.baseline) notes.push(baselineNote(result.baseline, workspace));
  const baselined = rebaseDiagnostics(result.baselined, result.cwd, workspace);
  if (inputs.sarifFile) writeSarif(path.resolve(workspace, inputs.sarifFile), diagnostics, { ...ctx, color: false, ...(result.baseline ? { baselined } : {}) });
  const reason = failureReason(result, counts, inputs, exitCode);
  // setFailed's own ::error:: is one of GitHub's 10 error annotations per step: keep it a slot.
  if (inputs.annotations) notes.push(...annotate(diagnostics, inputs, result.cwd, workspace, env, reason ? 1 : 0));
  if (reason) notes.push(reason);
  if (env.GITHUB_STEP_SUMMARY) {
    // The fleet view goes under the findings, with paths from the repository root like theirs.
    const view = mapViewFiles(fleetView(result.fleet), (f) => rebasePath(f, result.cwd, workspace));
    const text = renderJobSummary({ diagnostics, counts, rules: result.rules, filesLinted: result.filesLinted, notes, lineUrl: lineUrlFor(env), view });
    try {
      await core.summary.addRaw(text).write();
    } catch (err) {
      // The findings are in the log and annotations already; a lost summary should not hide them.
      core.warning(`Could not write the job summary: ${(err as Error).message}`);
    }
  }

  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  core.setOutput('sarif-file', inputs.sarifFile ? path.resolve(workspace, inputs.sarifFile) : '');
  core.setOutput('exit-code', exitCode);
  if (reason) core.setFailed(reason);
  return exitCode;
}

/** Sends the annotations GitHub will show; returns what the log and summary should say about the rest. */
function annotate(diagnostics: Diagnostic[], inputs: ActionInputs, cwd: string, workspace: string, env: NodeJS.ProcessEnv, errorSlotsTaken: number): string[] {
  const notes: string[] = [];
  let changed: Set<string> | undefined;
  if (inputs.onlyChanged) {
    const found = changedFiles(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH, cwd, workspace);
    if (found.ok) {
      changed = found.files;
      notes.push(`only-changed: annotating findings in the ${plural(found.files.size, 'file')} this change touches (${found.how}).`);
    } else {
      notes.push(`only-changed: cannot tell which files changed (${found.reason}), so every finding is annotated.`);
    }
  }
  const plan = planAnnotations(diagnostics, changed, ANNOTATIONS_PER_KIND, errorSlotsTaken);
  for (const d of plan.annotate) ANNOTATE[d.severity](d.message, annotationProperties(d));
  const over = (['error', 'warning', 'info'] as const).filter((s) => plan.overLimit[s] > 0);
  if (over.length > 0) {
    const total = over.reduce((n, s) => n + plan.overLimit[s], 0);
    notes.push(
      `${plural(total, 'finding')} (${over.map((s) => plural(plan.overLimit[s], KIND_NAME[s])).join(', ')}) ${total === 1 ? 'was' : 'were'} not annotated: GitHub shows at most ${ANNOTATIONS_PER_KIND} annotations of each kind per step (the failure message takes one error slot), so the most severe were annotated first. The step log and the job summary list every finding.`,
    );
  }
  if (plan.unchanged > 0) notes.push(`${plural(plan.unchanged, 'finding')} in files this change does not touch ${plan.unchanged === 1 ? 'was' : 'were'} not annotated.`);
  for (const n of notes) logLine(n);
  return notes;
}

/** What the log and the summary say about the baseline: its findings are left out of everything but SARIF. */
function baselineNote(b: NonNullable<LintResult['baseline']>, workspace: string): string {
  const stale =
    b.stale === 0
      ? ''
      : ` ${plural(b.stale, 'finding')} of the baseline no longer ${b.stale === 1 ? 'occurs' : 'occur'}: run \`logtail-lint --write-baseline\` to drop ${b.stale === 1 ? 'it' : 'them'}.`;
  return `baseline: ${plural(b.matched, 'finding')} recorded in ${rebasePath(b.file, workspace, workspace)} ${b.matched === 1 ? 'is' : 'are'} not reported.${stale}`;
}

function writeSarif(file: string, diagnostics: Diagnostic[], ctx: FormatterContext): void {
  const text = `${sarif(diagnostics, ctx)}\n`;
  try {
    // Replaces a symlink the repository put there instead of following it (src/engine/write-file.ts).
    writeOutputFile(file, text, ctx.cwd);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new UsageError(`cannot write sarif-file ${path.relative(ctx.cwd, file)} (${e.code === 'ESYMLINKOUT' ? e.message : (e.code ?? e)}).`);
  }
  const gz = gzipSync(text).length;
  logLine(`Wrote SARIF to ${file} (${plural(diagnostics.length, 'result')}, ${(gz / 1024).toFixed(0)} KiB gzip-compressed).`);
  if (gz > SARIF_MAX_GZIP_BYTES) {
    core.warning(`The SARIF file is ${(gz / 1024 / 1024).toFixed(1)} MiB gzip-compressed; GitHub code scanning rejects uploads over 10 MiB.`);
  }
}
