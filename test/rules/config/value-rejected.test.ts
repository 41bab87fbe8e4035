import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

testRule('config/value-rejected', {
  valid: [
    { name: 'force_quit_read_timeout above 600', files: host('{"force_quit_read_timeout": 601}') },
    { name: 'max_read_buffer_size at its lower bound', files: host('{"max_read_buffer_size": 10240}') },
    { name: 'max_read_buffer_size at its upper bound (1 GiB)', files: host('{"max_read_buffer_size": 1073741824}') },
    // Above the documented 8 MiB, which config/out-of-documented-range reports, but accepted by the code.
    { name: 'max_read_buffer_size of 16 MiB', files: host('{"max_read_buffer_size": 16777216}') },
  ],
  invalid: [
    {
      name: 'force_quit_read_timeout of 600 or less',
      files: host('{"force_quit_read_timeout": 600}'),
      findings: [
        { at: '1:29-1:32', message: '"force_quit_read_timeout" is 600. Values of 600 or less are rejected with a warning, and the default applies. Use a value above 600.' },
      ],
    },
    {
      name: 'max_read_buffer_size below 10240',
      files: host('{"max_read_buffer_size": 10239}'),
      findings: [
        { at: '1:26-1:31', message: '"max_read_buffer_size" is 10239. The agent accepts only 10240 to 1073741824 (1 GiB). Use a value from 10240 to 1073741824.' },
      ],
    },
    {
      name: 'max_read_buffer_size above 1 GiB',
      files: host('{"max_read_buffer_size": 1073741825}'),
      findings: [
        { at: '1:26-1:36', message: '"max_read_buffer_size" is 1073741825. The agent accepts only 10240 to 1073741824 (1 GiB). Use a value from 10240 to 1073741824.' },
      ],
    },
    {
      name: 'ConfigServer entries that are not host:port, fixing a scheme prefix only',
      files: host('{"ilogtail_configserver_address": ["http://10.0.0.5:8899", "10.0.0.6:8899", "[::1]:8899", "h:70000"]}'),
      findings: [
        { at: '1:36-1:58', message: '"ilogtail_configserver_address"[0] is "http://10.0.0.5:8899", but the agent wants "host:port": it splits the entry on ":" into exactly two parts (so a scheme such as http:// or an IPv6 address is rejected) and skips a port outside 1-65535. Write "10.0.0.5:8899".' },
        { at: '1:77-1:89', message: '"ilogtail_configserver_address"[2] is "[::1]:8899", but the agent wants "host:port": it splits the entry on ":" into exactly two parts (so a scheme such as http:// or an IPv6 address is rejected) and skips a port outside 1-65535. Write the ConfigServer address as host:port, e.g. "10.0.0.5:8899".' },
        { at: '1:91-1:100', message: '"ilogtail_configserver_address"[3] is "h:70000", but the agent wants "host:port": it splits the entry on ":" into exactly two parts (so a scheme such as http:// or an IPv6 address is rejected) and skips a port outside 1-65535. Write the ConfigServer address as host:port, e.g. "10.0.0.5:8899".' },
      ],
      output: { [F]: '{"ilogtail_configserver_address": ["10.0.0.5:8899", "10.0.0.6:8899", "[::1]:8899", "h:70000"]}' },
    },
    {
      name: 'config_server_list endpoint_list entries too',
      files: host('{"config_server_list": [{"cluster": "c", "endpoint_list": ["https://h:443/"]}]}'),
      findings: [
        { at: '1:60-1:76', message: '"config_server_list"[0].endpoint_list[0] is "https://h:443/", but the agent wants "host:port": it splits the entry on ":" into exactly two parts (so a scheme such as http:// or an IPv6 address is rejected) and skips a port outside 1-65535. Write "h:443".', pointer: '/config_server_list/0/endpoint_list/0' },
      ],
      output: { [F]: '{"config_server_list": [{"cluster": "c", "endpoint_list": ["h:443"]}]}' },
    },
  ],
});
