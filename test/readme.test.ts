import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './cli/run-bin.js';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('README', () => {
  it('starts with the two set-up commands', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1].trim().split('\n');
    expect(firstBlock.map((l) => l.replace(/\s+#.*$/, ''))).toEqual(['npm ci && npx logtail-lint examples/', 'npm test']);
  });

  it('shows output that logtail-lint really prints for examples/', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const excerpt = /```text\n(examples\/[\s\S]*?)```/.exec(readme)![1].split('\n').filter((l) => l !== '');
    const r = runBin(['examples/'], ROOT);
    expect(r.status).toBe(1);
    const real = new Set(r.stdout.split('\n'));
    expect(excerpt.filter((l) => !real.has(l))).toEqual([]);
  });
});
