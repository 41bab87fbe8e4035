import { describe, expect, it } from 'vitest';
import type { UserDefinedIdFact } from '../../../src/facts/index.js';
import type { Rule } from '../../../src/rules/types.js';
import { userDefinedIdRules } from '../../../src/rules/user-defined-id/index.js';
import empty from '../../../src/rules/user-defined-id/empty.js';
import crlf from '../../../src/rules/user-defined-id/crlf.js';
import bom from '../../../src/rules/user-defined-id/bom.js';
import blankLine from '../../../src/rules/user-defined-id/blank-line.js';
import duplicate from '../../../src/rules/user-defined-id/duplicate.js';
import surroundingTab from '../../../src/rules/user-defined-id/surrounding-tab.js';
import internalSpace from '../../../src/rules/user-defined-id/internal-space.js';
import beyondReadLimit from '../../../src/rules/user-defined-id/beyond-read-limit.js';
import placeholder from '../../../src/rules/user-defined-id/placeholder.js';
import { agentLines, limitOffset } from '../../../src/rules/user-defined-id/util.js';
import { applyEdits, run, source, span } from '../users/run-rule.js';

const PATH = 'hosts/web/etc/ilogtail/user_defined_id';

/** A fact as the reader documents it (facts.ts), built from text. */
function fact(text: string): UserDefinedIdFact {
  const src = source(PATH, text, 'user-defined-id');
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  let offset = 0;
  return {
    file: PATH,
    source: src,
    hasBom: text.startsWith('\uFEFF'),
    hasCrlf: text.includes('\r\n'),
    byteLength: Buffer.byteLength(text),
    lines: lines.map((raw, i) => {
      const start = offset;
      offset += raw.length + 1;
      return { line: i + 1, raw, id: raw.replace(/^ +| +$/g, ''), range: src.rangeOf(start, raw.length), beyondReadLimit: Buffer.byteLength(text.slice(0, start)) >= 8192 };
    }),
  };
}

function check(rule: Rule, text: string) {
  return run(rule, { userDefinedIds: [fact(text)] });
}
function fixed(rule: Rule, text: string): string {
  const edits = check(rule, text).flatMap((f) => f.fix?.edits ?? []);
  return applyEdits(text, edits);
}

describe('user-defined-id rules (facts)', () => {
  it('are all listed, fixable ones marked', () => {
    expect(userDefinedIdRules.map((r) => `${r.id} ${r.severity}${r.fixable ? ' fix' : ''}`)).toEqual([
      'user-defined-id/empty warning',
      'user-defined-id/crlf error fix',
      'user-defined-id/bom error fix',
      'user-defined-id/blank-line info fix',
      'user-defined-id/duplicate warning fix',
      'user-defined-id/surrounding-tab error fix',
      'user-defined-id/internal-space warning',
      'user-defined-id/beyond-read-limit error',
      'user-defined-id/placeholder warning',
    ]);
  });

  it('report nothing on a clean file', () => {
    for (const rule of userDefinedIdRules) expect(check(rule, 'web-prod\nhz-web_2\n')).toEqual([]);
    for (const rule of userDefinedIdRules) expect(check(rule, 'web-prod')).toEqual([]);
  });

  it('agentLines: LF split, spaces trimmed, CR and tabs kept, no line after a final LF', () => {
    expect(agentLines(fact('  a  \n\tb\r\n')).map((l) => [l.line, l.raw, l.id, l.idStart])).toEqual([
      [1, '  a  ', 'a', 2],
      [2, '\tb\r', '\tb\r', 6],
    ]);
    expect(agentLines(fact(''))).toEqual([]);
  });

  it('empty: no identifier at all', () => {
    expect(check(empty, '').map(span)).toEqual(['1:1-1:1']);
    expect(check(empty, '\n  \n').map(span)).toEqual(['1:1-1:1']);
    expect(check(empty, 'web\n')).toEqual([]);
    expect(check(empty, '')[0].message).toMatch(/identified by its IP/);
  });

  it('crlf: one finding at the first CR, fix removes every CR', () => {
    const text = 'web\r\nhz\r\n';
    const found = check(crlf, text);
    expect(found.map(span)).toEqual(['1:4-1:5']);
    expect(found[0].message).toContain('CRLF on 2 lines');
    expect(found[0].message).toContain('"web\\r"');
    expect(fixed(crlf, text)).toBe('web\nhz\n');
    expect(fixed(crlf, 'web\r')).toBe('web');
    expect(check(crlf, 'web\nhz\n')).toEqual([]);
  });

  it('bom: first character, fix strips it', () => {
    const found = check(bom, '\uFEFFweb\n');
    expect(found.map(span)).toEqual(['1:1-1:1']);
    expect(found[0].message).toContain('"\\uFEFFweb" instead of "web"');
    expect(fixed(bom, '\uFEFFweb\nhz\n')).toBe('web\nhz\n');
    expect(check(bom, 'web\n')).toEqual([]);
  });

  it('blank-line: each blank line, whole line range, fix deletes it', () => {
    const text = 'web\n\n   \nhz\n\t\n';
    expect(check(blankLine, text).map(span)).toEqual(['2:1-2:1', '3:1-3:4', '5:1-5:2']);
    expect(fixed(blankLine, text)).toBe('web\nhz\n');
    expect(fixed(blankLine, 'web\n\n')).toBe('web\n');
    expect(fixed(blankLine, 'web\n ')).toBe('web\n');
    expect(check(blankLine, '\n\n')).toEqual([]); // user-defined-id/empty's
  });

  it('duplicate: the repeat, with the first as related; fix deletes the repeat', () => {
    const text = 'web\nhz\n  web \nweb';
    const found = check(duplicate, text);
    expect(found.map(span)).toEqual(['3:3-3:6', '4:1-4:4']);
    expect(found[0].related?.map(span)).toEqual(['1:1-1:4']);
    expect(found[0].message).toContain('repeats line 1');
    expect(fixed(duplicate, text)).toBe('web\nhz\n');
    // CR makes a different identifier to the agent: no duplicate
    expect(check(duplicate, 'web\r\nweb')).toEqual([]);
  });

  it('surrounding-tab: leading or trailing tab; fix trims; inner tab and spaces alone are fine', () => {
    const text = '\tweb\nhz\t \nok\n a\tb\n';
    const found = check(surroundingTab, text);
    expect(found.map(span)).toEqual(['1:1-1:5', '2:1-2:5']);
    expect(found[0].message).toContain('"\\tweb"');
    expect(found[0].message).toContain('"web"');
    expect(fixed(surroundingTab, text)).toBe('web\nhz\nok\n a\tb\n');
    expect(fixed(surroundingTab, '\tweb\r\n')).toBe('web\r\n'); // the CR is user-defined-id/crlf's
    expect(fixed(surroundingTab, '\uFEFF\tweb\n')).toBe('\uFEFFweb\n'); // and the BOM user-defined-id/bom's
  });

  it('internal-space: identifier range without the surrounding spaces', () => {
    const found = check(internalSpace, 'web\n  web prod  \n');
    expect(found.map(span)).toEqual(['2:3-2:11']);
    expect(found[0].message).toContain('"web" and "prod"');
    expect(found[0].message).toMatch(/inferred/);
  });

  it('beyond-read-limit: from byte 8192 to the end, naming the cut line', () => {
    const line = 'a'.repeat(99) + '\n'; // 100 bytes
    const text = line.repeat(81) + 'b'.repeat(20) + '\n' + 'lost-1\nlost-2\n'; // 8100 + 21 + 14 bytes
    expect(check(beyondReadLimit, text)).toEqual([]);
    const long = line.repeat(81) + 'c'.repeat(100) + '\nlost-1\nlost-2\n'; // 8100 + 101 + 14
    const found = check(beyondReadLimit, long);
    expect(found.map(span)).toEqual(['82:93-85:1']);
    expect(found[0].message).toContain('line 82 is cut after 92 characters');
    expect(found[0].message).toContain('2 identifiers after it are never read');
    // exactly 8192 bytes is read whole
    expect(check(beyondReadLimit, 'x'.repeat(8191) + '\n')).toEqual([]);
  });

  it('limitOffset counts UTF-8 bytes, BOM included', () => {
    expect(limitOffset('\uFEFF' + 'a'.repeat(8189))).toBeUndefined();
    expect(limitOffset('\uFEFF' + 'a'.repeat(8190))).toBe(8190);
    expect(limitOffset('é'.repeat(4097))).toBe(4096);
  });

  it('placeholder: the forms from the field, not real names', () => {
    const text = ['userdefined', 'user-defined-1', '1111', 'YOUR_GROUP_ID', '<machine-group-id>', 'xxx', 'app-xxx', '${APP}_${ENV}', 'web-prod', '1024', 'xenial'].join('\n');
    const found = check(placeholder, text);
    // Line 8 (`${APP}_${ENV}`) is a template rendered at deploy time: unknown, never judged.
    expect(found.map((f) => f.range.start.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(found.map(span)[3]).toBe('4:1-4:14');
  });

  it('lines past the read limit are left to beyond-read-limit', () => {
    const text = 'a'.repeat(8200) + '\nuserdefined\nweb\nweb\n';
    expect(check(placeholder, text)).toEqual([]);
    expect(check(duplicate, text)).toEqual([]);
  });
});
