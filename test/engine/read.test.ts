import { describe, expect, it } from 'vitest';
import { lintTree } from '../helpers.js';

// One file's problems are file/* rule findings (test/rules/file/); here: whole runs on bad input.
describe('reading bad input never crashes', () => {
  it('empty files, BOM and CRLF files are read without a file/* finding', async () => {
    const result = await lintTree({
      'a/ilogtail_config.json': '',
      'b/ilogtail_config.json': '\uFEFF{}',
      'c/ilogtail_config.json': '{\r\n"a": 1\r\n}\r\n',
    });
    expect(result.ruleFailures).toEqual([]);
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('file/'))).toEqual([]);
    expect(result.filesLinted).toBe(3);
  });

  it('10k levels of nesting do not crash the run', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const result = await lintTree({ 'h/ilogtail_config.json': deep, 'h/x.json': deep, 'h/y.yaml': '- '.repeat(5000) + 'x\n' });
    expect(result.ruleFailures).toEqual([]);
  });
});
