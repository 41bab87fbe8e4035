import { describe, expect, it } from 'vitest';
import { github } from '../../src/formatters/github.js';
import { escapeGithubData, escapeGithubProperty } from '../../src/formatters/shared.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { makeContext } from './fixtures.js';

const base: Diagnostic = {
  ruleId: 'config/x',
  severity: 'error',
  message: 'm',
  file: 'a.json',
  range: { start: { line: 2, column: 3 }, end: { line: 2, column: 9 } },
};

describe('github formatter', () => {
  it('escapes data like @actions/core: only %, CR and LF', () => {
    expect(escapeGithubData('100%, a:b\r\nc')).toBe('100%25, a:b%0D%0Ac');
  });

  it('escapes properties additionally for : and ,', () => {
    expect(escapeGithubProperty('C:\\a,b%\n')).toBe('C%3A\\a%2Cb%25%0A');
  });

  it('renders one exact command per finding, mapping info to notice', () => {
    const out = github(
      [
        { ...base, message: 'bad: 50%, see\nnext' },
        { ...base, severity: 'warning', file: 'dir,x/a:b.json', ruleId: 'r/w' },
        { ...base, severity: 'info', file: 'z.json' },
      ],
      makeContext(),
    );
    expect(out.split('\n')).toEqual([
      '::error file=a.json,line=2,col=3,endLine=2,endColumn=9,title=config/x::bad: 50%25, see%0Anext',
      '::warning file=dir%2Cx/a%3Ab.json,line=2,col=3,endLine=2,endColumn=9,title=r/w::m',
      '::notice file=z.json,line=2,col=3,endLine=2,endColumn=9,title=config/x::m',
    ]);
  });

  it('prints nothing for a clean run', () => {
    expect(github([], makeContext())).toBe('');
  });
});
