import { testRule } from '../../rule-tester.js';

const CONFIG = '{"data_server_list": [{"cluster": "cn-hangzhou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com"}]}\n';

testRule('file/binary', {
  valid: [{ name: 'a text file', files: { 'h/ilogtail_config.json': CONFIG } }],
  invalid: [
    {
      name: 'a NUL byte: binary, not read',
      files: { 'h/ilogtail_config.json': new Uint8Array([0x7b, 0, 0x7d]) },
      findings: [{ at: '1:1-1:1', message: 'File contains a NUL byte at offset 1: it is binary (or UTF-16), and the agent reads it as broken text. Save it as UTF-8 text.' }],
    },
  ],
});

testRule('file/not-utf8', {
  valid: [
    { name: 'UTF-8 with a BOM and CRLF', files: { 'h/user_defined_id': '\uFEFFweb\r\n' } },
    { name: 'an empty file', files: { 'h/user_defined_id': '' } },
  ],
  invalid: [
    {
      name: 'a Latin-1 byte: reported at the character it became',
      files: { 'h/user_defined_id': Buffer.concat([Buffer.from('ok\nab'), Buffer.from([0xe9]), Buffer.from('c\n')]) },
      findings: [{ at: '2:3-2:4', message: 'Invalid UTF-8 at byte 5: the agent and SLS compare identifiers byte by byte, so text in another encoding never matches. Re-save the file as UTF-8.' }],
    },
    {
      name: 'after multi-byte characters, the column counts characters, not bytes',
      files: { 'h/user_defined_id': Buffer.concat([Buffer.from('日本-'), Buffer.from([0xff])]) },
      findings: [{ at: '1:4-1:5', message: 'Invalid UTF-8 at byte 7: the agent and SLS compare identifiers byte by byte, so text in another encoding never matches. Re-save the file as UTF-8.' }],
    },
  ],
});

testRule('file/too-large', {
  valid: [{ name: 'under the limit', files: { 'h/ilogtail_config.json': CONFIG }, config: { maxFileSize: 1000 } }],
  invalid: [
    {
      name: 'over the configured limit: reported and not read',
      files: { 'h/ilogtail_config.json': '{"a":"' + 'x'.repeat(2000) + '"}' },
      config: { maxFileSize: 1000 },
      findings: [
        {
          at: '1:1-1:1',
          message:
            'File is 2008 bytes, over the 1000 bytes limit, so it was not checked. Raise "maxFileSize" in .logtail-lint.json (or --max-file-size) if it really is a Logtail or machine-group file, or add it to "ignores".',
        },
      ],
    },
  ],
});

testRule('file/parse-error', {
  valid: [
    { name: 'a Terraform file that parses', files: { 'infra/main.tf': 'resource "alicloud_log_project" "p" {\n  project_name = "app-logs"\n}\n' } },
    { name: 'broken YAML that is none of ours', files: { 'ci/build.yaml': 'steps: [\n  - run: make\n' } },
  ],
  invalid: [
    {
      name: 'a broken machine-group Terraform file: one finding, at the first error',
      files: { 'infra/groups.tf': 'resource "alicloud_log_machine_group" "g" {\n  project = "p"\n  name = "g"\n  identify_list = ["10.0.0.1"\n}\n' },
      findings: [{ at: '5:1-5:1', message: 'Terraform syntax error: missing "]". Fix the syntax so logtail-lint (and Terraform) can read the rest of this file.' }],
    },
  ],
});
