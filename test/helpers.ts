import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { lint, type LintResult } from '../src/engine/lint.js';
import type { ConfigOverrides } from '../src/config/load.js';
import type { Diagnostic } from '../src/core/diagnostic.js';

/** A file tree: path → contents (string or bytes), `{ dir: true }` for an empty folder, `{ symlink }` for a link. */
export type Tree = Record<string, string | Uint8Array | { dir: true } | { symlink: string }>;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Write a tree into a fresh temporary folder and return its path. */
export function writeTree(tree: Tree): string {
  const root = mkdtempSync(path.join(tmpdir(), 'logtail-lint-test-'));
  made.push(root);
  for (const [rel, content] of Object.entries(tree)) {
    const abs = path.join(root, rel);
    if (typeof content === 'object' && 'dir' in content) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(abs), { recursive: true });
    if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, abs);
    else writeFileSync(abs, content);
  }
  return root;
}

/** Lint a tree with no config lookup outside it; returns the whole result. */
export async function lintTree(tree: Tree, overrides: ConfigOverrides = {}): Promise<LintResult> {
  const cwd = writeTree(tree);
  const hasConfig = Object.keys(tree).some((p) => p === '.logtail-lint.json');
  return lint({ cwd, overrides: { noConfigLookup: !hasConfig, ...overrides } });
}

/** Compact `line:col-line:col` form of a range, for exact-position assertions. */
export function span(d: Pick<Diagnostic, 'range'>): string {
  const { start, end } = d.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}
