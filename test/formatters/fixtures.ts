/** A small fixed report that exercises every formatter's edge cases; the goldens are rendered from it. */
import type { Diagnostic, Range, RuleMeta } from '../../src/core/diagnostic.js';
import type { FormatterContext } from '../../src/formatters/types.js';

export const SOURCES: Record<string, string> = {
  'conf/ilogtail_config.json': [
    '{',
    '  "config_server_address": "logtail.cn-hangzhou-intranet.log.aliyuncs.com",',
    '\t"region":\t"cn-hangzhouu",',
    '  "mem_usage_limit": 64',
    '}',
    '',
  ].join('\n'),
  'terraform/my module/main.tf': ['provider "alicloud" {', '  region = "cn-hangzhou"', '}', ''].join('\n'),
  user_defined_id: 'web-杭州 \n',
  'scripts/install.sh': [
    '#!/bin/sh',
    'set -e',
    '# install the agent',
    'wget -q http://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh \\',
    '  -O logtail.sh',
    '',
  ].join('\n'),
};

/** Range of the `nth` occurrence of `needle` in a fixture file, from its offsets, so fixtures cannot drift from the sources. */
export function rangeOf(file: string, needle: string, length = needle.length): { range: Range; offset: number } {
  const text = SOURCES[file];
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in ${file}`);
  const at = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return { line, column: o - before.lastIndexOf('\n') };
  };
  return { range: { start: at(offset), end: at(offset + length) }, offset };
}

const DOCS = 'https://github.com/logtail-lint/logtail-lint/blob/v0.1.0/docs/rules';

const RULES: RuleMeta[] = [
  { id: 'config/unknown-region', severity: 'error', description: 'The region is not an Alibaba Cloud region.', fixable: true },
  { id: 'config/memory-limit-low', severity: 'warning', description: 'mem_usage_limit is lower than recommended.' },
  { id: 'user-defined-id/trailing-whitespace', severity: 'info', description: 'The ID has trailing whitespace.' },
  { id: 'script/insecure-download', severity: 'warning', description: 'The installer is downloaded over plain HTTP.' },
  // No finding in the fixture: SARIF must still list it.
  { id: 'machine-group/empty-identity', severity: 'error', description: 'The machine group matches no machine.' },
];

export function makeContext(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: '/home/ci/logtail config',
    rules: new Map(RULES.map((r) => [r.id, { ...r, docsUrl: `${DOCS}/${r.id}.md` }])),
    toolVersion: '0.1.0',
    color: false,
    getLine: (file, line) => SOURCES[file]?.split('\n')[line - 1]?.replace(/\r$/, ''),
    filesLinted: 7,
    ...overrides,
  };
}

const region = rangeOf('conf/ilogtail_config.json', '"cn-hangzhouu"');
const regionValue = rangeOf('conf/ilogtail_config.json', 'cn-hangzhouu');
const download = rangeOf('scripts/install.sh', 'http://');

/** Deliberately out of reading order: formatters sort. */
export const DIAGNOSTICS: Diagnostic[] = [
  {
    ruleId: 'script/insecure-download',
    severity: 'warning',
    // %, `,`, `:`, a newline and every XML special character.
    message: `Installer fetched over plain HTTP: 100% of "<&>" can be 'tampered', use https\nSee the install guide.`,
    file: 'scripts/install.sh',
    // Spans two lines: the frame underlines to the end of the first.
    range: { start: download.range.start, end: { line: 5, column: 3 } },
    fingerprint: 'f1c3a0e0d5b2c4a6e8f0a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9c1d3',
  },
  {
    ruleId: 'user-defined-id/trailing-whitespace',
    severity: 'info',
    message: 'user_defined_id ends with whitespace',
    file: 'user_defined_id',
    // After two wide characters: the caret must move two cells for each.
    range: rangeOf('user_defined_id', ' ').range,
    // No fingerprint: the formatters compute one.
  },
  {
    ruleId: 'config/memory-limit-low',
    severity: 'warning',
    message: 'mem_usage_limit 64 is lower than the recommended 128',
    file: 'conf/ilogtail_config.json',
    range: rangeOf('conf/ilogtail_config.json', '64').range,
    pointer: '/mem_usage_limit',
    fingerprint: '9b2e4d6f8a0c1e3b5d7f9a1c3e5b7d9f0a2c4e6b8d0f2a4c6e8b0d2f4a6c8e0b',
  },
  {
    ruleId: 'config/unknown-region',
    severity: 'error',
    message: 'Unknown region "cn-hangzhouu"; did you mean "cn-hangzhou"?',
    file: 'conf/ilogtail_config.json',
    // The line starts with a tab and has another before the range.
    range: region.range,
    pointer: '/region',
    related: [
      {
        file: 'terraform/my module/main.tf',
        range: rangeOf('terraform/my module/main.tf', '"cn-hangzhou"').range,
        message: 'The Terraform provider uses "cn-hangzhou"',
      },
    ],
    fix: {
      description: 'Replace with "cn-hangzhou"',
      edits: [{ range: [regionValue.offset, regionValue.offset + 'cn-hangzhouu'.length], text: 'cn-hangzhou' }],
    },
    fingerprint: '3c5e7a9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c5e7b9d1f3a5c',
  },
];
