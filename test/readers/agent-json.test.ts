import { describe, expect, it } from 'vitest';
import { analyzeAgentJson } from '../../src/readers/agent-json.js';
import type { AgentJsonFactKind } from '../../src/facts/index.js';

const kinds = (text: string) => analyzeAgentJson(text).facts.map((f) => f.kind);

describe('analyzeAgentJson: the agent-config reference §1.2 table', () => {
  // Each row: input, pre-check passes, jsoncpp accepts, facts.
  const rows: Array<[string, string, boolean, boolean, AgentJsonFactKind[]]> = [
    ['plain object', '{"a": 1}', true, true, []],
    ['comment inside the object', '{\n// note\n"a": 1 /* c */\n}', true, true, []],
    ['comment before the opening {', '// header\n{"a": 1}', false, true, ['leading-content']],
    ['comment with one "', '{\n// say "hi\n"a": 1}', false, true, ['comment-breaks-precheck']],
    ['comment with a lone {', '{\n// {\n"a": 1}', false, true, ['comment-breaks-precheck']],
    ['comment with a lone }', '{\n// }\n"a": 1}', false, true, ['comment-breaks-precheck']],
    ['comment with balanced quotes and braces', '{\n// "x" {}\n"a": 1}', true, true, []],
    ['trailing comma in an object', '{"a":1,}', true, false, ['trailing-comma']],
    ['trailing comma in an array', '{"a":[1,2,]}', true, false, ['trailing-comma']],
    ['UTF-8 BOM', '\uFEFF{"a":1}', false, true, ['bom']],
    ['duplicate keys', '{"a":1,"a":2}', true, true, ['duplicate-key']],
    ['CRLF endings after {', '{\r\n"a": 1\r\n}\r\n', true, true, []],
    ['blank CRLF first line', '\r\n{"a":1}', false, true, ['leading-content']],
    ['form feed first', '\f{"a":1}', false, false, ['leading-content']],
    ['vertical tab first', '\v{"a":1}', false, false, ['leading-content']],
    ['NBSP first', '\u00a0{"a":1}', false, false, ['leading-content']],
    ['empty file', '', false, false, ['empty']],
    ['whitespace only', ' \n\t ', false, false, ['empty']],
    ['trailing garbage', '{"a":1} xyz', true, true, ['trailing-content']],
    ['a second object', '{"a":1}{"b":2}', true, true, ['trailing-content']],
    ['array root', '[{"a":1}]', true, true, ['root-not-object']],
    ['single quotes', "{'a':1}", true, false, ['single-quote']],
    ['unquoted key', '{a:1}', true, false, ['unquoted-key']],
    ['NaN', '{"a":NaN}', true, false, ['special-number']],
    ['Infinity', '{"a":Infinity}', true, false, ['special-number']],
    ['hex', '{"a":0x10}', true, false, ['hex-number']],
    ['leading +', '{"a":+1}', true, false, ['leading-plus']],
    ['raw newline in a string', '{"a":"x\ny"}', true, true, []],
    ['raw control character in a string', '{"a":"x\u0001y"}', true, true, []],
  ];
  for (const [name, text, precheck, parser, facts] of rows) {
    it(name, () => {
      const a = analyzeAgentJson(text);
      expect(a.facts.map((f) => f.kind)).toEqual(facts);
      expect(a.precheckPasses).toBe(precheck);
      expect(a.parserAccepts).toBe(parser);
    });
  }
});

describe('analyzeAgentJson: positions and details', () => {
  it('gives both locations of a duplicate key', () => {
    const [f] = analyzeAgentJson('{"a": 1, "b": 2, "a": 3}').facts;
    expect(f).toMatchObject({ kind: 'duplicate-key', start: 17, end: 20, detail: 'a', first: { start: 1, end: 4 } });
  });

  it('marks leading whitespace as removable, comments not', () => {
    expect(analyzeAgentJson(' \r\n\f{}').facts[0]).toMatchObject({ kind: 'leading-content', start: 1, end: 4, removable: [[1, 2], [3, 4]] });
    expect(analyzeAgentJson('/* c */ {}').facts[0].removable).toBeUndefined();
  });

  it('decodes escapes like jsoncpp (surrogate pairs; a lone high surrogate is an error)', () => {
    expect(kinds('{"\\ud83d\\ude00": 1, "\\ud83d\\ude00": 2}')).toEqual(['duplicate-key']);
    expect(kinds('{"a": "\\ud83d"}')).toEqual(['bad-escape']);
    expect(kinds('{"a": "\\u12"}')).toEqual(['bad-escape']);
    expect(kinds('{"a": "\\q"}')).toEqual(['bad-escape']);
  });

  it('reads numbers like jsoncpp: leading zeros pass, "1e" does not', () => {
    expect(kinds('{"a": 007, "b": -0, "c": 1.5e3}')).toEqual([]);
    expect(kinds('{"a": 1e}')).toEqual(['invalid-number']);
  });

  it('reports a brace after the root that only the pre-check sees', () => {
    const a = analyzeAgentJson('{"a":1}\n}');
    expect(a.facts.map((f) => [f.kind, f.start])).toEqual([
      ['trailing-content', 8],
      ['precheck-unbalanced', 8],
    ]);
    expect(a.parserAccepts).toBe(true);
    expect(a.precheckPasses).toBe(false);
  });

  it('counts nesting as jsoncpp does: 1000 levels pass, 1001 do not', () => {
    expect(kinds('['.repeat(1000) + ']'.repeat(1000))).toEqual(['root-not-object']);
    expect(kinds('['.repeat(1001) + ']'.repeat(1001))).toEqual(['nesting-limit', 'root-not-object']);
  });

  it('lists the comments', () => {
    expect(analyzeAgentJson('{ // a\n /* b */ }').comments).toEqual([
      { start: 2, end: 6 },
      { start: 8, end: 15 },
    ]);
  });
});

describe('analyzeAgentJson: never throws, never hangs', () => {
  const budgetMs = 500;
  function timed(text: string) {
    const t0 = performance.now();
    const a = analyzeAgentJson(text);
    const ms = performance.now() - t0;
    expect(ms, `took ${ms.toFixed(0)} ms`).toBeLessThan(budgetMs);
    return a;
  }

  it('survives 10k-deep nesting of arrays and objects', () => {
    expect(timed('['.repeat(10_000)).facts.map((f) => f.kind)).toEqual(['nesting-limit', 'unclosed', 'root-not-object']);
    expect(timed('{"a":'.repeat(10_000)).facts.map((f) => f.kind)).toEqual(['nesting-limit', 'unclosed']);
    timed('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000));
    timed('['.repeat(10_000) + ']'.repeat(10_000));
  });

  it('survives random bytes and random JSON punctuation', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = '{}[]",:/*\\\n\r\t \'-+0x1eNaI\ufeff\u00a0';
    for (let round = 0; round < 200; round++) {
      const len = Math.floor(rand() * 4000);
      let s = '';
      if (round % 2 === 0) for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rand() * 256));
      else for (let i = 0; i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const a = timed(s);
      for (const f of a.facts) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(s.length);
        expect(f.end).toBeGreaterThanOrEqual(f.start);
      }
    }
  });

  it('caps the facts of hopeless input', () => {
    const a = timed('{' + '"a" '.repeat(5000) + '}');
    expect(a.facts.length).toBeLessThanOrEqual(200);
    expect(a.truncated).toBe(true);
  });

  it('handles a 5 MB config', () => {
    const big = '{' + Array.from({ length: 100_000 }, (_, i) => `"key_${i}": {"x": [1, 2.5, "s", true, null]}`).join(',\n') + '}';
    expect(big.length).toBeGreaterThan(4_000_000);
    const t0 = performance.now();
    const a = analyzeAgentJson(big);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(a.facts).toEqual([]);
  });
});
