/**
 * The shape of src/ holds: each layer imports only the layers below it (README, "Architecture").
 * Every import counts, `import type` and dynamic `import()` included.
 *
 *   faces (cli, action, doctor, the entry files) → engine → rules → model → readers → facts → knowledge → core
 *
 * with config beside the model (read by the engine, its types by the model) and formatters beside
 * the engine (pure functions of diagnostics and plain data).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** What each layer (a folder of src/) may import besides itself. */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  knowledge: ['core'],
  facts: ['core', 'knowledge'],
  config: ['core'],
  readers: ['core', 'knowledge', 'facts'],
  model: ['core', 'knowledge', 'facts', 'config'],
  rules: ['core', 'knowledge', 'facts', 'model'],
  formatters: ['core', 'model'],
  engine: ['core', 'knowledge', 'facts', 'config', 'readers', 'model', 'rules'],
};
const FACES = new Set(['cli', 'action', 'doctor', '(root)']);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) yield* sourceFiles(p);
    else if (name.endsWith('.ts')) yield p;
  }
}

const layerOf = (file: string) => {
  const rel = path.relative(SRC, file).split(path.sep);
  return rel.length === 1 ? '(root)' : rel[0];
};

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function imports(file: string): Array<{ spec: string; target: string }> {
  const text = readFileSync(file, 'utf8');
  const out: Array<{ spec: string; target: string }> = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    const target = path.resolve(path.dirname(file), spec);
    if (target.startsWith(SRC + path.sep)) out.push({ spec, target });
  }
  return out;
}

describe('architecture: imports go down the layers', () => {
  const files = [...sourceFiles(SRC)];

  it('finds the layers', () => {
    const layers = new Set(files.map(layerOf));
    for (const l of Object.keys(ALLOWED)) expect(layers.has(l), `src/${l}/`).toBe(true);
    for (const l of layers) expect(l in ALLOWED || FACES.has(l), `src/${l}/ is in no layer of this test`).toBe(true);
  });

  it('no layer imports a layer above it (rules ↛ readers, readers ↛ model, model ↛ engine, …)', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      if (FACES.has(from)) continue;
      for (const { spec, target } of imports(file)) {
        const to = layerOf(target);
        if (to === from || ALLOWED[from].includes(to)) continue;
        violations.push(`${path.relative(SRC, file)} imports ${spec} (${from} → ${to})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the check sees imports of every form', () => {
    const sample = ["import { a } from '../model/x.js';", "import type { B } from '../readers/y.js';", "export { c } from '../engine/z.js';", "const m = await import('../cli/w.js');"].join('\n');
    expect([...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2])).toEqual(['../model/x.js', '../readers/y.js', '../engine/z.js', '../cli/w.js']);
  });
});
