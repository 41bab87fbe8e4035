/**
 * The properties of one input, checked by running the built CLI (dist/, `main` with a captured
 * CliIO) on a real folder holding just that file at its realistic path.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../dist/index.js';
import { checkOutput } from './outputs.mjs';
import { lineLengths, rangeProblem } from './ranges.mjs';

export const TIME_LIMIT_MS = 2000;
export const TIME_LIMIT_BELOW_BYTES = 1024 * 1024;
export const MEMORY_LIMIT_BYTES = 1024 * 1024 * 1024;
export const ALL_FORMATS = ['json', 'sarif', 'junit'];

/** A property that did not hold; `property` names which. */
export class PropertyFailure extends Error {
  constructor(property, detail) {
    super(`${property}: ${detail}`);
    this.property = property;
  }
}

/** One temp folder per worker, reused for every input (the lint root is its repo/). */
export function createWorkspace() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'logtail-lint-fuzz-'));
  return { dir, repo: path.join(dir, 'repo'), dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Where the input's file is, relative to the workspace, as diagnostics spell it. */
export const displayPath = (input) => `repo/${input.dir}/${new TextDecoder().decode(input.name)}`;

function writeInput(workspace, input) {
  rmSync(workspace.repo, { recursive: true, force: true });
  const dir = path.join(workspace.repo, input.dir);
  mkdirSync(dir, { recursive: true });
  // A Buffer path: a users/ entry's name may be any bytes, not only UTF-8.
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), input.name]), input.bytes);
}

/** Line lengths of a file a diagnostic names: the input, another file in the tree, or a folder (only 1:1). */
function linesOf(file, input, workspace) {
  if (file === displayPath(input)) return lineLengths(input.bytes);
  const abs = path.join(workspace.dir, file);
  if (!existsSync(abs)) throw new PropertyFailure('diagnostic range', `a diagnostic names ${JSON.stringify(file)}, which is not in the tree`);
  return statSync(abs).isDirectory() ? [0] : lineLengths(readFileSync(abs));
}

function checkRanges(diagnostics, input, workspace) {
  for (const d of diagnostics) {
    for (const [file, range, what] of [[d.file, d.range, d.ruleId], ...(d.related ?? []).map((r) => [r.file, r.range, `${d.ruleId} (related)`])]) {
      const bad = rangeProblem(range, linesOf(file, input, workspace));
      if (bad) throw new PropertyFailure('diagnostic range', `${what} on ${JSON.stringify(file)} ${JSON.stringify(range)}: ${bad}`);
    }
  }
}

/**
 * Lint the input and throw a PropertyFailure for the first property that does not hold.
 * `formats`: the outputs produced and checked (JSON always: its diagnostics are checked too).
 */
export async function checkInput(input, workspace, { formats = ALL_FORMATS, maxFileSize } = {}) {
  writeInput(workspace, input);
  const stdout = [];
  const stderr = [];
  // --no-error-on-unmatched-pattern: a users/ entry named `.x` is rightly skipped, and an empty run is a usage error (exit 2), not a finding about content.
  const argv = [
    '--no-config-lookup',
    '--no-error-on-unmatched-pattern',
    ...formats.flatMap((f) => ['-f', f]),
    ...(maxFileSize ? ['--max-file-size', String(maxFileSize)] : []),
    'repo',
  ];
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let code;
  try {
    code = await main(argv, { cwd: workspace.dir, env: {}, stdoutIsTTY: false, stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) });
  } catch (err) {
    throw new PropertyFailure('uncaught exception', err?.stack ?? String(err));
  }
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  // The lesser of wall and CPU time: a busy machine stretches the wall clock, GC threads add CPU
  // time; an input the tool is really slow on exceeds both.
  const ms = Math.min(wallMs, (cpu.user + cpu.system) / 1000);
  if (code === 2) throw new PropertyFailure('exit code 2', stderr.join('').slice(0, 4000));
  if (code !== 0 && code !== 1) throw new PropertyFailure('exit code', `${code}`);
  if (input.bytes.length < TIME_LIMIT_BELOW_BYTES && ms > TIME_LIMIT_MS)
    throw new PropertyFailure(
      'time',
      `${Math.round(wallMs)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU for ${input.bytes.length} bytes (limit ${TIME_LIMIT_MS} ms of both)`,
    );
  const rss = process.resourceUsage().maxRSS * 1024;
  if (rss > MEMORY_LIMIT_BYTES) throw new PropertyFailure('memory', `peak RSS ${Math.round(rss / 2 ** 20)} MB (limit ${MEMORY_LIMIT_BYTES / 2 ** 20} MB)`);
  // main prints each format with one stdout call, in the order of the -f options.
  if (stdout.length !== formats.length) throw new PropertyFailure('output', `${stdout.length} outputs for ${formats.length} formats`);
  formats.forEach((format, i) => {
    const bad = checkOutput(format, stdout[i]);
    if (bad) throw new PropertyFailure(`${format} output`, bad);
  });
  checkRanges(JSON.parse(stdout[formats.indexOf('json')]).diagnostics, input, workspace);
  return { ms, code };
}
