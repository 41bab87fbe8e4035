import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { findNodeAtLocation, printParseErrorCode, type Node as JsonNode } from 'jsonc-parser';
import { jsonPointer } from '../core/pointer.js';
import { safeParseTree } from '../core/json-tree.js';
// ajv's standalone code for schemas/logtail-lint.schema.json with `{ allErrors: true, strict: false }`,
// written by scripts/gen-validators.mjs (a test fails when it is stale).
import { validate as validateConfig } from './generated/config-validator.js';
import { computeLineStarts, SourceFile } from '../core/source-file.js';
import type { Range, SeveritySetting } from '../core/diagnostic.js';
import { CONFIG_FILE_NAMES, DEFAULT_MAX_FILE_SIZE, type ConfigFileContent, type ResolvedConfig } from './types.js';

/** A problem with the user's configuration or command line: exit code 2, one clear line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The nearest config file from `startDir` upward, like ESLint and markdownlint-cli2. */
export function findConfigFile(startDir: string): string | undefined {
  let dir = path.resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Read, parse (JSONC) and validate a config file; throws UsageError with file:line:col. */
export function readConfigFile(file: string): ConfigFileContent {
  return parseConfigFile(file).content;
}

/** The config file's content, and where its declarations are written (for related locations). */
function parseConfigFile(file: string): { content: ConfigFileContent; places: Record<string, Range> } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`Cannot read config file ${file}: ${(err as NodeJS.ErrnoException).code ?? err}`);
  }
  const hasBom = text.startsWith('\uFEFF');
  if (hasBom) text = ' ' + text.slice(1); // a BOM is harmless here; keep offsets
  const { root: tree, errors, tooDeep } = safeParseTree(text, { allowTrailingComma: true, disallowComments: false });
  const where = (offset: number) => {
    const starts = computeLineStarts(text);
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
    return `${file}:${line + 1}:${offset - starts[line] + 1}`;
  };
  if (tooDeep) throw new UsageError(`${where(tooDeep.offset)}: config file is nested too deeply.`);
  if (errors.length > 0 || !tree) {
    const e = errors[0];
    throw new UsageError(`${e ? where(e.offset) : file}: invalid JSON in config file (${e ? printParseErrorCode(e.error) : 'empty file'}).`);
  }
  const value = JSON.parse(JSON.stringify(evaluate(tree))) as unknown;
  if (!validateConfig(value)) {
    const err = validateConfig.errors![0];
    const segments = err.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
    const node = findNodeAtLocation(tree, segments);
    const detail = err.keyword === 'additionalProperties' ? `unknown property "${(err.params as { additionalProperty: string }).additionalProperty}"` : err.message;
    throw new UsageError(`${where(node?.offset ?? 0)}: invalid config at ${err.instancePath || '/'}: ${detail}. See schemas/logtail-lint.schema.json.`);
  }
  const content = value as ConfigFileContent;
  return { content, places: declarationPlaces(tree, content, new SourceFile({ path: file, absPath: file, kind: 'json' }, text, hasBom)) };
}

/** The ranges of `projects[i]` (and their name, region, owner), `hosts[i]` and `editions[i]`, by JSON pointer. */
function declarationPlaces(tree: JsonNode, content: ConfigFileContent, source: SourceFile): Record<string, Range> {
  const out: Record<string, Range> = {};
  const put = (p: Array<string | number>) => {
    const node = findNodeAtLocation(tree, p);
    if (node) out[jsonPointer(p)] = source.rangeOf(node.offset, node.length);
  };
  (content.projects ?? []).forEach((_, i) => {
    for (const p of [['projects', i], ['projects', i, 'name'], ['projects', i, 'region'], ['projects', i, 'ownerAccountId']]) put(p);
  });
  (content.hosts ?? []).forEach((_, i) => put(['hosts', i]));
  (content.editions ?? []).forEach((_, i) => put(['editions', i]));
  return out;
}

function evaluate(node: import('jsonc-parser').Node): unknown {
  switch (node.type) {
    case 'object':
      return Object.fromEntries((node.children ?? []).map((p) => [p.children![0].value, p.children![1] ? evaluate(p.children![1]) : null]));
    case 'array':
      return (node.children ?? []).map(evaluate);
    default:
      return node.value;
  }
}

export interface ConfigOverrides {
  /** `--config FILE`: use this file instead of searching. */
  configFile?: string;
  /** Folder the config search starts from (default cwd): the folder being linted. */
  searchFrom?: string;
  /** `--no-config-lookup`-like: do not search for a config file. */
  noConfigLookup?: boolean;
  rules?: Record<string, SeveritySetting>;
  ignores?: string[];
  maxFileSize?: number;
}

/** The configuration for a run: the config file found from `cwd` upward, then CLI overrides. */
export function resolveConfig(cwd: string, overrides: ConfigOverrides = {}, knownRuleIds?: ReadonlySet<string>): ResolvedConfig {
  const file = overrides.configFile
    ? path.resolve(cwd, overrides.configFile)
    : overrides.noConfigLookup
      ? undefined
      : findConfigFile(path.resolve(cwd, overrides.searchFrom ?? '.'));
  if (overrides.configFile && !existsSync(file!)) throw new UsageError(`Config file not found: ${overrides.configFile}`);
  const { content, places } = file ? parseConfigFile(file) : { content: {}, places: {} };
  const baseDir = file ? path.dirname(file) : path.resolve(cwd);
  const rules: Record<string, SeveritySetting> = {};
  for (const [id, sev] of Object.entries({ ...content.rules })) rules[id] = normalizeSeverity(sev);
  Object.assign(rules, overrides.rules);
  if (knownRuleIds) {
    const unknownIn = (ids: string[], where: string) => {
      const id = ids.find((i) => !knownRuleIds.has(i));
      if (id) throw new UsageError(`Unknown rule "${id}"${where}. Run \`logtail-lint rules\` to list rule IDs.`);
    };
    unknownIn(Object.keys(overrides.rules ?? {}), ' (--rule)');
    unknownIn([...Object.keys(content.rules ?? {}), ...(content.suppressions ?? []).map((s) => s.rule)], file ? ` in ${file}` : '');
  }
  return {
    configFile: file,
    baseDir,
    rules,
    ignores: [
      { base: baseDir, patterns: content.ignores ?? [] },
      { base: path.resolve(cwd), patterns: overrides.ignores ?? [] },
    ].filter((set) => set.patterns.length > 0),
    maxFileSize: overrides.maxFileSize ?? content.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    projects: content.projects ?? [],
    hosts: content.hosts ?? [],
    externalIdentifiers: content.externalIdentifiers ?? [],
    editions: content.editions ?? [],
    suppressions: content.suppressions ?? [],
    ...(content.baseline === undefined ? {} : { baseline: path.resolve(baseDir, content.baseline) }),
    places,
  };
}

/**
 * Where to start looking for the config: the deepest folder that holds everything being linted
 * (`logtail-lint examples/` uses `examples/.logtail-lint.json`), as ESLint looks up the config
 * nearest to the files rather than to the shell.
 */
export function configSearchStart(cwd: string, patterns: readonly string[]): string {
  const dirs = patterns.map((p) => {
    const parts = p.split(/[\\/]/);
    const magic = parts.findIndex((seg) => /[*?[\]{}!]/.test(seg));
    const staticPath = path.resolve(cwd, (magic === -1 ? parts : parts.slice(0, magic)).join('/') || '.');
    return magic === -1 && existsSync(staticPath) && !statSync(staticPath).isDirectory() ? path.dirname(staticPath) : staticPath;
  });
  if (dirs.length === 0) return path.resolve(cwd);
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== path.dirname(common) && d !== common && !d.startsWith(common + path.sep)) common = path.dirname(common);
  }
  return common;
}

export function normalizeSeverity(s: string): SeveritySetting {
  if (s === 'warn' || s === 'warning') return 'warning';
  if (s === 'off' || s === 'info' || s === 'error') return s;
  throw new UsageError(`Invalid severity "${s}": use off, info, warn or error.`);
}

