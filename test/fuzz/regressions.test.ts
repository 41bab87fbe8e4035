/**
 * Each failure `npm run fuzz` found, as its shrunk input (docs/fuzzing.md), checked with the
 * fuzzer's own properties (fuzz/properties.mjs) through the built CLI.
 */
import { afterAll, describe, it } from 'vitest';
import { checkInput, createWorkspace, type FuzzInput } from '../../fuzz/properties.mjs';

const workspace = createWorkspace();
afterAll(() => workspace.dispose());

const bytes = (...parts: Array<string | number[]>) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const agentConfig = (content: Buffer): FuzzInput => ({ family: 'agent-config', dir: 'h/usr/local/ilogtail', name: Buffer.from('ilogtail_config.json'), bytes: content });
const userDefinedId = (content: Buffer): FuzzInput => ({ family: 'user-defined-id', dir: 'h/etc/ilogtail', name: Buffer.from('user_defined_id'), bytes: content });

describe('fuzz regressions', () => {
  // firstInvalidUtf8 checked only the continuation bytes' shape, so it found nothing invalid and
  // file/not-utf8 pointed one past the end of the file.
  it('file/not-utf8 stays inside the file for a UTF-8-encoded lone surrogate (ED A0 80)', async () => {
    await checkInput(agentConfig(bytes('{"a": "', [0xed, 0xa0, 0x80], '"}\n')), workspace);
  });
  it('file/not-utf8 stays inside the file for an overlong NUL (C0 80) and a code point past U+10FFFF', async () => {
    await checkInput(userDefinedId(bytes('web-prod', [0xc0, 0x80], '\n')), workspace);
    await checkInput(userDefinedId(bytes('web-prod', [0xf4, 0x90, 0x80, 0x80], '\n')), workspace);
  });
  // `/ +$/` backtracked over every run of spaces: 15 s on a 300 KB line.
  it('user_defined_id: a 300 KB line of spaces with text after them lints within 2 s', async () => {
    await checkInput(userDefinedId(bytes('web\t-pro', ' '.repeat(300_000), 'x\n')), workspace);
  });
});

describe('fuzz regressions: time', () => {
  const terraform = (content: string): FuzzInput => ({ family: 'terraform', dir: 'infra', name: Buffer.from('main.tf'), bytes: Buffer.from(content) });
  const kubernetes = (content: string): FuzzInput => ({ family: 'kubernetes', dir: 'k8s', name: Buffer.from('logtail-ds.yaml'), bytes: Buffer.from(content) });
  // tree-sitter-hcl is quadratic in blanks after a body item's name (0.4 s at 3,000 spaces, over
  // 60 s at 29,000); the reader now parses a long run of blanks as a same-length block comment.
  it('terraform: 29,000 spaces between an attribute name and its = lint within 2 s', async () => {
    await checkInput(terraform(`resource "alicloud_log_machine_group" "web" {\n  name${' '.repeat(29_000)}= "web-prod"\n}\n`), workspace);
  });
  it('terraform: a block name followed by 29,000 tabs lints within 2 s', async () => {
    await checkInput(terraform(`resource "alicloud_log_machine_group" "web" {\n  lifecycle${'\t'.repeat(29_000)}{\n  }\n  name = "web-prod"\n}\n`), workspace);
  });
  // The traversal pattern of the Terraform readers retried at every letter of a long word: 5 s at 64,000.
  it('terraform: a 64,000-letter word before a list lints within 2 s', async () => {
    await checkInput(terraform(`resource "alicloud_log_machine_group" "web" {\n  identify_list =${'a'.repeat(64_000)} ["10.0.1.12", "10.0.1.13"]\n}\n`), workspace);
  });
  // 95,000 YAML syntax errors, each an Error with a stack trace: 1.3 s alone, over 2 s in a busy
  // campaign. The stacks are no longer captured: 0.5 s.
  it('kubernetes: a run of 190,000 double quotes in a value, after anchors and aliases, lints within 2 s', async () => {
    const aliases = 'a0: &a0 ["lol"]\na1: &a1 [*a0, *a0, *a0, *a0, *a0]\na2: &a2 [*a1, *a1, *a1, *a1, *a1]\na3: &a3 [*a2, *a2, *a2, *a2, *a2]\n';
    await checkInput(kubernetes(`${aliases}apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${'"'.repeat(190_000)}\n`), workspace);
  });
});

describe('fuzz regressions: memory', () => {
  // The yaml package needs ~35 bytes per character of a long scalar: a 50 MiB string took 1.8 GB.
  it('ros-yaml: a 50 MiB string, read under a raised --max-file-size, stays under 1 GB', async () => {
    const big = `ROSTemplateFormatVersion: '2015-09-01'\nResources:\n  g:\n    Type: ALIYUN::SLS::MachineGroup\n    Properties:\n      MachineList: "${'a'.repeat(50 * 2 ** 20)}"\n`;
    await checkInput({ family: 'ros-yaml', dir: 'ros', name: Buffer.from('machine-groups.yaml'), bytes: Buffer.from(big) }, workspace, { maxFileSize: 100 * 2 ** 20 });
  }, 60_000);
});
