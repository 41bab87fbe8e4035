#!/usr/bin/env node
// Writes the JSON Schema validators as plain code (ajv standalone), so that no run compiles a
// schema: ajv's compiler costs tens of milliseconds per schema and per process, which a warm
// `--cache` run with one changed agent config paid in full.
//   node scripts/gen-validators.mjs            write the generated modules
//   node scripts/gen-validators.mjs --check    exit 1 when a committed one differs from what this writes
//
// Each module is what `new Ajv2020(OPTIONS).compile(schema)` builds at run time, the same code, with
// three differences that do not change what it does:
// - the schema objects it refers to (errors' `schema` and `parentSchema` in verbose mode, the
//   `x-logtail-range` entries) are the imported schema file's own objects, not copies;
// - the `x-logtail-range` keyword's function is imported from src/rules/config/range-util.ts;
// - ajv's runtime helpers (ucs2length for minLength) are copied in instead of `require`d;
// - keyword functions are called with `this` undefined, not the ajv instance (validateRange does
//   not use `this`).
// test/generated-validators.test.ts checks that these files are fresh, and that they return the
// same errors as ajv compiling the schema in the process.
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import equal from 'ajv/dist/runtime/equal.js';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** ajv's runtime helpers that are self-contained functions, so their source can be copied in. */
const RUNTIME = new Map([
  [ucs2length.default, 'ucs2length'],
  [equal.default, 'equal'],
]);

/** A stand-in for the `x-logtail-range` keyword function: the generated code imports the real one. */
const rangeKeyword = () => true;

/**
 * The generated modules: their path, the schema, ajv's options, and the keywords to add. The
 * options are the ones the sources used when they compiled at run time.
 */
export const VALIDATORS = [
  {
    file: 'src/rules/config/generated/agent-config-validator.ts',
    schema: 'schemas/ilogtail_config.schema.json',
    options: { allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true, logger: false, validateSchema: false, code: { optimize: false } },
    keywords: [
      { keyword: 'x-logtail-read', schemaType: 'string' },
      { keyword: 'x-logtail-source', schemaType: 'string' },
      { keyword: 'x-logtail-range', type: 'number', schemaType: 'array', errors: true, validate: rangeKeyword },
    ],
    imports: { validateRange: '../range-util.js' },
  },
  {
    file: 'src/config/generated/config-validator.ts',
    schema: 'schemas/logtail-lint.schema.json',
    options: { allErrors: true, strict: false },
    keywords: [],
    imports: {},
  },
];

/** Where `target` sits inside `value`, as property accessors (`["properties"]["x"]`), or undefined. */
function locate(value, target, at = '') {
  if (value === target) return at;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = locate(v, target, `${at}[${JSON.stringify(Array.isArray(value) ? Number(k) : k)}]`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The text of one generated module. */
export function generate(spec) {
  const schemaPath = path.join(root, spec.schema);
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const ajv = new Ajv2020({ ...spec.options, code: { ...spec.options.code, source: true, esm: true, lines: true } });
  for (const k of spec.keywords) ajv.addKeyword(k);
  // Every value the generated code refers to (ajv's "scope") gets its code here: standalone code
  // needs one for each, and ajv gives none to keyword functions.
  const value = ajv.scope.value.bind(ajv.scope);
  ajv.scope.value = (prefix, v) => {
    const kind = typeof prefix === 'string' ? prefix : prefix.prefix;
    if (kind === 'keyword' && v.ref === rangeKeyword) return value(prefix, { ...v, code: _`validateRange` });
    if (kind === 'func' && RUNTIME.has(v.ref)) return value(prefix, { ...v, code: new _Code(`(${v.ref.toString()})`) });
    if (kind === 'schema') {
      const at = locate(schema, v.ref);
      if (at !== undefined) return value(prefix, { ...v, code: new _Code(`schemaJson${at}`) });
    }
    if ((kind === 'func' || kind === 'keyword') && v.code === undefined)
      throw new Error(`${spec.schema}: no code for ajv's ${kind} ${v.ref?.name ?? v.ref}: teach scripts/gen-validators.mjs about it`);
    return value(prefix, v);
  };
  const code = standaloneCode.default(ajv, ajv.compile(schema));
  const header = /^"use strict";\nexport const validate = (validate\d+);\nexport default validate\d+;\n/.exec(code);
  if (!header) throw new Error('ajv standalone code starts otherwise than expected');
  if (/\brequire\(/.test(code)) throw new Error(`${spec.schema}: the generated code requires a module: ${/require\([^)]*\)/.exec(code)[0]}`);
  const rel = path
    .relative(path.dirname(path.join(root, spec.file)), schemaPath)
    .split(path.sep)
    .join('/');
  return [
    '// @ts-nocheck',
    `// Generated by scripts/gen-validators.mjs from ${spec.schema} (ajv ${readAjvVersion()} standalone code). Do not edit:`,
    '// run `node scripts/gen-validators.mjs` after changing the schema.',
    "import type { ValidateFunction } from 'ajv';",
    `import schemaJson from '${rel}' with { type: 'json' };`,
    ...Object.entries(spec.imports).map(([name, from]) => `import { ${name} } from '${from}';`),
    ...(/\bself\b/.test(code)
      ? ['', '// ajv calls keyword functions with its instance as `this`; there is none here (validateRange does not use `this`).', 'const self = undefined;']
      : []),
    '',
    code.slice(header[0].length).trimEnd(),
    '',
    `export const validate = ${header[1]} as unknown as ValidateFunction;`,
    '',
  ].join('\n');
}

function readAjvVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules/ajv/package.json'), 'utf8')).version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const spec of VALIDATORS) {
    const text = generate(spec);
    const file = path.join(root, spec.file);
    let old;
    try {
      old = readFileSync(file, 'utf8');
    } catch {
      old = undefined;
    }
    if (old === text) continue;
    if (check) {
      console.error(`${spec.file} is stale: run \`node scripts/gen-validators.mjs\``);
      stale++;
    } else {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, text);
      console.error(`wrote ${spec.file}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
