import { describe, expect, it } from 'vitest';
import { findings, lintTree, span } from '../helpers.js';

describe('reading bad input never crashes and always says why', () => {
  it('a binary file is one file/binary finding', async () => {
    const found = await findings({ 'h/ilogtail_config.json': new Uint8Array([0x7b, 0, 0x7d]) }, 'file/binary');
    expect(found.map((d) => [d.file, span(d)])).toEqual([['h/ilogtail_config.json', '1:1-1:1']]);
  });

  it('a file over the size limit is reported and not read', async () => {
    const big = '{"a":"' + 'x'.repeat(2000) + '"}';
    const result = await lintTree({ 'h/ilogtail_config.json': big }, { maxFileSize: 1000 });
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['file/too-large']);
    expect(result.diagnostics[0].message).toContain('over the 1000 bytes limit');
  });

  it('invalid UTF-8 is reported at the offending character', async () => {
    const bytes = Buffer.concat([Buffer.from('ok\nab'), Buffer.from([0xe9]), Buffer.from('c\n')]);
    const found = await findings({ 'h/user_defined_id': bytes }, 'file/not-utf8');
    expect(found.map(span)).toEqual(['2:3-2:4']);
  });

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
