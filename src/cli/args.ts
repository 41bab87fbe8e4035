import { parseArgs } from 'node:util';
import { UsageError, normalizeSeverity } from '../config/load.js';
import type { SeveritySetting } from '../core/diagnostic.js';

export { FORMAT_NAMES, type FormatName } from '../formatters/names.js';
import { FORMAT_NAMES, type FormatName } from '../formatters/names.js';
export const FAIL_LEVELS = ['error', 'warning', 'info', 'never'] as const;
/** ESLint's names (src/engine/cache.ts: CACHE_STRATEGIES). */
export const CACHE_STRATEGY_NAMES = ['metadata', 'content'] as const;
export type CacheStrategyName = (typeof CACHE_STRATEGY_NAMES)[number];
export type FailLevel = (typeof FAIL_LEVELS)[number];

export interface OutputTarget {
  format: FormatName;
  /** Undefined: standard output. */
  file?: string;
}

export interface CliOptions {
  command: 'lint' | 'rules' | 'regions' | 'init' | 'help' | 'version' | 'print-config';
  patterns: string[];
  outputs: OutputTarget[];
  configFile?: string;
  noConfigLookup: boolean;
  rules: Record<string, SeveritySetting>;
  ignorePatterns: string[];
  gitignore: boolean;
  maxFileSize?: number;
  failOn: FailLevel;
  maxWarnings?: number;
  quiet: boolean;
  context?: string;
  errorOnUnmatchedPattern: boolean;
  color?: boolean;
  debug: boolean;
  fix: boolean;
  /** `--baseline FILE`: report only findings that are not in it. */
  baseline?: string;
  /** `--write-baseline[=FILE]`: record every finding there; '' for the default file. */
  writeBaseline?: string;
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy: CacheStrategyName;
}

const OPTIONS = {
  format: { type: 'string', short: 'f', multiple: true },
  'output-file': { type: 'string', short: 'o', multiple: true },
  config: { type: 'string', short: 'c' },
  'no-config-lookup': { type: 'boolean' },
  'print-config': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-gitignore': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'fail-on': { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  context: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  debug: { type: 'boolean' },
  fix: { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string' },
  init: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Turn argv (without node and script) into options; throws UsageError on anything off. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    // --write-baseline takes its file only as `--write-baseline=FILE`: a bare one is followed by paths to lint.
    const args = argv.map((a) => (a === '--write-baseline' ? '--write-baseline=' : a));
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    // node's messages run to several lines of advice; the first says what is wrong.
    const first = (err as Error).message.split('\n')[0].replace(/\.$/, '');
    throw new UsageError(`${first}. Run \`logtail-lint --help\` for usage.`);
  }
  const { values, positionals, tokens } = parsed;
  let command: CliOptions['command'] = 'lint';
  const patterns = [...positionals];
  if (patterns[0] === 'rules' || patterns[0] === 'regions') {
    command = patterns.shift() as 'rules' | 'regions';
    if (patterns.length > 0) throw new UsageError(`\`logtail-lint ${command}\` takes no paths (to lint a folder named ${command}, write ./${command}).`);
  }
  if (values['print-config']) command = 'print-config';
  if (values.init) command = 'init';
  if (values.version) command = 'version';
  if (values.help) command = 'help';

  return {
    command,
    patterns,
    outputs: pairOutputs(tokens ?? []),
    configFile: values.config,
    noConfigLookup: values['no-config-lookup'] ?? false,
    rules: parseRuleFlags(values.rule ?? []),
    ignorePatterns: values['ignore-pattern'] ?? [],
    gitignore: !values['no-gitignore'],
    maxFileSize: values['max-file-size'] === undefined ? undefined : positiveInt('--max-file-size', values['max-file-size']),
    failOn: oneOf('--fail-on', values['fail-on'] ?? 'error', FAIL_LEVELS),
    maxWarnings: values['max-warnings'] === undefined ? undefined : nonNegativeInt('--max-warnings', values['max-warnings']),
    quiet: values.quiet ?? false,
    context: values.context,
    errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
    color: values['no-color'] ? false : values.color ? true : undefined,
    debug: values.debug ?? false,
    fix: values.fix ?? false,
    baseline: values.baseline === undefined ? undefined : nonEmpty('--baseline', values.baseline),
    writeBaseline: values['write-baseline'],
    cache: values.cache ?? false,
    cacheLocation: values['cache-location'] === undefined ? undefined : nonEmpty('--cache-location', values['cache-location']),
    cacheStrategy: oneOf('--cache-strategy', values['cache-strategy'] ?? 'metadata', CACHE_STRATEGY_NAMES),
  };
}

/** `-f sarif -o out.sarif -f stylish`: each output file belongs to the format before it. */
export function pairOutputs(tokens: ReadonlyArray<{ kind: string; name?: string; value?: string }>): OutputTarget[] {
  const outputs: OutputTarget[] = [];
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    if (t.name === 'format') outputs.push({ format: oneOf('--format', t.value ?? '', FORMAT_NAMES) });
    else if (t.name === 'output-file') {
      const last = outputs[outputs.length - 1];
      if (last && last.file === undefined) last.file = t.value;
      else outputs.push({ format: 'stylish', file: t.value });
    }
  }
  return outputs.length > 0 ? outputs : [{ format: 'stylish' }];
}

function parseRuleFlags(flags: string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const flag of flags) {
    const eq = flag.lastIndexOf('=');
    if (eq <= 0) throw new UsageError(`--rule expects ID=off|info|warn|error, got "${flag}".`);
    rules[flag.slice(0, eq).trim()] = normalizeSeverity(flag.slice(eq + 1).trim());
  }
  return rules;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} expects a file name.`);
  return value;
}

function nonNegativeInt(flag: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number, got "${value}".`);
  return Number(value);
}

function positiveInt(flag: string, value: string): number {
  const n = nonNegativeInt(flag, value);
  if (n === 0) throw new UsageError(`${flag} must be at least 1.`);
  return n;
}

export const HELP = `Usage: logtail-lint [options] [paths or globs...]
       logtail-lint rules          list every rule with its default severity
       logtail-lint regions        print the SLS region table logtail-lint knows
       logtail-lint --init         write a starter .logtail-lint.json
       logtail-lint doctor         check this host's running agent (logtail-lint doctor --help)

Checks Alibaba Cloud Logtail / iLogtail host files (ilogtail_config.json, user_defined_id,
users/) and SLS machine groups (Terraform, ROS, SLS API / aliyunlog JSON, Kubernetes) before
they are deployed. With no paths, lints the current directory.

Fixing:
      --fix                    apply the suggested fixes to the files (never to files that are
                               not valid UTF-8), then report what is left

Output:
  -f, --format <name>          stylish (default), json, sarif, github, junit, summary (the fleet
                               view as Markdown), html (one self-contained page); repeatable
  -o, --output-file <file>     write the preceding --format to a file instead of stdout
      --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR honoured)
  -q, --quiet                  report errors only (rules set to warn or info do not run)

Failing:
      --fail-on <level>        exit 1 on findings at or above: error (default), warning, info, never
      --max-warnings <n>       also exit 1 when there are more than n warnings (not with
                               --fail-on never)

Adopting on a large repository:
      --baseline <file>        report only findings that are not in this baseline file (also the
                               config's "baseline")
      --write-baseline[=<file>]
                               record every finding in the baseline file (default: the --baseline
                               or config file, else .logtail-lint-baseline.json), then exit 0
      --cache                  take what unchanged files yield from a cache (same findings, faster)
      --cache-location <path>  cache file, or folder for it (default .logtail-lint-cache)
      --cache-strategy <s>     how a file counts as unchanged: metadata (size, times, inode, then
                               its hash; the default) or content (its hash only; folders are walked)

Configuration:
  -c, --config <file>          use this config file instead of the nearest .logtail-lint.json
      --no-config-lookup       do not look for a config file
      --print-config           print the configuration in effect and exit
      --rule <id=severity>     set a rule to off, info, warn or error; repeatable
      --ignore-pattern <glob>  skip files matching this gitignore-style pattern; repeatable
      --no-gitignore           read files that .gitignore excludes
      --max-file-size <bytes>  files over this size are reported, not read (default 5242880)

Files:
      --context <dir>          read <dir> in full for cross-file checks, but report only on the
                               paths given (what the pre-commit hook uses)
      --no-error-on-unmatched-pattern
                               do not fail when a path or glob matches no file

Other:
      --debug                  show stack traces for internal errors
  -v, --version                print the version
  -h, --help                   print this help

Exit codes: 0 no findings at the threshold, 1 findings at or above it, 2 usage or internal error.
Docs: https://github.com/logtail-lint/logtail-lint#readme
`;
