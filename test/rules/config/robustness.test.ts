import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/index.js';
import { writeTree } from '../../helpers.js';

const F = 'hosts/web/ilogtail_config.json';

/** Lint one agent config; no rule may throw. Returns the config/* findings. */
async function lintConfig(content: string | Uint8Array) {
  const t0 = performance.now();
  const result = await lint({ cwd: writeTree({ [F]: content }), overrides: { noConfigLookup: true } });
  const ms = performance.now() - t0;
  expect(result.ruleFailures.map((f) => `${f.ruleId}: ${f.error.stack}`)).toEqual([]);
  return { found: result.diagnostics.filter((d) => d.ruleId.startsWith('config/')), ms };
}
const ids = (found: Array<{ ruleId: string }>) => [...new Set(found.map((d) => d.ruleId))].sort();

describe('config/* rules on hostile input', () => {
  it('BOM', async () => {
    const { found } = await lintConfig(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "x"}], "mem_usage_limit": "384"}')]));
    expect(ids(found)).toEqual(['config/bom', 'config/quoted-number']);
  });

  it('CRLF everywhere, including a blank first line', async () => {
    const { found } = await lintConfig('\r\n{\r\n  "data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "x"}],\r\n  "cpu_usage_limt": 1\r\n}\r\n');
    expect(ids(found)).toEqual(['config/leading-content', 'config/unknown-key']);
    const unknown = found.find((d) => d.ruleId === 'config/unknown-key')!;
    expect(unknown.range.start).toEqual({ line: 4, column: 3 });
  });

  it('empty and whitespace-only files', async () => {
    expect(ids((await lintConfig('')).found)).toEqual(['config/invalid-json']);
    expect(ids((await lintConfig('\r\n\f  \n')).found)).toEqual(['config/invalid-json']);
  });

  it('binary-ish text (invalid UTF-8, control characters, no NUL)', async () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let round = 0; round < 10; round++) {
      const bytes = Buffer.alloc(3000, 0);
      for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + Math.floor(rand() * 255);
      if (round % 2) bytes[0] = 0x7b; // starts like an object
      const { found } = await lintConfig(bytes);
      expect(found.length).toBeGreaterThan(0);
      expect(found.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('10k-deep nesting, at the root and inside a typed key', async () => {
    for (const text of [
      '['.repeat(10_000),
      '{"a":'.repeat(10_000),
      '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      '{"working_ip": ' + '['.repeat(10_000) + ']'.repeat(10_000) + '}',
      '{"data_server_list": ' + '[{"cluster":'.repeat(5_000) + '1' + '}]'.repeat(5_000) + '}',
    ]) {
      const { found, ms } = await lintConfig(text);
      expect(found.some((d) => d.ruleId === 'config/invalid-json' && /stackLimit/.test(d.message)), text.slice(0, 30)).toBe(true);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it('a 5 MB config with many keys, duplicates and typed values', async () => {
    const parts = ['"data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com"}]'];
    let length = parts[0].length;
    for (let i = 0; length < 4_900_000; i++) {
      const part = `"custom_key_${i}": {"x": [1, 2.5, "s", true, null]}`;
      parts.push(part);
      length += part.length + 2;
    }
    parts.push('"mem_usage_limit": 384.5', '"mem_usage_limit": "384"');
    const text = '{\n' + parts.join(',\n') + '\n}\n';
    expect(text.length).toBeGreaterThan(4_800_000);
    const { found, ms } = await lintConfig(text);
    expect(ids(found)).toEqual(['config/duplicate-key', 'config/quoted-number', 'config/unknown-key']);
    expect(found.filter((d) => d.ruleId === 'config/quoted-number')).toHaveLength(1); // the last value wins
    expect(ms).toBeLessThan(15_000);
  });

  it('odd but parsable trees: missing values, wrong shapes everywhere', async () => {
    for (const text of [
      '{"data_server_list": [null, 1, "x", [], {"cluster": null, "endpoint": {}}]}',
      '{"working_ip": , "data_server_list": }',
      '{"ilogtail_configserver_address": [null, {}, ["a:1"]], "config_server_list": [1, {"endpoint_list": "a:1"}]}',
      '{"": 1, "__proto__": {"polluted": true}, "constructor": 1}',
      '{"buffer_file_num": "x", "buffer_file_size": {}}',
      '{"data_servers": 5}',
      '{"$schema": 1}',
    ]) {
      await lintConfig(text);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
