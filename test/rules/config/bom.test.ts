import { testRule } from '../../rule-tester.js';
import { DISCARDED, F, host, withBom } from './config-text.js';

const BOM =
  `File starts with a UTF-8 byte order mark (EF BB BF): the agent's pre-check wants "{" as the first byte, so ${DISCARDED} Save the file as UTF-8 without BOM.`;

testRule('config/bom', {
  valid: [
    { name: 'a file without BOM, with a BOM-like character later in the file', files: host('{"working_hostname": "\uFEFFweb"}\n') },
  ],
  invalid: [
    {
      name: 'a UTF-8 BOM at the start, with a fix that deletes it',
      files: host(withBom('{"cpu_usage_limit": 0.4}\n')),
      findings: [
        { at: '1:1-1:1', message: BOM, severity: 'error' },
      ],
      output: { [F]: '{"cpu_usage_limit": 0.4}\n' },
    },
    {
      name: 'the BOM of a BOM-only file (which is empty as well)',
      files: host(withBom()),
      findings: [
        { at: '1:1-1:1', message: BOM },
      ],
      output: { [F]: '' },
    },
    {
      name: 'loongcollector_config.json and instance_config files too',
      files: {
        'lc/loongcollector_config.json': withBom('{}'),
        'lc/conf/instance_config/local/extra.json': withBom('{}'),
      },
      findings: [
        { file: 'lc/conf/instance_config/local/extra.json', at: '1:1-1:1', message: BOM },
        { file: 'lc/loongcollector_config.json', at: '1:1-1:1', message: BOM },
      ],
      output: { 'lc/loongcollector_config.json': '{}', 'lc/conf/instance_config/local/extra.json': '{}' },
    },
  ],
});
