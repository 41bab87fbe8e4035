import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/index.js';

const RULES_DIR = path.resolve(import.meta.dirname, '../../src/rules');
/** Helpers beside the rules (the before-stop hook's convention): index, types, and *util(s).ts files. */
const NOT_RULES = /(?:^|[-.])(?:index|types|utils?)\.ts$|^(?:index|types|utils?)\.ts$/;

describe('rule registry', () => {
  it('IDs are unique, namespaced kebab-case, and name their own file', () => {
    const ids = allRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of allRules) {
      expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(path.join(RULES_DIR, `${rule.id}.ts`)), `src/rules/${rule.id}.ts`).toBe(true);
    }
  });

  it('every rule module in src/rules is registered', () => {
    const registered = new Set(allRules.map((r) => r.id));
    const files = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(RULES_DIR, d.name)).filter((f) => f.endsWith('.ts') && !NOT_RULES.test(f)).map((f) => `${d.name}/${f.slice(0, -3)}`));
    expect(files.filter((id) => !registered.has(id))).toEqual([]);
  });

  it('metadata is complete: severity and a one-line description', () => {
    for (const rule of allRules) {
      expect(['error', 'warning', 'info']).toContain(rule.severity);
      expect(rule.description, rule.id).toMatch(/^\S.{10,150}$/);
      expect(rule.description, rule.id).not.toMatch(/\n|\.$/);
    }
  });
});
