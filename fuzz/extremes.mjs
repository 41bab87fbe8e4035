/**
 * The very large inputs, each too slow to draw at random: run once per family per campaign.
 * Deep nesting stays under 1 MB, so the 2 s limit holds for it; the 50 MB string is linted
 * twice, at the default --max-file-size (reported, not read) and with the limit raised so the
 * reader really parses it.
 */
import { aliasBomb, NESTING } from './mutations.mjs';

const DEPTH = 100_000;
const BIG = 50 * 1024 * 1024;

/** The document around a deep value or a long string, per syntax. */
const WRAP = {
  json: (v) => `{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com", "data_server_list": ${v}}\n`,
  yaml: (v) => `ROSTemplateFormatVersion: '2015-09-01'\nkind: DaemonSet\nvalue: ${v}\n`,
  hcl: (v) => `locals {\n  x = ${v}\n}\n`,
  shell: (v) => `#!/bin/sh\necho ${v}\n`,
  text: (v) => `${v}\n`,
};

const QUOTE = { json: '"', yaml: '"', hcl: '"', shell: "'", text: '' };

/** [{ label, text(): string, maxFileSize? }] for a family's syntax; text is built only when run. */
export function extremesFor(syntax) {
  const wrap = WRAP[syntax];
  const q = QUOTE[syntax];
  const list = NESTING[syntax].map(([open, close], i) => ({ label: `nesting-100k-${i}`, text: () => wrap(open.repeat(DEPTH) + close.repeat(DEPTH)) }));
  list.push(
    { label: 'unterminated-nesting-100k', text: () => wrap(NESTING[syntax][0][0].repeat(DEPTH)) },
    { label: 'string-50mb', text: () => wrap(`${q}${'a'.repeat(BIG)}${q}`) },
    { label: 'string-50mb-read', text: () => wrap(`${q}${'a'.repeat(BIG)}${q}`), maxFileSize: 2 * BIG },
    { label: 'unterminated-string-50mb-read', text: () => wrap(`${q}${'\\a'.repeat(BIG / 2)}`), maxFileSize: 2 * BIG },
  );
  if (syntax === 'yaml') list.push({ label: 'billion-laughs', text: () => aliasBomb(9, 10) });
  return list;
}
