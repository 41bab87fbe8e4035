import { describe, expect, it } from 'vitest';
import { nameProblems, suggestName } from '../../../src/rules/machine-group/util.js';
import { testRule } from '../../rule-tester.js';
import { CLEAN_AND_UNKNOWN, tf } from './groups.js';

testRule('machine-group/invalid-name', {
  valid: CLEAN_AND_UNKNOWN,
  invalid: [
    {
      name: 'capital letters: at the name, with a suggestion; a valid name beside it is not reported',
      files: { 'main.tf': tf({ name: 'Hyperf' }, { label: 'ok', name: 'ok-name' }) },
      findings: [
        { at: '3:19-3:27', message: 'alicloud_log_machine_group.web: Machine group name "Hyperf" is not valid: it has capital letters. SLS accepts only lowercase letters, digits, `-` and `_`, starting and ending with a letter or digit, 2 to 128 characters, and rejects the group when it is created. Rename it (e.g. "hyperf") in name and wherever it is referenced; the name cannot be changed after creation.' },
      ],
    },
  ],
});

describe('machine-group/invalid-name helpers', () => {
  it('nameProblems and suggestName', () => {
    expect(nameProblems('web-group_1')).toEqual([]);
    expect(nameProblems('ab')).toEqual([]);
    expect(nameProblems('Hyperf')).toEqual(['it has capital letters']);
    expect(nameProblems('a')).toEqual(['it is one character long (minimum 2)']);
    expect(nameProblems('-web.prod ')).toEqual(['it has ".", spaces', 'it does not start with a letter or digit', 'it does not end with a letter or digit']);
    expect(nameProblems('a'.repeat(129))).toEqual(['it is 129 bytes long (maximum 128)']);
    expect(nameProblems('a'.repeat(128))).toEqual([]);
    expect(suggestName('Hyperf')).toBe('hyperf');
    expect(suggestName('-Web.Prod_')).toBe('web-prod');
  });
});
