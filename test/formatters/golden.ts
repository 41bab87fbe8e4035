/** Golden files: `UPDATE_GOLDEN=1 npx vitest run test/formatters` rewrites them; review the diff by eye. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./__golden__/${name}.txt`, import.meta.url));
  // Stored with a final newline so the files are ordinary text files; formatters emit none.
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${actual}\n`);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`missing golden file ${path}; run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(expected.replace(/\n$/, ''));
}
