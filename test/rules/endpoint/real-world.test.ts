/**
 * The real-world patterns (real-world-patterns.md, "ilogtail_config.json") through every
 * region/ and endpoint/ rule at once: what a user sees, with no duplicate noise.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { span, writeTree, type Tree } from '../../helpers.js';
import { classic, FILE, internet, intranet, loong, raw } from './agent-config.js';

async function mine(tree: Tree): Promise<string[]> {
  const result = await lint({ cwd: writeTree(tree), overrides: { noConfigLookup: true } });
  if (result.ruleFailures.length > 0) throw result.ruleFailures[0].error;
  return result.diagnostics
    .filter((d) => d.ruleId.startsWith('region/') || d.ruleId.startsWith('endpoint/'))
    .map((d) => `${d.ruleId} ${span(d)}${d.fix ? ' fix' : ''}`)
    .sort();
}

describe('region/ and endpoint/ on real-world patterns', () => {
  it('the vendor doc example (cluster ap-southeast-2, cn-hangzhou-intranet hosts): retired + region-mismatch', async () => {
    const tree = classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'ap-southeast-2', 'cn-hangzhou-intranet.log.aliyuncs.com');
    expect(await mine(tree)).toEqual(['endpoint/region-mismatch 5:18-5:34 fix', 'region/retired 5:18-5:34']);
  });

  it('the installer templates and the LoongCollector form: nothing', async () => {
    expect(await mine(intranet('cn-hangzhou'))).toEqual([]);
    expect(await mine(internet('cn-hangzhou'))).toEqual([]);
    expect(await mine(classic('http://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'log-global.aliyuncs.com'))).toEqual([]);
    expect(await mine(loong('cn-beijing', 'http://logtail.cn-beijing.log.aliyuncs.com', 'cn-beijing', ['cn-beijing.log.aliyuncs.com']))).toEqual([]);
  });

  it('configs without data_server_list, with only access keys, or empty: nothing', async () => {
    expect(await mine(raw('{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com"}\n'))).toEqual([]);
    expect(await mine(raw('{\n  "default_access_key_id": "x",\n  "default_access_key": "y"\n}\n'))).toEqual([]);
    expect(await mine(raw('{}'))).toEqual([]);
  });

  it('a one-line config without a trailing newline', async () => {
    const text = '{"config_server_address":"https://logtail.cn-hangzhou.log.aliyuncs.com/","data_server_list":[{"cluster":"cn-hangzhou-acceleration","endpoint":"log-global.aliyuncs.com"}]}';
    expect(await mine({ [FILE]: text })).toEqual(['endpoint/trailing-slash 1:26-1:73 fix', 'region/install-suffix-in-cluster 1:105-1:131 fix']);
  });

  it('public endpoints on an ECS host in the same region: nothing (works, costs more)', async () => {
    expect(await mine(internet('cn-shanghai'))).toEqual([]);
  });

  it('https:// endpoints with data_server_port 80', async () => {
    const tree = classic('https://logtail.cn-hangzhou.log.aliyuncs.com', 'cn-hangzhou', 'https://cn-hangzhou.log.aliyuncs.com', ',\n  "data_server_port": 80');
    expect(await mine(tree)).toEqual(['endpoint/https-port 9:23-9:25']);
  });

  it('-intranet copied into cluster and -acceleration into the host', async () => {
    const tree = classic('http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'cn-hangzhou-intranet', 'cn-hangzhou-acceleration.log.aliyuncs.com');
    expect(await mine(tree)).toEqual(['endpoint/malformed 6:19-6:62 fix', 'region/install-suffix-in-cluster 5:18-5:40 fix']);
  });
});
