import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { runBin } from './run-bin.js';

const CONFIG = `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "cn-hangzou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }],
  "max_bytes_per_sec": "2097152",
}
`;

describe('--fix', () => {
  it('rewrites the fixable mistakes, reports what is left, and exits on what is left', () => {
    const dir = writeTree({ 'h/ilogtail_config.json': '\uFEFF' + CONFIG, 'h/user_defined_id': 'web-prod\r\napi-prod\r\n' });
    const r = runBin(['--fix', '-f', 'json'], dir);
    expect(r.stderr).toContain('logtail-lint: fixed');
    expect(readFileSync(path.join(dir, 'h/ilogtail_config.json'), 'utf8')).toBe(
      CONFIG.replace('cn-hangzou', 'cn-hangzhou').replace('"2097152"', '2097152').replace('2097152,\n}', '2097152\n}'),
    );
    expect(readFileSync(path.join(dir, 'h/user_defined_id'), 'utf8')).toBe('web-prod\napi-prod\n');
    const left = JSON.parse(r.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(left.filter((id: string) => id.startsWith('config/') || id.startsWith('region/') || id.startsWith('user-defined-id/'))).toEqual([]);
  });

  it('never rewrites a file that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('web-prod\r\ncaf'), Buffer.from([0xe9]), Buffer.from('\r\n')]);
    const dir = writeTree({ 'h/user_defined_id': bytes });
    const r = runBin(['--fix'], dir);
    expect(r.status).toBe(1);
    expect(readFileSync(path.join(dir, 'h/user_defined_id')).equals(bytes)).toBe(true);
  });

  it('a clean tree is left alone and exits 0', () => {
    const dir = writeTree({ 'h/user_defined_id': 'web-prod\n' });
    expect(runBin(['--fix'], dir)).toMatchObject({ status: 0, stderr: '' });
  });
});
