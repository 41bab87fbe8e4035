import { describe, expect, it } from 'vitest';
import { NETWORK_TYPES } from '../../src/knowledge/endpoints.js';
import { findRegion, REGION_SLIP_SUFFIXES, REGIONS } from '../../src/knowledge/regions.js';

describe('REGIONS table', () => {
  it('has no duplicate IDs and only lowercase IDs', () => {
    const ids = REGIONS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
  });
  it('gives every row a source made of S-keys', () => {
    for (const r of REGIONS) expect(r.source, r.id).toMatch(/^S\d{1,2}(,S\d{1,2})*$/);
  });
  it('retires exactly Sydney, Mumbai and Moscow, which had acceleration', () => {
    const retired = REGIONS.filter((r) => r.status === 'retired');
    expect(retired.map((r) => r.id).sort()).toEqual(['ap-south-1', 'ap-southeast-2', 'rus-west-1']);
    for (const r of retired) expect(r.acceleration).toBe('was-yes');
  });
  it('marks cn-nanjing and cn-fuzhou as being decommissioned', () => {
    expect(REGIONS.filter((r) => r.status === 'decommissioning').map((r) => r.id).sort()).toEqual(['cn-fuzhou', 'cn-nanjing']);
  });
  it('marks the pattern-inferred rows unverified', () => {
    expect(REGIONS.filter((r) => !r.verified).map((r) => r.id).sort()).toEqual(
      ['ap-southeast-8', 'cn-wuhan-lr', 'me-central-1', 'na-south-1', 'sa-east-1'],
    );
    for (const r of REGIONS.filter((x) => !x.verified)) expect(r.note).toMatch(/inferred/);
  });
  it('has the dual-stack list of A.1', () => {
    expect(REGIONS.filter((r) => r.dualStack).map((r) => r.id).sort()).toEqual(
      [
        'cn-hangzhou', 'cn-shanghai', 'cn-qingdao', 'cn-beijing', 'cn-zhangjiakou', 'cn-huhehaote', 'cn-wulanchabu',
        'cn-shenzhen', 'cn-heyuan', 'cn-guangzhou', 'cn-chengdu', 'ap-southeast-1', 'ap-northeast-1',
      ].sort(),
    );
  });
  it('has the finance, gov and special rows', () => {
    expect(REGIONS.filter((r) => r.category === 'finance').map((r) => r.id).sort()).toEqual(
      ['cn-beijing-finance-1', 'cn-hangzhou-finance', 'cn-shanghai-finance-1', 'cn-shenzhen-finance-1'],
    );
    expect(REGIONS.filter((r) => r.category === 'gov').map((r) => r.id)).toEqual(['cn-north-2-gov-1']);
    expect(REGIONS.filter((r) => r.category === 'special').map((r) => r.id).sort()).toEqual(
      ['cn-hangzhou-corp', 'cn-hangzhou-idpt-2', 'cn-heyuan-acdr-1'],
    );
    expect(findRegion('cn-hangzhou-corp')?.note).toMatch(/not for customers/);
  });
  it('finds by exact ID only', () => {
    expect(findRegion('cn-hangzhou')?.name).toBe('Hangzhou');
    expect(findRegion('CN-HANGZHOU')).toBeUndefined();
    expect(findRegion('cn-zhongwei')).toBeUndefined(); // Terraform ECS list only, not SLS
  });
  it('keeps the slip suffixes in step with the endpoint grammar', () => {
    const fromGrammar = new Set<string>(['-intranet', '-internal', '-share', '-vpc']);
    for (const n of NETWORK_TYPES) if (n.installSuffix) fromGrammar.add(n.installSuffix);
    expect(new Set(REGION_SLIP_SUFFIXES)).toEqual(fromGrammar);
  });
});

describe('region sources', () => {
  it('every source key a row cites is in the source table, which names a public page or a commit', async () => {
    const { REGIONS } = await import('../../src/knowledge/regions.js');
    const { SOURCES } = await import('../../src/knowledge/sources.js');
    const keys = new Set(REGIONS.flatMap((r) => r.source.split(/[,\s]+/).filter((k) => /^S\d+$/.test(k))));
    expect([...keys].filter((k) => !(k in SOURCES))).toEqual([]);
    for (const [key, text] of Object.entries(SOURCES)) expect(text, key).toMatch(/https?:\/\/|@[0-9a-f]{7,}/);
  });
});
