import { describe, expect, it } from 'vitest';
import { userDefinedIdRules } from '../../../src/rules/user-defined-id/index.js';
import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, udid } from './files.js';

describe('user-defined-id/ namespace', () => {
  it('lists its rules, with severity and fixability', () => {
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

});

const EMPTY =
  'user_defined_id holds no identifier: the agent treats it like a missing file and the host is identified by its IP, ' +
  'so it joins no custom-identifier (userdefined) machine group. Write the identifier of its machine group, one per line, ' +
  'or delete the file if the host should be matched by IP.';

testRule('user-defined-id/empty', {
  valid: [...CLEAN, clean('one identifier', 'web\n')],
  invalid: [
    { name: 'an empty file', files: udid(''), findings: [{ at: '1:1-1:1', message: EMPTY }] },
    { name: 'only LFs', files: udid('\n\n'), findings: [{ at: '1:1-1:1', message: EMPTY }] },
    { name: 'an empty line and a line of spaces', files: udid('\n  \n'), findings: [{ at: '1:1-1:1', message: EMPTY }] },
  ],
});
