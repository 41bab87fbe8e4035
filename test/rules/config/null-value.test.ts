import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/null-value', {
  valid: [{ name: 'nulls nested in values, and unknown keys', files: host('{"data_server_list": [null], "no_such_key": null}') }],
  invalid: [
    {
      name: 'null empties a string flag',
      files: host('{\n  "check_point_filename": null\n}'),
      findings: [
        { at: '2:27-2:31', message: '"check_point_filename" is null: the agent hands null to gflags as an empty string, which empties the flag (the checkpoint path then resolves to the installation directory itself, inferred from the code). Delete the key to get the default, or write the value you mean.', severity: 'warning' },
      ],
    },
    {
      name: 'typed keys and non-string flags, explained',
      files: host('{"mem_usage_limit": null, "process_thread_count": null, "default_buffer_file_path": null}'),
      findings: [
        { at: '1:21-1:25', message: '"mem_usage_limit" is null: the agent\'s typed reader ignores null, so the default (2048) applies. Delete the key to get the default, or write the value you mean.' },
        { at: '1:51-1:55', message: '"process_thread_count" is null: the agent hands null to gflags as an empty string, which an INT32 flag cannot parse, so the default (1) stays (inferred from the code). Delete the key to get the default, or write the value you mean.' },
        { at: '1:85-1:89', message: '"default_buffer_file_path" is null: the agent hands null to gflags as an empty string, which empties the flag. Delete the key to get the default, or write the value you mean.' },
      ],
    },
  ],
});
