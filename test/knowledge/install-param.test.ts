import { describe, expect, it } from 'vitest';
import { endpointFor, parseInstallParam } from '../../src/knowledge/endpoints.js';

describe('parseInstallParam (B.1, agent-config §6)', () => {
  it('bare region: intranet', () => {
    expect(parseInstallParam('cn-hangzhou')).toEqual({ region: 'cn-hangzhou', network: 'intranet', normalized: 'cn-hangzhou', notes: [] });
  });
  it('-internet, and `_` read as `-`', () => {
    expect(parseInstallParam('cn-hangzhou-internet')).toMatchObject({ region: 'cn-hangzhou', network: 'internet', notes: [] });
    const u = parseInstallParam('cn_hangzhou_internet');
    expect(u).toMatchObject({ region: 'cn-hangzhou', network: 'internet', normalized: 'cn-hangzhou-internet' });
    expect(u?.notes.join(' ')).toMatch(/`_` is read as `-`/);
  });
  it('legacy -vpc: stripped, installs intranet', () => {
    const p = parseInstallParam('cn-hangzhou-vpc');
    expect(p).toMatchObject({ region: 'cn-hangzhou', network: 'intranet', normalized: 'cn-hangzhou' });
    expect(p?.notes.join(' ')).toMatch(/legacy `-vpc`.*intranet/);
    expect(parseInstallParam('cn_hangzhou_vpc')).toMatchObject({ region: 'cn-hangzhou', network: 'intranet' });
  });
  it('-acceleration: plain region, acceleration network', () => {
    const p = parseInstallParam('cn-hangzhou-acceleration');
    expect(p).toMatchObject({ region: 'cn-hangzhou', network: 'acceleration' });
    expect(p?.notes.join(' ')).toMatch(/enabled on the project/);
    expect(endpointFor(p!.region, p!.network, 'data-server')).toBe('log-global.aliyuncs.com');
  });
  it('-inner: the share domain', () => {
    expect(parseInstallParam('cn-hangzhou-inner')).toMatchObject({ region: 'cn-hangzhou', network: 'share' });
    expect(endpointFor('cn-hangzhou', 'share', 'data-server')).toBe('cn-hangzhou-share.log.aliyuncs.com');
  });
  it('-internal: VPC-only, newer installers', () => {
    const p = parseInstallParam('cn-hangzhou-internal');
    expect(p).toMatchObject({ region: 'cn-hangzhou', network: 'internal' });
    expect(p?.notes.join(' ')).toMatch(/v1\.5/);
  });
  it('finance IDs and the installer finance forms', () => {
    const f = parseInstallParam('cn-shanghai-finance-1');
    expect(f).toMatchObject({ region: 'cn-shanghai-finance-1', network: 'intranet' });
    expect(f?.notes.join(' ')).toMatch(/packaged configs may differ/);
    const form = parseInstallParam('cn-shanghai-finance-internet');
    expect(form).toMatchObject({ region: 'cn-shanghai-finance-1', network: 'internet' });
    expect(form?.notes.join(' ')).toMatch(/\[I: mapping not documented\]/);
    expect(parseInstallParam('cn-hangzhou-finance')).toMatchObject({ region: 'cn-hangzhou-finance', network: 'intranet' });
  });
  it('auto', () => {
    const p = parseInstallParam('auto');
    expect(p).toMatchObject({ region: 'auto', network: 'intranet', normalized: 'auto' });
    expect(p?.notes.join(' ')).toMatch(/ECS metadata/);
  });
  it('corp: both IDs become cn-hangzhou-corp', () => {
    expect(parseInstallParam('cn-hangzhou-corp')).toMatchObject({ region: 'cn-hangzhou-corp', network: 'corp' });
    const sh = parseInstallParam('cn-shanghai-corp');
    expect(sh).toMatchObject({ region: 'cn-hangzhou-corp', network: 'corp', normalized: 'cn-shanghai-corp' });
    expect(sh?.notes.join(' ')).toMatch(/mapped to cn-hangzhou-corp/);
  });
  it('keeps unknown regions for the rules to judge, rejects non-parameters', () => {
    expect(parseInstallParam('cn-hangzou-internet')).toMatchObject({ region: 'cn-hangzou', network: 'internet' });
    expect(parseInstallParam('CN-HANGZHOU')?.notes.join(' ')).toMatch(/lowercase/);
    expect(parseInstallParam('')).toBeUndefined();
    expect(parseInstallParam('${REGION}')).toBeUndefined();
    expect(parseInstallParam('-internet')).toBeUndefined();
    expect(parseInstallParam('cn-hangzhou internet')).toBeUndefined();
  });
});
