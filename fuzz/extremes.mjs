/**
 * The very large inputs, each too slow to draw at random: run once per family per campaign.
 * Deep nesting stays under 1 MB, so the 2 s limit holds for it; the 50 MB string is linted
 * twice, at the default --max-file-size (reported, not read) and with the limit raised so the
 * reader really parses it.
 */
import { aliasBomb, NESTING } from './mutations.mjs';

const DEPTH = 100_000;
const BIG = 50 * 1024 * 1024;

/** The document around a deep value or a long string: per syntax, and per family where the reader sniffs content. */
const WRAP = {
  json: (v) => `{"config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com", "data_server_list": ${v}}\n`,
  yaml: (v) => `apiVersion: apps/v1\nkind: DaemonSet\nspec: ${v}\n`,
  hcl: (v) => `locals {\n  x = ${v}\n}\n`,
  shell: (v) => `#!/bin/sh\necho ${v}\n`,
  text: (v) => `${v}\n`,
};
const FAMILY_WRAP = {
  'terraform-json': (v) => `{"resource": {"alicloud_log_machine_group": {"g": {"identify_list": ${v}}}}}\n`,
  'terraform-plan': (v) =>
    `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [{"type": "alicloud_log_machine_group", "values": {"identify_list": ${v}}}]}}}\n`,
  'ros-json': (v) => `{"ROSTemplateFormatVersion": "2015-09-01", "Resources": {"g": {"Type": "ALIYUN::SLS::MachineGroup", "Properties": {"MachineList": ${v}}}}}\n`,
  'ros-yaml': (v) => `ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  g:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      MachineList: ${v}\n`,
};

const QUOTE = { json: '"', yaml: '"', hcl: '"', shell: "'", text: '' };

/** [{ label, text(): string, maxFileSize? }] for a family; text is built only when run. */
export function extremesFor(family, syntax) {
  const wrap = FAMILY_WRAP[family] ?? WRAP[syntax];
  const q = QUOTE[syntax];
  const list = NESTING[syntax].map(([open, close], i) => ({ label: `nesting-100k-${i}`, text: () => wrap(open.repeat(DEPTH) + close.repeat(DEPTH)) }));
  list.push(
    { label: 'unterminated-nesting-100k', text: () => wrap(NESTING[syntax][0][0].repeat(DEPTH)) },
    { label: 'string-50mb', text: () => wrap(`${q}${'a'.repeat(BIG)}${q}`) },
    { label: 'string-50mb-read', text: () => wrap(`${q}${'a'.repeat(BIG)}${q}`), maxFileSize: 2 * BIG },
    { label: 'unterminated-string-50mb-read', text: () => wrap(`${q}${'\\a'.repeat(BIG / 2)}`), maxFileSize: 2 * BIG },
  );
  if (syntax === 'yaml') list.push({ label: 'billion-laughs', text: () => wrap(`\n${aliasBomb(9, 10).replace(/^/gm, ' '.repeat(8))}`) });
  return list;
}
