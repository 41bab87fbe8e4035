/**
 * Helpers shared by the config/* rules.
 *
 * 1. Ranges and message wording. (The agent's view of the file, its syntax verdict, keys and
 *    values, is the reader's fact: src/facts/agent-config.ts.)
 * 2. schemas/ilogtail_config.schema.json against a file's tree, with each ajv keyword failure
 *    sorted into the config/* rule that explains it. The schema is the single source of types
 *    and ranges: its custom keywords say how a key is read (`x-logtail-read`) and what each bound
 *    means (`x-logtail-range` entries: `documented`, `rejected`, `capped`). The validator is ajv's
 *    standalone code for the schema, generated ahead of time (scripts/gen-validators.mjs).
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { isTemplatedNode, nodeAt } from '../../core/json-tree.js';
import { decodePointer, jsonPointer } from '../../core/pointer.js';
import type { ErrorObject } from 'ajv';
// ajv's standalone code for the schema, written by scripts/gen-validators.mjs (a test fails when it
// is stale), so no run pays for compiling it: what `new Ajv2020({ allErrors: true, strict: true,
// strictTypes: false, allowUnionTypes: true, verbose: true })` compiles, with the keywords
// `x-logtail-read`, `x-logtail-source` (annotations) and `x-logtail-range` (range-util.ts).
import { validate } from './generated/agent-config-validator.js';
import schemaJson from '../../../schemas/ilogtail_config.schema.json' with { type: 'json' };
import type { AgentConfigFact } from '../../facts/index.js';
import type { Fleet } from '../../model/fleet.js';
import type { Range } from '../../core/diagnostic.js';

// ================================================================ ranges

export function rangeOf(fact: AgentConfigFact, start: number, end: number): Range {
  return fact.source.rangeOf(start, Math.max(0, end - start));
}

export function nodeRange(fact: AgentConfigFact, node: JsonNode): Range {
  return fact.source.rangeOf(node.offset, node.length);
}

/** JSON text of a scalar for messages, shortened. */
export function show(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (value !== null && typeof value === 'object') return Object.keys(value).length === 0 ? '{}' : '{…}';
  const s = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** `"key"` or `"key"[0].cluster`, as users would write the path. */
export function displayPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  path.forEach((seg, i) => {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += i === 0 ? `"${seg}"` : `.${seg}`;
  });
  return out;
}

/** What happens when the agent rejects the file (docs/reference/agent-config.md §1.3). */
export const DROPS_FILE =
  'so the agent discards the whole file ("start config is not valid json") and starts on built-in defaults, without its config server or data servers';

// ================================================================ the schema

export type RangeKind = 'documented' | 'rejected' | 'capped';

/** One `x-logtail-range` entry: the value is flagged when it falls outside the bounds (or is one of `values`). */
export interface RangeEntry {
  kind: RangeKind;
  min?: number;
  max?: number;
  exclusiveMin?: number;
  exclusiveMax?: number;
  values?: number[];
  note: string;
  source: string;
}

/** How the agent reads a key: typed reader only, typed reader plus a same-named gflag, or gflags only. */
export type ReadMode = 'json' | 'json+flag' | 'flag';

export interface PropertySchema {
  type?: string | string[];
  $ref?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  enum?: unknown[];
  'x-logtail-read'?: ReadMode;
  'x-logtail-range'?: RangeEntry[];
  'x-logtail-source'?: string;
}

export const agentConfigSchema = schemaJson as unknown as {
  $id: string;
  properties: Record<string, PropertySchema>;
  $defs: Record<string, PropertySchema & { minimum?: number; maximum?: number }>;
};

export type SchemaRuleName =
  | 'quoted-number'
  | 'quoted-flag-value'
  | 'flag-type-mismatch'
  | 'string-boolean'
  | 'null-value'
  | 'wrong-type'
  | 'int32-overflow'
  | 'value-rejected'
  | 'value-capped'
  | 'out-of-documented-range';

export interface SchemaIssue {
  rule: SchemaRuleName;
  /** Path from the root (`["data_server_list", 0, "cluster"]`). */
  path: Array<string | number>;
  pointer: string;
  /** The top-level key the value belongs to. */
  key: string;
  /** The schema of that top-level key. */
  property?: PropertySchema;
  /** The offending value's node in the file. */
  node: JsonNode;
  value: unknown;
  /** ajv keyword that failed. */
  keyword: string;
  /** Expected JSON type(s), for type failures. */
  expected?: string[];
  /** The range entry that fired, for range failures. */
  entry?: RangeEntry;
  /** ajv's own message, for keywords without a dedicated explanation. */
  ajvMessage?: string;
}

// ---------------------------------------------------------------- tree → value

/**
 * The JS value of a jsonc node, without recursion (any depth). Properties holding a template
 * placeholder are left out: their value is unknown. Objects keep the last value of a
 * repeated key, as jsoncpp does; `__proto__` is an ordinary key.
 */
export function nodeValue(node: JsonNode): unknown {
  const out: { v: unknown } = { v: undefined };
  const stack: Array<{ node: JsonNode; set: (v: unknown) => void }> = [{ node, set: (v) => (out.v = v) }];
  while (stack.length > 0) {
    const { node: n, set } = stack.pop()!;
    if (n.type === 'object') {
      const obj: Record<string, unknown> = {};
      set(obj);
      const last = new Map<string, JsonNode | undefined>();
      for (const p of n.children ?? []) {
        const k = p.children?.[0]?.value;
        if (typeof k === 'string') last.set(k, p.children?.[1]);
      }
      for (const [k, v] of last) {
        if (isTemplatedNode(v)) continue; // unknown until rendered: never judged
        define(obj, k, null);
        if (v) stack.push({ node: v, set: (x) => define(obj, k, x) });
      }
    } else if (n.type === 'array') {
      const children = n.children ?? [];
      const arr: unknown[] = new Array(children.length).fill(null);
      set(arr);
      children.forEach((c, i) => stack.push({ node: c, set: (x) => (arr[i] = x) }));
    } else {
      set(n.value ?? null);
    }
  }
  return out.v;
}

function define(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The root as ajv should see it: only the keys the schema describes (the others cannot fail). */
function rootValue(fact: AgentConfigFact): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  // Last wins: later properties overwrite earlier ones.
  for (const p of fact.properties) {
    if (!Object.hasOwn(agentConfigSchema.properties, p.key)) continue;
    if (isTemplatedNode(p.valueNode)) {
      delete obj[p.key]; // unknown until rendered (and, as the last value, it wins)
      continue;
    }
    define(obj, p.key, p.valueNode ? nodeValue(p.valueNode) : null);
  }
  return obj;
}

// ---------------------------------------------------------------- errors → issues

const issuesCache = new WeakMap<AgentConfigFact, SchemaIssue[]>();

/** Every schema problem of a file, each sorted into one rule; [] when the root is not an object. */
export function schemaIssues(fact: AgentConfigFact): SchemaIssue[] {
  let issues = issuesCache.get(fact);
  if (!issues) {
    issues = computeIssues(fact);
    issuesCache.set(fact, issues);
  }
  return issues;
}

const JSON_NUMBER = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

function computeIssues(fact: AgentConfigFact): SchemaIssue[] {
  const root = fact.root;
  if (root?.type !== 'object') return [];
  const value = rootValue(fact);
  if (Object.keys(value).length === 0) return [];
  if (validate(value)) return [];
  const byPointer = new Map<string, SchemaIssue[]>();
  for (const err of validate.errors ?? []) {
    const issue = classify(err, root);
    if (!issue) continue;
    const list = byPointer.get(issue.pointer) ?? [];
    list.push(issue);
    byPointer.set(issue.pointer, list);
  }
  const out: SchemaIssue[] = [];
  for (const list of byPointer.values()) out.push(...strongest(list));
  return out.sort((a, b) => a.node.offset - b.node.offset);
}

/** One value, one story: a type problem hides range problems; a rejected value hides a capped one… */
const PRECEDENCE: SchemaRuleName[][] = [
  ['quoted-number', 'quoted-flag-value', 'flag-type-mismatch', 'string-boolean', 'null-value', 'wrong-type', 'int32-overflow'],
  ['value-rejected'],
  ['value-capped'],
  ['out-of-documented-range'],
];

function strongest(list: SchemaIssue[]): SchemaIssue[] {
  for (const tier of PRECEDENCE) {
    const hits = list.filter((i) => tier.includes(i.rule));
    if (hits.length > 0) {
      // Several type failures of one value (e.g. `type` of a union): keep the first per rule.
      const seen = new Set<string>();
      return hits.filter((i) => !seen.has(i.rule) && seen.add(i.rule));
    }
  }
  return [];
}

function classify(err: ErrorObject, root: JsonNode): SchemaIssue | undefined {
  const path = decodePointer(err.instancePath);
  const key = typeof path[0] === 'string' ? path[0] : undefined;
  if (key === undefined) return undefined; // the root itself (not an object): root-not-object says so
  // Array indexes in the pointer are numbers, but an object key of digits is a string: fix up
  // by the tree's shape when the node is not found.
  const node = nodeAt(root, path) ?? nodeAt(root, path.map(String));
  if (!node) return undefined;
  const property = agentConfigSchema.properties[key];
  const data = err.data;
  const base = { path, pointer: jsonPointer(path), key, property, node, value: data, keyword: err.keyword };
  const topLevel = path.length === 1;
  const read: ReadMode = (topLevel && property?.['x-logtail-read']) || 'json';

  switch (err.keyword) {
    case 'type': {
      const expected = ([] as string[]).concat((err.params as { type: string | string[] }).type);
      const wantsNumber = expected.includes('number') || expected.includes('integer');
      // A top-level null is config/null-value's, which sees every key, not only the schema's.
      if (data === null) return topLevel ? undefined : { ...base, rule: 'wrong-type', expected };
      if (typeof data === 'string') {
        const text = data.trim();
        if (wantsNumber && JSON_NUMBER.test(text)) {
          const n = Number(text);
          const fits = expected.includes('number') || (Number.isInteger(n) && (!isInt32Ref(property, topLevel) || isInt32(n)));
          if (fits) return { ...base, rule: read === 'json+flag' && flagTakes(n, property) ? 'quoted-flag-value' : 'quoted-number', expected };
        }
        if (expected.includes('boolean') && /^(true|false)$/i.test(text)) {
          return { ...base, rule: read === 'json+flag' && /^(true|false)$/.test(text) ? 'quoted-flag-value' : 'string-boolean', expected };
        }
      }
      // A number or boolean for a key gflags also read: the flag gets its text, and whether that
      // parses is up to gflags (the reference infers, it does not show): a warning of its own.
      if (topLevel && read !== 'json' && (typeof data === 'number' || typeof data === 'boolean')) {
        return { ...base, rule: 'flag-type-mismatch', expected };
      }
      return { ...base, rule: 'wrong-type', expected };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
      if (err.schemaPath.includes('/$defs/int32/')) return { ...base, rule: 'int32-overflow' };
      // A property's own bounds are there for editors; x-logtail-range says the same thing
      // with the reason and the rule, so these are not reported twice.
      return undefined;
    case 'x-logtail-range': {
      const entry = (err.params as { entry: RangeEntry }).entry;
      const rule: SchemaRuleName = entry.kind === 'rejected' ? 'value-rejected' : entry.kind === 'capped' ? 'value-capped' : 'out-of-documented-range';
      return { ...base, rule, entry };
    }
    case 'enum':
      return { ...base, rule: 'out-of-documented-range', ajvMessage: `documented values: ${(property?.enum ?? []).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'maxItems':
      return { ...base, rule: 'value-capped', ajvMessage: err.message };
    case 'pattern':
      return { ...base, rule: 'value-rejected', ajvMessage: err.message };
    case 'required':
    case 'minLength':
      // Empty or missing cluster/endpoint: config/missing-data-server explains it, per role.
      return undefined;
    default:
      return { ...base, rule: 'wrong-type', ajvMessage: err.message };
  }
}

function isInt32Ref(property: PropertySchema | undefined, topLevel: boolean): boolean {
  return topLevel && property?.$ref === '#/$defs/int32';
}

function isInt32(n: number): boolean {
  return n >= -2147483648 && n <= 2147483647;
}

/** A quoted integer that an INT32 gflag parses (gflags takes the text of the string). */
function flagTakes(n: number, property: PropertySchema | undefined): boolean {
  return !property || property.$ref !== '#/$defs/int32' || isInt32(n);
}

/** The default a key falls back to, for messages. */
export function defaultText(property: PropertySchema | undefined): string | undefined {
  if (!property || property.default === undefined) return undefined;
  return JSON.stringify(property.default);
}

/** Each schema issue of one rule, across every agent config of the fleet. */
export function* issuesOf(fleet: Fleet, rule: SchemaRuleName): Generator<{ fact: AgentConfigFact; issue: SchemaIssue }> {
  for (const fact of fleet.agentConfigs) {
    for (const issue of schemaIssues(fact)) if (issue.rule === rule) yield { fact, issue };
  }
}

/** "an integer", "true or false", … for a list of JSON Schema types. */
export function expectedText(types: readonly string[] | undefined): string {
  const names: Record<string, string> = {
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    string: 'a string',
    array: 'an array',
    object: 'an object',
    null: 'null',
  };
  const list = (types ?? []).filter((t) => !(t === 'integer' && types!.includes('number'))).map((t) => names[t] ?? t);
  return list.length <= 1 ? (list[0] ?? 'another type') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/** What a JSON value is, for messages: "a string", "a real number", … */
export function actualText(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a real number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return 'a string';
  return 'an object';
}

/** "the agent … uses the default (2048)", by how the key is read. */
export function fallbackText(issue: SchemaIssue): string {
  const def = defaultText(issue.property);
  const withDefault = def !== undefined ? `the default (${def})` : 'its default';
  if (issue.path.length > 1) return 'the agent cannot use this entry';
  const read = issue.property?.['x-logtail-read'] ?? 'json';
  // Only null, booleans, numbers and strings are handed to gflags (agent-config §2.1 step 4).
  const scalar = issue.value === null || typeof issue.value !== 'object';
  if (read === 'flag') {
    return scalar ? `gflags cannot parse its text, so the flag keeps ${withDefault} (inferred from the code)` : `the agent hands only scalars to gflags, so it ignores this and the flag keeps ${withDefault}`;
  }
  if (read === 'json+flag') {
    return scalar
      ? `the agent's typed reader ignores it and the gflag of the same name cannot parse its text either, so ${withDefault} applies`
      : `the agent's typed reader ignores it and gflags never see it (only scalars are handed to them), so ${withDefault} applies`;
  }
  return `the agent ignores it and uses ${withDefault}`;
}
