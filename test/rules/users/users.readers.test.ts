/** users/ rules on real folders, through discovery and the users entry reader. */
import { describe, expect, it } from 'vitest';
import { findings, lintTree } from '../../helpers.js';

const U = 'hosts/web/etc/ilogtail/users';
const where = async (tree: Parameters<typeof findings>[0], ruleId: string) => (await findings(tree, ruleId)).map((d) => `${d.file} ${d.range.start.line}:${d.range.start.column}`);

describe('users rules (reader)', () => {
  it('a clean folder (and an empty one) has no users/ finding', async () => {
    const result = await lintTree({ [`${U}/1234567890123456`]: '', 'hosts/db/etc/ilogtail/users': { dir: true } });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('users/'))).toEqual([]);
  });

  it('each entry problem, at the entry', async () => {
    const tree = {
      [`${U}/1234****5678`]: '',
      [`${U}/1234567890123456.txt`]: '',
      [`${U}/123456789012345`]: '',
      [`${U}/account`]: '1234567890123456\n',
      [`${U}/2234567890123456/README`]: 'team',
      [`${U}/1559122535028493`]: '',
      [`${U}/.keep`]: '',
    };
    expect(await where(tree, 'users/non-numeric-id')).toEqual([`${U}/1234****5678 1:1`, `${U}/account 1:1`]);
    expect(await where(tree, 'users/file-extension')).toEqual([`${U}/1234567890123456.txt 1:1`]);
    expect(await where(tree, 'users/id-length')).toEqual([`${U}/123456789012345 1:1`]);
    expect(await where(tree, 'users/non-empty-file')).toEqual([`${U}/account 1:1`]);
    expect(await where(tree, 'users/directory')).toEqual([`${U}/2234567890123456 1:1`]);
    expect(await where(tree, 'users/example-account-id')).toEqual([`${U}/1559122535028493 1:1`]);
  });
});
