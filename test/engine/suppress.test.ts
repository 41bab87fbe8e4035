import { describe, expect, it } from 'vitest';
import { applySuppressions } from '../../src/engine/suppress.js';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { lintTree } from '../helpers.js';

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const diag = (ruleId: string, file: string, pointer?: string): Diagnostic => ({ ruleId, severity: 'error', message: 'm', file, range: at, pointer });

describe('suppressions', () => {
  it('match rule, file pattern and pointer prefix, and keep the reason', () => {
    const ds = [
      diag('config/unknown-key', 'hosts/a/ilogtail_config.json', '/custom_flag'),
      diag('config/unknown-key', 'hosts/a/ilogtail_config.json', '/custom_flagx'),
      diag('config/unknown-key', 'other/ilogtail_config.json', '/custom_flag'),
      diag('region/unknown', 'hosts/a/ilogtail_config.json', '/custom_flag/0'),
    ];
    const r = applySuppressions(ds, [
      { rule: 'config/unknown-key', file: 'hosts/**', pointer: '/custom_flag', reason: 'enterprise-only flag' },
      { rule: 'region/unknown', pointer: '/custom_flag', reason: 'private region' },
    ], '/repo', '/repo');
    expect(r.kept.map((d) => `${d.file}#${d.pointer}`)).toEqual(['hosts/a/ilogtail_config.json#/custom_flagx', 'other/ilogtail_config.json#/custom_flag']);
    expect(r.suppressed.map((d) => d.reason)).toEqual(['enterprise-only flag', 'private region']);
  });

  it('work from .logtail-lint.json, relative to the config file', async () => {
    const tree = {
      '.logtail-lint.json': JSON.stringify({ suppressions: [{ rule: 'file/binary', file: 'vendor-dump/', reason: 'UTF-16 export kept for audit' }] }),
      'vendor-dump/ilogtail_config.json': new Uint8Array([0x7b, 0, 0x7d]),
      'hosts/a/ilogtail_config.json': new Uint8Array([0x7b, 0, 0x7d]),
    };
    const result = await lintTree(tree);
    expect(result.diagnostics.map((d) => d.file)).toEqual(['hosts/a/ilogtail_config.json']);
    expect(result.suppressed.map((d) => [d.file, d.reason])).toEqual([['vendor-dump/ilogtail_config.json', 'UTF-16 export kept for audit']]);
  });

  it('a suppression naming an unknown rule is a configuration error', async () => {
    await expect(lintTree({ '.logtail-lint.json': JSON.stringify({ suppressions: [{ rule: 'file/nope', reason: 'why not' }] }) })).rejects.toThrow('Unknown rule "file/nope"');
  });
});
