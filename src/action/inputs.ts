/** The Action's inputs, read and checked before anything runs: a bad input is one clear line. */
import { UsageError } from '../config/load.js';
import { FAIL_LEVELS, type FailLevel } from '../cli/args.js';

export interface ActionInputs {
  /** Paths or globs, relative to `workingDirectory`. */
  paths: string[];
  /** Config file, relative to `workingDirectory`; undefined: the nearest `.logtail-lint.json`. */
  config?: string;
  /** Relative to the workspace (the repository root). */
  workingDirectory: string;
  failOn: FailLevel;
  maxWarnings?: number;
  /** Where to write SARIF, relative to the workspace; undefined: none. */
  sarifFile?: string;
  annotations: boolean;
  onlyChanged: boolean;
  /** Baseline file, relative to `workingDirectory`; undefined: the config's `baseline`, if any. */
  baseline?: string;
}

/** Reads one input by its action.yml name ('' when unset), as `@actions/core`'s `getInput` does. */
export type InputReader = (name: string) => string;


/**
 * `paths`: one per line when the value has line breaks (so a path may contain spaces), else
 * separated by spaces. Empty: the working directory.
 */
export function splitPaths(value: string): string[] {
  const parts = /[\r\n]/.test(value) ? value.split(/\r?\n|\r/) : value.split(/\s+/);
  const paths = parts.map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
  return paths.length > 0 ? paths : ['.'];
}

export function readInputs(get: InputReader): ActionInputs {
  const text = (name: string) => get(name).trim();
  const failOn = text('fail-on') || 'error';
  if (!(FAIL_LEVELS as readonly string[]).includes(failOn)) {
    throw new UsageError(`Input fail-on must be one of ${FAIL_LEVELS.join(', ')}; got "${failOn}".`);
  }
  const maxWarnings = text('max-warnings');
  if (maxWarnings !== '' && !/^\d+$/.test(maxWarnings)) {
    throw new UsageError(`Input max-warnings must be a whole number (or empty for no limit); got "${maxWarnings}".`);
  }
  return {
    paths: splitPaths(get('paths')),
    config: text('config') || undefined,
    workingDirectory: text('working-directory') || '.',
    failOn: failOn as FailLevel,
    maxWarnings: maxWarnings === '' ? undefined : Number(maxWarnings),
    sarifFile: text('sarif-file') || undefined,
    annotations: bool(text('annotations'), 'annotations', true),
    onlyChanged: bool(text('only-changed'), 'only-changed', false),
    baseline: text('baseline') || undefined,
  };
}

/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts, with a one-line error. */
function bool(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`Input ${name} must be true or false; got "${value}".`);
}
