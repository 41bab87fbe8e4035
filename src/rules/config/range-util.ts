/**
 * The `x-logtail-range` keyword of schemas/ilogtail_config.schema.json, as ajv calls it: a value is
 * flagged when it falls outside an entry's bounds (or is one of its `values`), and each entry that
 * fires is one error carrying the entry. The generated validator
 * (generated/agent-config-validator.ts, written by scripts/gen-validators.mjs) imports it.
 */
import type { ErrorObject } from 'ajv';
import type { RangeEntry } from './util.js';

function violates(e: RangeEntry, v: number): boolean {
  if (e.values) return e.values.includes(v);
  if (e.min !== undefined && v < e.min) return true;
  if (e.max !== undefined && v > e.max) return true;
  if (e.exclusiveMin !== undefined && v <= e.exclusiveMin) return true;
  if (e.exclusiveMax !== undefined && v >= e.exclusiveMax) return true;
  return false;
}

export const validateRange = Object.assign(
  function (entries: RangeEntry[], data: number): boolean {
    const hits = entries.filter((e) => violates(e, data));
    validateRange.errors = hits.map((entry) => ({ keyword: 'x-logtail-range', message: entry.note, params: { entry } }));
    return hits.length === 0;
  },
  { errors: undefined as Array<Partial<ErrorObject>> | undefined },
);
