import { describe, expect, it } from 'vitest';
import type { UsersEntryFact } from '../../../src/facts/index.js';
import nonNumericId from '../../../src/rules/users/non-numeric-id.js';
import fileExtension from '../../../src/rules/users/file-extension.js';
import idLength from '../../../src/rules/users/id-length.js';
import nonEmptyFile from '../../../src/rules/users/non-empty-file.js';
import directory from '../../../src/rules/users/directory.js';
import exampleAccountId from '../../../src/rules/users/example-account-id.js';
import { usersRules } from '../../../src/rules/users/index.js';
import { run, span } from './run-rule.js';

const DIR = 'hosts/web/etc/ilogtail/users';
function entry(name: string, extra: Partial<UsersEntryFact> = {}): UsersEntryFact {
  return { file: `${DIR}/${name}`, dir: DIR, name, isDirectory: false, size: 0, ...extra };
}
const folder: UsersEntryFact = { file: DIR, dir: DIR, name: 'users', isDirectory: true, size: 0, usersDir: true };
const names = (rule: Parameters<typeof run>[0], entries: UsersEntryFact[]) => run(rule, { usersEntries: entries }).map((f) => f.file.slice(DIR.length + 1));

describe('users rules (facts)', () => {
  it('are all listed', () => {
    expect(usersRules.map((r) => r.id)).toEqual([
      'users/non-numeric-id',
      'users/file-extension',
      'users/id-length',
      'users/non-empty-file',
      'users/directory',
      'users/example-account-id',
      'users/env-item-spaces',
    ]);
  });

  it('never report the users/ folder itself or dot entries', () => {
    for (const rule of usersRules) expect(run(rule, { usersEntries: [folder, entry('.keep', { size: 3 }), entry('.gitkeep')] })).toEqual([]);
  });

  it('non-numeric-id: masked, placeholder and other names; not extensions or digits', () => {
    const found = run(nonNumericId, { usersEntries: [entry('1234****5678'), entry('<uid>'), entry('YOUR_UID'), entry('acct-1'), entry('1234567890123456'), entry('1234567890123456.txt')] });
    expect(found.map((f) => f.file.split('/').pop())).toEqual(['1234****5678', '<uid>', 'YOUR_UID', 'acct-1']);
    expect(found.map(span)).toEqual(['1:1-1:1', '1:1-1:1', '1:1-1:1', '1:1-1:1']);
    expect(found[0].message).toContain('masked with `*`');
    expect(found[1].message).toContain('placeholder');
    expect(found[2].message).toContain('placeholder');
    expect(found[3].message).toContain('characters other than digits');
    expect(found[0].message).toContain('touch users/<account-id>');
  });

  it('file-extension: names the ID to rename to', () => {
    const found = run(fileExtension, { usersEntries: [entry('1234567890123456.txt'), entry('1234567890123456'), entry('abc.txt')] });
    expect(found).toHaveLength(1);
    expect(found[0].file).toBe(`${DIR}/1234567890123456.txt`);
    expect(found[0].message).toContain('Rename the file to "1234567890123456"');
  });

  it('id-length: digits only, not 16', () => {
    expect(names(idLength, [entry('123456789012345'), entry('12345678901234567'), entry('1234567890123456'), entry('12a')])).toEqual(['123456789012345', '12345678901234567']);
    expect(run(idLength, { usersEntries: [entry('123')] })[0].message).toMatch(/inferred/);
  });

  it('non-empty-file: files with content, not directories', () => {
    expect(names(nonEmptyFile, [entry('1234567890123456', { size: 17 }), entry('2234567890123456'), entry('3234567890123456', { isDirectory: true, size: 4096 })])).toEqual(['1234567890123456']);
  });

  it('directory: sub-directories', () => {
    expect(names(directory, [entry('1234567890123456', { isDirectory: true }), entry('2234567890123456')])).toEqual(['1234567890123456']);
  });

  it('example-account-id: the docs example and one-digit runs', () => {
    expect(names(exampleAccountId, [entry('1559122535028493'), entry('1111111111111111'), entry('1234567890123456')])).toEqual(['1559122535028493', '1111111111111111']);
  });
});
