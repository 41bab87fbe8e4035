import { testRule } from '../../rule-tester.js';
import { host } from './config-text.js';

testRule('config/wrong-type', {
  valid: [
    { name: 'an integral real such as 2048.0, as isInt() does', files: host('{"mem_usage_limit": 2048.0, "max_bytes_per_sec": 2e7}') },
    {
      name: 'numbers and booleans of the wrong kind for keys read through gflags (config/flag-type-mismatch reports those)',
      files: host('{"config_scan_interval": 1.5, "process_thread_count": true, "check_point_filename": 5}'),
    },
    { name: 'quoted numbers, string booleans and nulls (their own rules report those)', files: host('{"max_bytes_per_sec": "1", "discard_old_data": "true", "mem_usage_limit": null}') },
    { name: 'unknown keys, and keys whose type the reference does not give', files: host('{"my_key": {"a": 1}, "auth_config": [1], "region": 5}') },
  ],
  invalid: [
    {
      name: 'a real number for an integral-only key',
      files: host('{"mem_usage_limit": 384.5}'),
      findings: [
        { at: '1:21-1:26', message: '"mem_usage_limit" must be an integer, but it is a real number (384.5): the agent ignores it and uses the default (2048). Write a whole number, e.g. 385.' },
      ],
    },
    {
      name: 'objects, arrays and booleans where scalars belong, over the whole value',
      files: host('{"working_ip": {"ip": "10.0.0.1"}, "cpu_usage_limit": true, "ilogtail_configserver_address": {"a": "h:1"}}'),
      findings: [
        { at: '1:16-1:34', message: '"working_ip" must be a string, but it is an object ({…}): the agent ignores it and uses the default (""). Write a string, e.g. "172.16.0.12".' },
        { at: '1:55-1:59', message: '"cpu_usage_limit" must be a number, but it is true: the agent ignores it and uses the default (2). Write a number.' },
        { at: '1:94-1:106', message: '"ilogtail_configserver_address" must be an array, but it is an object ({…}): the agent ignores it and uses its default. Write an array, e.g. ["10.0.0.5:8899"].' },
      ],
    },
    {
      name: 'bad entries inside arrays',
      files: host('{"inotify_black_list": ["/a", 3], "data_server_list": ["cn-hangzhou"]}'),
      findings: [
        { at: '1:31-1:32', message: '"inotify_black_list"[1] must be a string, but it is an integer (3): the agent cannot use this entry. Write a string.', pointer: '/inotify_black_list/1' },
        { at: '1:56-1:69', message: '"data_server_list"[0] must be an object, but it is a string ("cn-hangzhou"): the agent cannot use this entry. Write an object.', pointer: '/data_server_list/0' },
      ],
    },
    {
      name: 'a non-numeric string for a typed key',
      files: host('{"max_bytes_per_sec": "fast"}'),
      findings: [
        { at: '1:23-1:29', message: '"max_bytes_per_sec" must be an integer, but it is a string ("fast"): the agent ignores it and uses the default (26214400). Write an integer.' },
      ],
    },
    {
      name: 'an object for a flag-only key',
      files: host('{"config_scan_interval": {"s": 10}}'),
      findings: [
        { at: '1:26-1:35', message: '"config_scan_interval" must be an integer or a string, but it is an object ({…}): the agent hands only scalars to gflags, so it ignores this and the flag keeps the default (10). Write an integer or a string.' },
      ],
    },
  ],
});
