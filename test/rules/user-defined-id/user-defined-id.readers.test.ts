/** user-defined-id/ rules on real files, through the user_defined_id reader. */
import { describe, expect, it } from 'vitest';
import { findings, lintTree, span } from '../../helpers.js';
import { applyEdits } from '../users/run-rule.js';

const PATH = 'hosts/web/etc/ilogtail/user_defined_id';
const spans = async (text: string, ruleId: string) => (await findings({ [PATH]: text }, ruleId)).map(span);
async function fix(text: string, ruleId: string): Promise<string> {
  const found = await findings({ [PATH]: text }, ruleId);
  return applyEdits(text, found.flatMap((d) => d.fix?.edits ?? []));
}

describe('user-defined-id rules (reader)', () => {
  it('a clean file has no user-defined-id/ finding', async () => {
    const result = await lintTree({ [PATH]: 'web-prod\nhz-web\n' });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('user-defined-id/'))).toEqual([]);
  });

  it('empty', async () => {
    expect(await spans('', 'user-defined-id/empty')).toEqual(['1:1-1:1']);
    expect(await spans('\n\n', 'user-defined-id/empty')).toEqual(['1:1-1:1']);
  });

  it('crlf, with fix', async () => {
    expect(await spans('web-prod\r\nhz-web\r\n', 'user-defined-id/crlf')).toEqual(['1:9-1:10']);
    expect(await fix('web-prod\r\nhz-web\r\n', 'user-defined-id/crlf')).toBe('web-prod\nhz-web\n');
    // the Windows agent (C:\LogtailData) reads in text mode, which strips the CR
    expect((await findings({ 'hosts/win/LogtailData/user_defined_id': 'web-prod\r\n' }, 'user-defined-id/crlf')).map(span)).toEqual([]);
  });

  it('bom, with fix', async () => {
    expect(await spans('\uFEFFweb-prod\n', 'user-defined-id/bom')).toEqual(['1:1-1:1']);
    expect(await fix('\uFEFFweb-prod\n', 'user-defined-id/bom')).toBe('web-prod\n');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('web-prod\n')]);
    expect((await findings({ [PATH]: bytes }, 'user-defined-id/bom')).map(span)).toEqual(['1:1-1:1']);
  });

  it('blank-line, duplicate, surrounding-tab, with fixes', async () => {
    const text = 'web-prod\n\nweb-prod\n\thz-web\n';
    expect(await spans(text, 'user-defined-id/blank-line')).toEqual(['2:1-2:1']);
    expect(await spans(text, 'user-defined-id/duplicate')).toEqual(['3:1-3:9']);
    expect(await spans(text, 'user-defined-id/surrounding-tab')).toEqual(['4:1-4:8']);
    expect(await fix(text, 'user-defined-id/blank-line')).toBe('web-prod\nweb-prod\n\thz-web\n');
    expect(await fix(text, 'user-defined-id/duplicate')).toBe('web-prod\n\n\thz-web\n');
    expect(await fix(text, 'user-defined-id/surrounding-tab')).toBe('web-prod\n\nweb-prod\nhz-web\n');
  });

  it('internal-space and placeholder', async () => {
    expect(await spans('  web prod \n', 'user-defined-id/internal-space')).toEqual(['1:3-1:11']);
    expect(await spans('web-prod\nYOUR_GROUP_ID\n<machine-group>\n', 'user-defined-id/placeholder')).toEqual(['2:1-2:14', '3:1-3:16']);
  });

  it('beyond-read-limit', async () => {
    const text = 'a'.repeat(8190) + '\nweb-prod\nhz-web\n'; // the read stops inside "web-prod"
    expect(await spans(text, 'user-defined-id/beyond-read-limit')).toEqual(['2:2-4:1']);
    expect((await findings({ [PATH]: text }, 'user-defined-id/beyond-read-limit'))[0].message).toContain('line 2 is cut after 1 characters ("w")');
  });
});
