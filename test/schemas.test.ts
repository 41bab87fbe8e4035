import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../schemas/ilogtail_config.schema.json'), 'utf8'));

describe('schemas/ilogtail_config.schema.json as an editor sees it', () => {
  // An editor knows standard keywords only; the x-logtail-* annotations are ignored there.
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it('flags values outside the agent-enforced and documented ranges', () => {
    for (const config of [{ buffer_file_num: 101 }, { force_quit_read_timeout: 600 }, { mem_usage_limit: 64 }, { max_read_buffer_size: 1024 }]) {
      expect(validate(config), JSON.stringify(config)).toBe(false);
    }
  });

  it('accepts the installer templates of the reference', () => {
    const intranet = {
      config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
      data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }],
      cpu_usage_limit: 0.4,
      mem_usage_limit: 384,
      max_bytes_per_sec: 20971520,
      bytes_per_sec: 1048576,
      buffer_file_num: 25,
      buffer_file_size: 20971520,
      buffer_map_num: 5,
    };
    expect(validate(intranet), JSON.stringify(validate.errors)).toBe(true);
  });
});
