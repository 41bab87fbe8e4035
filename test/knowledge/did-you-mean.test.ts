import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/knowledge/did-you-mean.js';
import { REGIONS, suggestRegion } from '../../src/knowledge/regions.js';

const IDS = REGIONS.map((r) => r.id);

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('cn-hangzhou', 'cn-hangzhou')).toBe(0);
    expect(editDistance('cn-hangzou', 'cn-hangzhou')).toBe(1);
    expect(editDistance('cn-hangzhou1', 'cn-hangzhou')).toBe(1);
    expect(editDistance('cn-hangzohu', 'cn-hangzhou')).toBe(1);
    expect(editDistance('cn-hongzhuo', 'cn-hangzhou')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('stops early once over the limit', () => {
    expect(editDistance('xyz', 'cn-hangzhou', 2)).toBe(3);
    expect(editDistance('aaaaaaaaaa', 'bbbbbbbbbb', 2)).toBe(3);
  });
});

describe('didYouMean', () => {
  it('finds close region IDs', () => {
    expect(didYouMean('cn-hangzou', IDS)).toBe('cn-hangzhou');
    expect(didYouMean('cn-hangzhou1', IDS)).toBe('cn-hangzhou');
    expect(didYouMean('ap-southeast1', IDS)).toBe('ap-southeast-1');
  });
  it('finds config-key typos', () => {
    const keys = ['cpu_usage_limit', 'mem_usage_limit', 'max_bytes_per_sec', 'buffer_file_num', 'buffer_file_size'];
    expect(didYouMean('cpu_usage_limt', keys)).toBe('cpu_usage_limit');
    expect(didYouMean('max_byte_per_sec', keys)).toBe('max_bytes_per_sec');
  });
  it('stays silent when nothing is close, on ties, and on exact matches', () => {
    expect(didYouMean('xyz', IDS)).toBeUndefined();
    expect(didYouMean('ap-southeast-4', IDS)).toBeUndefined(); // -1, -3, -5 ... all one edit away
    expect(didYouMean('cn-hangzhou', IDS)).toBeUndefined();
  });
  it('keeps short inputs to one edit by default', () => {
    expect(didYouMean('abc', ['xyc'])).toBeUndefined();
    expect(didYouMean('abc', ['abd'])).toBe('abd');
  });
  it('handles ~300 candidates quickly', () => {
    const many = Array.from({ length: 300 }, (_, i) => `some_config_key_${i}_suffix`);
    many.push('cpu_usage_limit');
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) expect(didYouMean('cpu_usage_limt', many)).toBe('cpu_usage_limit');
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('suggestRegion', () => {
  it('suggests from typos, case and separator slips', () => {
    expect(suggestRegion('cn-hangzou')).toBe('cn-hangzhou');
    expect(suggestRegion('cn-hangzhou1')).toBe('cn-hangzhou');
    expect(suggestRegion('ap-southeast1')).toBe('ap-southeast-1');
    expect(suggestRegion('CN-HANGZHOU')).toBe('cn-hangzhou');
    expect(suggestRegion('cn_shanghai')).toBe('cn-shanghai');
    expect(suggestRegion('cn-shanghai-finance')).toBe('cn-shanghai-finance-1');
  });
  it('suggests from a network suffix left on the ID or a missing leading part', () => {
    expect(suggestRegion('cn-hangzhou-intranet')).toBe('cn-hangzhou');
    expect(suggestRegion('cn-shanghai-finance-1-internet')).toBe('cn-shanghai-finance-1');
    expect(suggestRegion('cn-shanghai-finance-intranet')).toBe('cn-shanghai-finance-1');
    expect(suggestRegion('hangzhou')).toBe('cn-hangzhou');
    expect(suggestRegion('east-1')).toBeUndefined(); // us-east-1 and me-east-1
  });
  it('never suggests a retired region, and says nothing for known IDs', () => {
    expect(suggestRegion('xyz')).toBeUndefined();
    expect(suggestRegion('ap-southeast-2')).toBeUndefined();
    expect(suggestRegion('cn-hangzhou')).toBeUndefined();
    expect(suggestRegion('ap-south1')).toBeUndefined();
    expect(suggestRegion('rus-west1')).toBeUndefined();
    expect(suggestRegion('AP-SOUTH-1')).toBeUndefined();
    expect(suggestRegion('mumbai')).toBeUndefined();
  });
});
