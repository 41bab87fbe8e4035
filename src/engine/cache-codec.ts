/**
 * How the cache stores what a file yields: its facts without their parse trees and text, and its
 * file-scoped findings, as JSON. JSON.parse is the fastest way back for this much plain data
 * (on the 50k bench repo about twice as fast as v8.deserialize), but it loses what the facts
 * rely on beyond JSON. So the few places that need more are listed beside the data, by path,
 * and fixed after parsing (no walk over the data): an object reached twice (an agent config's
 * `sites.all` shares its sites with `control` and `groups`) is written once and put back at its
 * other places, a Map keeps its entries, and a non-finite number or an `undefined` array item
 * survives. Anything else that is not plain data (a class instance, a function, a bigint)
 * makes the file uncacheable rather than wrong: the encoder throws and the file is read again
 * next time. An `undefined` property is left out, as JSON does: no rule tells the two apart.
 */

import type { Facts } from '../facts/index.js';

type Path = Array<string | number>;
/** A place to fix after parsing: the same object as at `from`, a Map from the entries there, a number, `undefined`. */
type Fix = ['ref', Path, Path] | ['map', Path] | ['num', Path, string] | ['undef', Path];

/** The key of the wrapper that carries fixes (no fact or finding has such a key). */
const FIXES = '\u0000fixes';
const VALUE = '\u0000value';

export class NotPlainData extends Error {
  override readonly name = 'NotPlainData';
}

/** One file's data as JSON text (see above). */
export function encodePlain(value: unknown): string {
  const seen = new Map<object, number>();
  // Most files' facts hold nothing JSON loses: then JSON.stringify alone writes them.
  if (!countReferences(value, seen)) return JSON.stringify(value);
  const first = new Map<object, Path>();
  const fixes: Fix[] = [];
  const prepare = (v: unknown, at: Path): unknown => {
    if (typeof v === 'number') {
      if (Number.isFinite(v)) return v;
      fixes.push(['num', at, String(v)]);
      return null;
    }
    if (v === undefined) {
      fixes.push(['undef', at]);
      return null;
    }
    if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') throw new NotPlainData(`a ${typeof v} is not plain data`);
    if (v === null || typeof v !== 'object') return v;
    if ((seen.get(v) ?? 0) > 1) {
      const from = first.get(v);
      if (from) {
        fixes.push(['ref', at, from]);
        return null;
      }
      first.set(v, at);
    }
    if (v instanceof Map) {
      const entries = [...v].map(([k, x], i) => [prepare(k, [...at, i, 0]), prepare(x, [...at, i, 1])]);
      fixes.push(['map', at]); // after the entries' own fixes: inner Maps are made first
      return entries;
    }
    if (Array.isArray(v)) return v.map((x, i) => prepare(x, [...at, i]));
    const out: Record<string, unknown> = {};
    for (const k in v) {
      const x = (v as Record<string, unknown>)[k];
      if (x !== undefined) out[k] = prepare(x, [...at, k]);
    }
    return out;
  };
  const prepared = prepare(value, []);
  return JSON.stringify(fixes.length === 0 ? prepared : { [VALUE]: prepared, [FIXES]: fixes });
}

/** Counts how often each object is reached; true when the value holds something JSON would lose (a shared object, a Map, a non-finite number, an `undefined` array item). */
function countReferences(v: unknown, seen: Map<object, number>): boolean {
  if (typeof v === 'number') return !Number.isFinite(v);
  if (typeof v === 'bigint' || typeof v === 'function' || typeof v === 'symbol') throw new NotPlainData(`a ${typeof v} is not plain data`);
  if (v === null || typeof v !== 'object') return false;
  const n = seen.get(v) ?? 0;
  seen.set(v, n + 1);
  if (n > 0) return true;
  let special = false;
  const proto = Object.getPrototypeOf(v);
  if (v instanceof Map) {
    special = true;
    for (const [k, x] of v) {
      countReferences(k, seen);
      countReferences(x, seen);
    }
  } else if (Array.isArray(v)) {
    for (const x of v) if (x === undefined || countReferences(x, seen)) special = true;
  } else if (proto === Object.prototype || proto === null) {
    for (const k in v) if (countReferences((v as Record<string, unknown>)[k], seen)) special = true;
  } else {
    throw new NotPlainData(`an instance of ${proto?.constructor?.name ?? 'a class'} is not plain data`);
  }
  return special;
}

/** The data back from encodePlain's text; throws on text it did not write. */
export function decodePlain(text: string): unknown {
  const parsed = JSON.parse(text) as unknown;
  if (parsed === null || typeof parsed !== 'object' || !(FIXES in parsed)) return parsed;
  const { [VALUE]: value, [FIXES]: fixes } = parsed as { [VALUE]: unknown; [FIXES]: Fix[] };
  const holder = { root: value };
  const parentOf = (at: Path): Record<string | number, unknown> => {
    let node: unknown = holder.root;
    for (let i = 0; i < at.length - 1; i++) node = (node as Record<string | number, unknown>)[at[i]];
    if (node === null || typeof node !== 'object') throw new Error('cache: a fix points nowhere');
    return node as Record<string | number, unknown>;
  };
  const set = (at: Path, x: unknown) => (at.length === 0 ? (holder.root = x) : (parentOf(at)[at[at.length - 1]] = x));
  const get = (at: Path) => (at.length === 0 ? holder.root : parentOf(at)[at[at.length - 1]]);
  for (const f of fixes) {
    if (f[0] === 'ref') set(f[1], get(f[2]));
    else if (f[0] === 'num') set(f[1], Number(f[2]));
    else if (f[0] === 'undef') set(f[1], undefined);
  }
  for (const f of fixes) if (f[0] === 'map') set(f[1], new Map(get(f[1]) as Array<[unknown, unknown]>));
  return holder.root;
}

// ---------------------------------------------------------------- the parts of facts that stay out

/**
 * Fields that hold a file's text or parse trees (SourceFile instances, jsonc-parser trees with
 * parent pointers, the agent parser's verdict): only file-scoped rules read them, and those run
 * on fresh facts only (src/rules/types.ts). The cache leaves them out; the model and every
 * fleet-scoped rule must do without them.
 */
export const FILE_ONLY_FIELDS: Readonly<Partial<Record<keyof Facts, readonly string[]>>> = {
  agentConfigs: ['source', 'root', 'syntax', 'parseErrors', 'properties', 'settings'],
  userDefinedIds: ['source'],
  appInfos: ['source'],
};

/** One file's facts as the cache keeps them: the non-empty lists, each fact without its FILE_ONLY_FIELDS. */
export function plainFacts(facts: Facts): Partial<Facts> {
  const out: Record<string, unknown[]> = {};
  for (const [kind, list] of Object.entries(facts) as Array<[keyof Facts, object[]]>) {
    if (list.length === 0) continue;
    const drop = FILE_ONLY_FIELDS[kind];
    out[kind] = drop ? list.map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !drop.includes(k)))) : list;
  }
  return out as Partial<Facts>;
}

/**
 * Facts back from the cache, with a getter on each left-out field that throws: a fleet-scoped
 * rule that reads one is a bug, and it fails the run (exit 2) instead of judging a file by
 * nothing. The getters sit on a prototype (one per kind of fact), so guarding a fact is one
 * call, and copying a fact (`{ ...fact }`) does not trip them.
 */
export function guardFacts(facts: Partial<Facts>): Partial<Facts> {
  for (const [kind, proto] of GUARDS) {
    const list = facts[kind] as object[] | undefined;
    if (list) for (const fact of list) Object.setPrototypeOf(fact, proto);
  }
  return facts;
}

const GUARDS: ReadonlyArray<[keyof Facts, object]> = (Object.entries(FILE_ONLY_FIELDS) as Array<[keyof Facts, readonly string[]]>).map(([kind, fields]) => {
  const proto: Record<string, unknown> = {};
  for (const field of fields) {
    Object.defineProperty(proto, field, {
      enumerable: false,
      get(this: { file?: string }) {
        throw new Error(`${kind}.${field} of ${this.file} is not kept in the cache: only rules of scope "file" may read it`);
      },
    });
  }
  return [kind, proto];
});
