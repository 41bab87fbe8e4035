import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';
import { lintTree } from './helpers.js';
import { loadDocPages } from './docs-pages.js';

const pages = loadDocPages();
const ruleIds = new Set(allRules.map((r) => r.id));

describe('rule docs pages', () => {
  it('every rule has a page and every page a rule', () => {
    const pageIds = new Set(pages.map((p) => p.ruleId));
    expect([...ruleIds].filter((id) => !pageIds.has(id))).toEqual([]);
    expect([...pageIds].filter((id) => !ruleIds.has(id))).toEqual([]);
  });

  for (const page of pages) {
    describe(page.ruleId, () => {
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

      page.examples.forEach((example, i) => {
        it(`${example.kind} example ${i + 1} ${example.kind === 'incorrect' ? 'is' : 'is not'} reported`, async () => {
          const result = await lintTree(example.tree);
          const found = result.diagnostics.filter((d) => d.ruleId === page.ruleId);
          if (example.kind === 'incorrect') expect(found.length, `no ${page.ruleId} finding in ${page.file}`).toBeGreaterThan(0);
          else {
            expect(found.map((d) => d.message)).toEqual([]);
            // A correct example must not teach another mistake: no error from any rule.
            expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
          }
        });
      });
    });
  }
});
