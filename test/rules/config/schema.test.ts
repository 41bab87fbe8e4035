import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GFLAG_NAMES, KNOWN_KEYS, TYPED_KEYS } from '../../../src/knowledge/agent-keys.js';
import { lint } from '../../../src/index.js';
import { writeTree } from '../../helpers.js';

const SCHEMA_FILE = path.resolve(import.meta.dirname, '../../../schemas/ilogtail_config.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as {
  $schema: string;
  $id: string;
  title: string;
  additionalProperties: boolean;
  properties: Record<string, { description?: string; 'x-logtail-read'?: string; 'x-logtail-range'?: Array<{ note: string; source: string; kind: string }>; 'x-logtail-source'?: string }>;
};

describe('schemas/ilogtail_config.schema.json', () => {
  it('is a 2020-12 schema with $id and title that allows any key (any gflag is legal)', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/ilogtail_config\.schema\.json$/);
    expect(schema.title).toBeTruthy();
    expect(schema.additionalProperties).toBe(true);
  });

  it('compiles in a plain editor-like validator that does not know the x- keywords', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate({ cpu_usage_limit: 0.4, anything_else: 1 })).toBe(true);
    expect(validate({ mem_usage_limit: '384' })).toBe(false);
  });

  it('is valid against the 2020-12 meta-schema, with the x- keywords registered strictly', () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, allowUnionTypes: true, validateSchema: true });
    ajv.addKeyword({ keyword: 'x-logtail-read', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'x-logtail-source', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'x-logtail-range', type: 'number', schemaType: 'array', validate: () => true });
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('describes every typed key of agent-config §2.3, each with a description and a source', () => {
    for (const key of TYPED_KEYS) expect(schema.properties[key], key).toBeDefined();
    for (const [key, p] of Object.entries(schema.properties)) {
      expect(p.description, key).toBeTruthy();
      if (key !== '$schema') {
        expect(p['x-logtail-source'], key).toBeTruthy();
        expect(KNOWN_KEYS.has(key), key).toBe(true);
      }
    }
  });

  it('says how each key is read, consistently with the gflag list (Appendix B)', () => {
    for (const [key, p] of Object.entries(schema.properties)) {
      const read = p['x-logtail-read'];
      if (read === 'json+flag' || read === 'flag') expect(GFLAG_NAMES.has(key), `${key} is read as ${read}`).toBe(true);
      if (read === 'json') expect(GFLAG_NAMES.has(key), `${key} has a gflag of the same name`).toBe(false);
    }
  });

  it('shows each range note in the description, so editors show it too', () => {
    for (const [key, p] of Object.entries(schema.properties)) {
      for (const entry of p['x-logtail-range'] ?? []) {
        expect(p.description, key).toContain(entry.note);
        expect(['documented', 'rejected', 'capped']).toContain(entry.kind);
        expect(entry.source, key).toMatch(/agent-config\.md|sls-regions-and-iac\.md/);
      }
    }
  });
});

describe('schema validation is compiled lazily, once per process', () => {
  it('does not compile at import time, and compiles once for many files', async () => {
    vi.resetModules();
    const ajvModule = await import('ajv/dist/2020.js');
    const spy = vi.spyOn(ajvModule.Ajv2020.prototype, 'compile');
    await import('../../../src/rules/config/index.js');
    expect(spy).not.toHaveBeenCalled();
    const tree: Record<string, string> = {};
    for (let i = 0; i < 20; i++) tree[`hosts/h${i}/ilogtail_config.json`] = `{"mem_usage_limit": ${100 + i}, "cpu_usage_limit": "1"}`;
    const result = await lint({ cwd: writeTree(tree), overrides: { noConfigLookup: true } });
    expect(result.diagnostics.filter((d) => d.ruleId === 'config/quoted-number')).toHaveLength(20);
    const compiles = spy.mock.calls.filter((c) => (c[0] as { $id?: string }).$id === schema.$id);
    expect(compiles.length).toBeLessThanOrEqual(1);
    spy.mockRestore();
  });
});
