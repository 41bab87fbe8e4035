/**
 * The doctor's face: options in, the step table and the linter's findings out, the linter's exit
 * codes. No check lives here: runDoctor collects and runs the rules, buildChecks folds them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../config/load.js';
import { EXIT_CLEAN, EXIT_ERROR, exitCodeFor, type CliIO } from '../cli/main.js';
import { VERSION } from '../core/version.js';
import { DOCTOR_HELP, parseDoctorArgs, type DoctorCliOptions } from './args.js';
import { buildChecks, type Check, type CheckStatus } from './checks.js';
import { localPath } from './collect/paths.js';
import { DENY_UNMAPPED_ENV, UnmappedConnectionError } from './net/connect-to.js';
import { runDoctor, type DoctorResult } from './run.js';

export async function doctorMain(argv: string[], io: CliIO): Promise<number> {
  const options = parseDoctorArgs(argv, io.cwd);
  if (options.help) {
    io.stdout(DOCTOR_HELP);
    return EXIT_CLEAN;
  }
  let result: DoctorResult;
  try {
    result = await runDoctor({
      root: options.root,
      ...(options.os ? { os: options.os } : {}),
      ...(options.repo !== undefined ? { repo: options.repo } : {}),
      offline: options.offline,
      projects: options.projects,
      cloud: options.cloud,
      ...(options.cloudEndpoint ? { cloudEndpoint: options.cloudEndpoint } : {}),
      timeoutMs: options.timeoutMs,
      connectTo: options.connectTo,
      denyUnmapped: io.env[DENY_UNMAPPED_ENV] === '1',
      ...(options.ecsRegion ? { ecsRegion: options.ecsRegion } : {}),
      notEcs: options.notEcs,
      ...(options.ecsMetadata !== undefined ? { ecsMetadata: options.ecsMetadata } : {}),
      heartbeatMaxAgeSec: options.heartbeatMaxAgeSec,
      ...(options.ca ? { ca: options.ca } : {}),
      rules: options.rules,
      env: io.env,
      cwd: io.cwd,
    });
  } catch (err) {
    if (err instanceof UnmappedConnectionError) {
      io.stderr(`logtail-lint doctor: internal error: ${err.message}\n`);
      return EXIT_ERROR;
    }
    throw err;
  }
  const checks = buildChecks(result.runtime, result.fleet, result.diagnostics, result.times, [...result.rules.keys()]);
  await writeOutputs(options, io, result, checks);
  const { ruleFailures, readerFailures } = result.pipeline;
  if (ruleFailures.length > 0 || readerFailures.length > 0) {
    for (const f of readerFailures) io.stderr(`logtail-lint doctor: internal error in the ${f.reader} reader on ${f.file}: ${f.error.message}\n${options.debug ? `${f.error.stack}\n` : ''}`);
    for (const f of ruleFailures) io.stderr(`logtail-lint doctor: internal error in rule ${f.ruleId}: ${f.error.message}\n${options.debug ? `${f.error.stack}\n` : ''}`);
    return EXIT_ERROR;
  }
  return exitCodeFor(result.diagnostics, options.failOn, undefined, io);
}

async function writeOutputs(options: DoctorCliOptions, io: CliIO, result: DoctorResult, checks: Check[]): Promise<void> {
  const { formatters } = await import('../formatters/index.js');
  const color = options.color ?? (io.stdoutIsTTY && !io.env.NO_COLOR && io.env.FORCE_COLOR !== '0');
  for (const target of options.outputs) {
    const paint = target.file === undefined && color;
    const ctx = {
      cwd: result.cwd,
      rules: result.rules,
      toolVersion: VERSION,
      color: paint,
      getLine: (file: string, line: number) => result.fleet.source(file)?.lineText(line),
      filesLinted: result.filesRead,
      suppressed: result.suppressed,
      hostFiles: { prefix: result.runtime.prefix, root: path.resolve(result.runtime.root) },
      ...(target.format === 'json' ? { checks: checks as unknown as Array<Record<string, unknown>> } : {}),
    };
    const findings = formatters[target.format](result.diagnostics, ctx);
    const body = target.format === 'stylish' ? [stepTable(result, checks, paint, options.verbose), findings].filter((s) => s !== '').join('\n\n') : findings;
    const text = body === '' ? '' : `${body}\n`;
    if (target.file === undefined) io.stdout(text);
    else {
      const file = path.resolve(io.cwd, target.file);
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      } catch (err) {
        throw new UsageError(`cannot write --output-file ${target.file} (${(err as NodeJS.ErrnoException).code ?? err}).`);
      }
    }
  }
}

const MARK: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✗', skip: '-' };
const COLOR: Record<CheckStatus, number> = { pass: 32, warn: 33, fail: 31, skip: 2 };

/** flutter doctor's shape: one `[✓]` line per step, then a one-line verdict. */
export function stepTable(result: DoctorResult, checks: readonly Check[], color: boolean, verbose: boolean): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[${code === 2 ? 22 : 39}m` : s);
  const lines = [header(result)];
  for (const c of checks) {
    const step = c.step === null ? ' ' : String(c.step);
    const rules = c.status === 'warn' || c.status === 'fail' ? [...new Set(((c.evidence.findings as Array<{ ruleId: string }>) ?? []).map((f) => f.ruleId))].join(', ') : '';
    const time = verbose ? ` [${c.durationMs} ms]` : '';
    lines.push(`${paint(COLOR[c.status], `[${MARK[c.status]}]`)} ${step} ${c.title.padEnd(17)} ${safe(c.summary)}${rules ? `  ${paint(2, rules)}` : ''}${time}`);
  }
  const count = (s: CheckStatus) => checks.filter((c) => c.status === s).length;
  const [pass, fail, warn, skip] = [count('pass'), count('fail'), count('warn'), count('skip')];
  const verdict =
    fail + warn === 0
      ? `• No issues found: ${pass} passed${skip > 0 ? `, ${skip} not checked` : ''}.`
      : `${fail > 0 ? '✗' : '!'} Doctor found issues in ${fail + warn} check${fail + warn === 1 ? '' : 's'}: ${fail} failing, ${warn} warning, ${pass} passed${skip > 0 ? `, ${skip} not checked` : ''}.`;
  lines.push('', verdict);
  if (verbose) lines.push(`  collected in ${result.times.total} ms (files ${result.times.files}, /proc ${result.times.proc}, log ${result.times.log}, network ${result.times.network}, ECS ${result.times.ecs}, cloud ${result.times.cloud}, rules ${result.times.rules})`);
  return lines.join('\n');
}

/** `logtail-lint doctor  web-01 · 192.168.7.10 · Logtail 1.8.7 · /usr/local/ilogtail`. */
function header(result: DoctorResult): string {
  const rt = result.runtime;
  const bundle = result.fleet.bundles.find((b) => b.id === rt.bundleId);
  const appInfo = bundle?.facts.appInfos[0];
  const known = (v: { known: boolean; value?: unknown } | undefined) => (v?.known && typeof v.value === 'string' && v.value !== '' ? v.value : undefined);
  let hostname = known(appInfo?.hostname);
  if (!hostname && rt.os === 'linux') {
    try {
      hostname = readFileSync(localPath(rt.root, '/etc/hostname'), 'utf8').trim() || undefined;
    } catch {
      // none
    }
  }
  const inst = rt.installs[0];
  const version = known(appInfo?.version) ?? inst?.binaryTarget?.replace(/^.*_/, '');
  const product = inst ? (inst.product === 'ilogtail' ? 'Logtail' : 'LoongCollector') : undefined;
  const parts = [hostname, bundle?.reportedIp?.value, product && [product, version].filter(Boolean).join(' '), inst?.dir.replace(/^host:/, ''), rt.root === '/' ? undefined : `root ${rt.root}`].filter((p): p is string => !!p);
  return safe(`logtail-lint doctor  ${parts.join(' · ') || 'no agent found'}`);
}

const safe = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\r\n]/g, ' ');

