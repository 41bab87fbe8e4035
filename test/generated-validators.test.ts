/**
 * The generated validators (ajv standalone code written by scripts/gen-validators.mjs) are fresh
 * against the schemas, and return what ajv compiling the schema in the process returns: the same
 * errors, in the same order, with the same messages, params and (verbose) schema objects.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import agentSchema from '../schemas/ilogtail_config.schema.json' with { type: 'json' };
import configSchema from '../schemas/logtail-lint.schema.json' with { type: 'json' };
import { validate as generatedAgent } from '../src/rules/config/generated/agent-config-validator.js';
import { validate as generatedConfig } from '../src/config/generated/config-validator.js';
import { validateRange } from '../src/rules/config/range-util.js';

const REPO = path.resolve(import.meta.dirname, '..');

/** What src/rules/config/util.ts compiled at run time before the validator was generated. */
function compiledAgent(): ValidateFunction {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    allowUnionTypes: true,
    verbose: true,
    logger: false,
    validateSchema: false,
    code: { optimize: false },
  });
  ajv.addKeyword({ keyword: 'x-logtail-read', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-logtail-source', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-logtail-range', type: 'number', schemaType: 'array', errors: true, validate: validateRange });
  return ajv.compile(agentSchema);
}

/** What src/config/load.ts compiled at run time before. */
function compiledConfig(): ValidateFunction {
  return new Ajv2020({ allErrors: true, strict: false }).compile(configSchema);
}

/** Runs both validators on each value; their verdicts and errors must be the same, schema objects included (by identity). */
function expectSame(generated: ValidateFunction, compiled: ValidateFunction, values: unknown[]): number {
  let failing = 0;
  for (const value of values) {
    const label = JSON.stringify(value)?.slice(0, 300);
    const a = generated(value);
    const errorsA = generated.errors;
    const b = compiled(value);
    const errorsB = compiled.errors;
    expect(a, label).toBe(b);
    expect(errorsA, label).toEqual(errorsB);
    for (const [i, e] of (errorsA ?? []).entries()) {
      expect(e.parentSchema, label).toBe(errorsB![i].parentSchema);
      expect(e.schema, label).toBe(errorsB![i].schema);
    }
    if (!a) failing++;
  }
  return failing;
}

function* files(dir: string, name: RegExp): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (entry === 'node_modules' || entry === '.git') continue;
    if (statSync(p).isDirectory()) yield* files(p, name);
    else if (name.test(entry)) yield p;
  }
}

function parsed(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // broken on purpose (a fixture): the rules never hand such a file to ajv
  }
}

/** Values of every JSON type and at the edges of the schema's numbers, for any key. */
const SCALARS: unknown[] = [
  null,
  true,
  false,
  'false',
  'TRUE',
  '',
  ' ',
  'x',
  '12',
  ' 12 ',
  '1.5',
  '-3',
  '1e3',
  '0x10',
  0,
  -1,
  1,
  1.5,
  -0.5,
  2147483647,
  2147483648,
  -2147483649,
  1e12,
  2 ** 53,
];

function valuesFor(schema: Record<string, unknown>): unknown[] {
  const out: unknown[] = [...SCALARS, [], [1], ['a'], [null], {}, { a: 1 }];
  for (const key of ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minLength', 'maxLength']) {
    const n = schema[key];
    if (typeof n === 'number') out.push(n - 1, n, n + 1, n - 0.5, n + 0.5);
  }
  for (const entry of (schema['x-logtail-range'] as Array<Record<string, unknown>> | undefined) ?? []) {
    for (const key of ['min', 'max', 'exclusiveMin', 'exclusiveMax']) {
      const n = entry[key];
      if (typeof n === 'number') out.push(n - 1, n, n + 1, n - 0.5, n + 0.5, String(n));
    }
    for (const v of (entry.values as number[] | undefined) ?? []) out.push(v, v + 1, String(v));
  }
  for (const v of (schema.enum as unknown[] | undefined) ?? []) out.push(v, String(v));
  return out;
}

describe('the generated validators', () => {
  it('are what `node scripts/gen-validators.mjs` writes from the current schemas (else: run it and commit)', () => {
    let output = '';
    try {
      execFileSync(process.execPath, [path.join(REPO, 'scripts/gen-validators.mjs'), '--check'], { cwd: REPO, stdio: 'pipe', encoding: 'utf8' });
    } catch (err) {
      output = String((err as { stderr?: string }).stderr ?? err);
    }
    expect(output).toBe('');
  });

  it('agent config: the same errors as ajv compiling schemas/ilogtail_config.schema.json with the options util.ts used', () => {
    const compiled = compiledAgent();
    const values: unknown[] = [];
    // Every ilogtail_config.json in the repository's tests, examples and docs, whole.
    for (const dir of ['test', 'examples', 'docs']) for (const f of files(path.join(REPO, dir), /^ilogtail_config.*\.json$/)) values.push(parsed(f));
    // Each key of the schema, alone and beside a valid data server, with values of every kind;
    // array keys also with items of every kind, and objects of them with each of their keys.
    const server = { cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' };
    const defs = agentSchema.$defs as Record<string, Record<string, unknown>>;
    const resolve = (s: Record<string, unknown>) => (typeof s.$ref === 'string' ? { ...defs[s.$ref.replace('#/$defs/', '')], ...s } : s);
    for (const [key, raw] of Object.entries(agentSchema.properties as Record<string, Record<string, unknown>>)) {
      const property = resolve(raw);
      for (const v of valuesFor(property)) values.push({ [key]: v }, { data_server_list: [server], [key]: v });
      const items = property.items as Record<string, unknown> | undefined;
      if (items) {
        const item = resolve(items);
        for (const v of valuesFor(item)) values.push({ [key]: [v] }, { [key]: [server, v, v] });
        for (const [sub, subSchema] of Object.entries((item.properties as Record<string, Record<string, unknown>> | undefined) ?? {})) {
          for (const v of valuesFor(resolve(subSchema))) values.push({ [key]: [{ ...server, [sub]: v }] });
        }
      }
    }
    // Several problems at once, and the root itself of every type.
    values.push(...SCALARS, [], Object.fromEntries(Object.keys(agentSchema.properties).map((k, i) => [k, SCALARS[i % SCALARS.length]])));
    const failing = expectSame(generatedAgent, compiled, values);
    expect(values.length).toBeGreaterThan(2000);
    expect(failing).toBeGreaterThan(1000); // the values do reach the error paths
  });

  it("logtail-lint's own config: the same errors as ajv compiling schemas/logtail-lint.schema.json as load.ts did", () => {
    const compiled = compiledConfig();
    const values: unknown[] = [];
    for (const f of files(REPO, /^\.logtail-lint\.jsonc?$/)) values.push(parsed(f));
    for (const [key, raw] of Object.entries(configSchema.properties as Record<string, Record<string, unknown>>)) {
      for (const v of valuesFor(raw)) values.push({ [key]: v });
      const props = { ...((raw.properties as object) ?? {}), ...((raw.additionalProperties as Record<string, unknown> | undefined)?.properties ?? {}) };
      const items = raw.items as Record<string, unknown> | undefined;
      const itemProps = (items?.properties as Record<string, Record<string, unknown>> | undefined) ?? {};
      for (const [sub, subSchema] of Object.entries(props as Record<string, Record<string, unknown>>)) for (const v of valuesFor(subSchema)) values.push({ [key]: { [sub]: v } });
      for (const [sub, subSchema] of Object.entries(itemProps)) for (const v of valuesFor(subSchema)) values.push({ [key]: [{ [sub]: v }] });
      values.push({ [key]: { 'some-rule': 'off', 'config/wrong-type': ['error'], x: 'loud' } }, { [key]: ['a', 1] });
    }
    values.push(...SCALARS, { unknown: 1 }, { rules: { a: 'warn' }, extra: true });
    const failing = expectSame(generatedConfig, compiled, values);
    expect(failing).toBeGreaterThan(100);
  });
});
