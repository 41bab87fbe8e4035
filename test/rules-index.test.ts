import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/rules/index.js';

const README = path.resolve(import.meta.dirname, '../docs/rules/README.md');
const BEGIN = '<!-- rules:begin (generated from the rule metadata; UPDATE_DOCS=1 npx vitest run test/rules-index.test.ts) -->';
const END = '<!-- rules:end -->';

/** The table of every rule, from the same metadata `logtail-lint rules` prints. */
function renderTable(): string {
  const rows = [...allRules]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((r) => `| [\`${r.id}\`](${r.id}.md) | ${r.severity} | ${r.fixable ? 'yes' : ''} | ${r.description.replace(/\|/g, '\\|')} |`);
  const former = [...allRules]
    .flatMap((r) => (r.formerIds ?? []).map((id) => ({ id, to: r.id })))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((f) => `| [\`${f.id}\`](${f.id}.md) | [\`${f.to}\`](${f.to}.md) |`);
  const renamed = former.length === 0 ? [] : ['', 'Former rule IDs (still accepted in the config, `--rule` and suppressions, for the findings they used to cover):', '', '| former ID | now part of |', '|---|---|', ...former];
  return [BEGIN, '', `${allRules.length} rules.`, '', '| rule | default severity | fix | what it finds |', '|---|---|---|---|', ...rows, ...renamed, '', END].join('\n');
}

describe('docs/rules/README.md', () => {
  it('lists every rule with its metadata', () => {
    const text = readFileSync(README, 'utf8');
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    const expected = renderTable();
    if (process.env.UPDATE_DOCS === '1') {
      const next = start === -1 ? `${text.trimEnd()}\n\n## All rules\n\n${expected}\n` : text.slice(0, start) + expected + text.slice(end + END.length);
      writeFileSync(README, next);
      return;
    }
    expect(start, 'rule table markers missing: run with UPDATE_DOCS=1').toBeGreaterThan(-1);
    expect(text.slice(start, end + END.length)).toBe(expected);
  });
});
