import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, ruleMetadata, type LintResult, type SeveritySetting } from '../src/index.js';
import { writeTree, type Tree } from './helpers.js';
import { formatFinding, loadDocPages, parseExamples, rewriteOutputs, type OutputUpdate } from './docs-pages.js';

const allPages = loadDocPages();
const ruleIds = new Set(ruleMetadata().keys());
/** Former rule ID → the rule that took it over (RuleMeta.formerIds). */
const renamed = new Map([...ruleMetadata().values()].flatMap((r) => (r.formerIds ?? []).map((id) => [id, r.id] as const)));
const pages = allPages.filter((p) => !renamed.has(p.ruleId));
/** `UPDATE_DOCS=1 npx vitest run test/docs-examples.test.ts` rewrites the output blocks from the findings. */
const UPDATE = process.env.UPDATE_DOCS === '1';

/** Lint an example's files as their own repository: its `.logtail-lint.json` if it has one, no config lookup otherwise. */
async function lintExample(tree: Tree, rules: Record<string, SeveritySetting> = {}): Promise<LintResult> {
  const hasConfig = Object.keys(tree).some((p) => /^\.logtail-lint\.jsonc?$/.test(p));
  const result = await lint({ cwd: writeTree(tree), overrides: { noConfigLookup: !hasConfig, rules } });
  // A crash is a logtail-lint bug, never an example's expected output.
  expect(result.ruleFailures.map((f) => `${f.ruleId}: ${f.error.message}`)).toEqual([]);
  expect(result.readerFailures.map((f) => `${f.file}: ${f.error.message}`)).toEqual([]);
  return result;
}

describe('rule docs pages', () => {
  it('every rule has a page and every page a rule (or a former ID, which says where it went)', () => {
    const pageIds = new Set(allPages.map((p) => p.ruleId));
    expect([...ruleIds, ...renamed.keys()].filter((id) => !pageIds.has(id))).toEqual([]);
    expect([...pageIds].filter((id) => !ruleIds.has(id) && !renamed.has(id))).toEqual([]);
  });

  for (const page of allPages.filter((p) => renamed.has(p.ruleId))) {
    it(`${page.ruleId}: the page of a former ID names and links the rule that took it over`, () => {
      const to = renamed.get(page.ruleId)!;
      expect(page.text).toMatch(new RegExp(`^# ${page.ruleId.replace('/', '\\/')}\\s*$`, 'm'));
      expect(page.text).toContain(`<!-- renamed-to: ${to} -->`);
      expect(page.text).toContain(`(../${to}.md)`);
      expect(page.examples).toEqual([]);
    });
  }

  for (const page of pages) {
    describe(page.ruleId, () => {
      const updates: OutputUpdate[] = [];
      if (UPDATE) {
        afterAll(() => {
          if (updates.length > 0) writeFileSync(page.file, rewriteOutputs(page.text, updates));
        });
      }

      it('has the required sections', () => {
        expect(page.text).toMatch(new RegExp(`^# ${page.ruleId.replace('/', '\\/')}\\s*$`, 'm'));
        for (const heading of ['## Example', '## Why it breaks the agent', '## How to fix']) {
          expect(page.text, `${page.file} lacks "${heading}"`).toContain(heading);
        }
      });

      if (page.notRunnable) {
        it.skip(`examples are not runnable: ${page.notRunnable}`, () => {});
        return;
      }

      it('has an incorrect and a correct example', () => {
        expect(page.examples.some((e) => e.kind === 'incorrect')).toBe(true);
        expect(page.examples.some((e) => e.kind === 'correct')).toBe(true);
      });

      // Only this page's rule runs, so the output block is exactly what the rule reports.
      const othersOff = Object.fromEntries([...ruleIds].filter((id) => id !== page.ruleId).map((id) => [id, 'off' as const]));

      page.examples.forEach((example, i) => {
        const where = `${page.file}, ${example.kind} example ${i + 1}`;
        if (example.kind === 'incorrect') {
          it(`incorrect example ${i + 1} reports exactly its output block`, async () => {
            expect(example.problems, where).toEqual([]);
            const result = await lintExample(example.tree, othersOff);
            const actual = result.diagnostics.filter((d) => d.ruleId === page.ruleId).map(formatFinding);
            expect(actual.length, `no ${page.ruleId} finding in ${where}`).toBeGreaterThan(0);
            expect(actual.filter((line) => line.includes('\n')), 'a finding of an output block must fit on one line').toEqual([]);
            if (UPDATE) {
              updates.push({ example, lines: actual });
              return;
            }
            expect(example.output, `${where} has no \`text output\` block: run UPDATE_DOCS=1 npx vitest run test/docs-examples.test.ts`).toBeDefined();
            expect(example.output!.lines, `the output block of ${where}`).toEqual(actual);
          });
        } else {
          it(`correct example ${i + 1} is not reported`, async () => {
            expect(example.problems, where).toEqual([]);
            const result = await lintExample(example.tree);
            expect(result.diagnostics.filter((d) => d.ruleId === page.ruleId).map(formatFinding)).toEqual([]);
            // A correct example must not teach another mistake: no error from any rule.
            expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
          });
        }
      });
    });
  }
});

describe('output blocks', () => {
  const page = [
    '# a/b',
    '',
    '## Example',
    '',
    '### Incorrect',
    '',
    '```text file=x',
    'one',
    '```',
    '',
    'Prose.',
    '',
    '### Correct',
    '',
    '```text file=x',
    'two',
    '```',
    '',
  ].join('\n');

  it('are inserted after the last file block and replaced in place, touching nothing else', () => {
    const [incorrect] = parseExamples(page);
    expect(incorrect.output).toBeUndefined();
    const inserted = rewriteOutputs(page, [{ example: incorrect, lines: ['x:1:1-1:4 error One.'] }]);
    expect(inserted).toBe(page.replace('one\n```\n', 'one\n```\n\n```text output\nx:1:1-1:4 error One.\n```\n'));
    const [again, correct] = parseExamples(inserted);
    expect(again.output?.lines).toEqual(['x:1:1-1:4 error One.']);
    expect(again.tree).toEqual({ x: 'one\n' });
    expect(correct.tree).toEqual({ x: 'two\n' });
    const replaced = rewriteOutputs(inserted, [{ example: again, lines: ['x:1:1-1:2 warning A.', 'x:1:2-1:3 info B.'] }]);
    expect(replaced).toBe(inserted.replace('x:1:1-1:4 error One.', 'x:1:1-1:2 warning A.\nx:1:2-1:3 info B.'));
    expect(rewriteOutputs(replaced, [{ example: parseExamples(replaced)[0], lines: ['x:1:1-1:2 warning A.', 'x:1:2-1:3 info B.'] }])).toBe(replaced);
  });

  it('must come after the files of an Incorrect example, once', () => {
    const twice = page.replace('one\n```\n', 'one\n```\n```text output\n```\n```text output\n```\n```text file=y\n```\n');
    expect(parseExamples(twice)[0].problems).toEqual(['line 12: a second output block', 'line 14: file block y after the output block']);
    const inCorrect = page.replace('two\n```\n', 'two\n```\n```text output\n```\n');
    expect(parseExamples(inCorrect)[1].problems).toEqual(['line 18: a Correct example has no output block']);
  });
});
