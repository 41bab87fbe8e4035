import { testRule } from '../../rule-tester.js';
import { F, host } from './config-text.js';

/** A config whose working_ip is `value`. */
const workingIp = (value: unknown) => host(JSON.stringify({ working_ip: value }));

testRule('config/working-ip-invalid', {
  valid: [
    // Template placeholders are rendered at deploy time, so their value is unknown here.
    ...['${HOST_IP}', '{{ ansible_default_ipv4.address }}', '$(HOST_IP)'].map((v) => ({ name: `a template placeholder: ${v}`, files: workingIp(v) })),
    ...['10.0.0.1', '2001:db8::1', ''].map((v) => ({ name: `an IPv4 or IPv6 address, or the empty string (auto-detect): "${v}"`, files: workingIp(v) })),
    { name: 'a non-string (config/wrong-type reports it)', files: host('{"working_ip": 10}') },
  ],
  invalid: [
    {
      name: 'a hostname, without a fix',
      files: host('{\n  "working_ip": "web-01"\n}'),
      findings: [
        { at: '2:17-2:25', message: 'working_ip is "web-01", not an IP address: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'a CIDR block',
      files: workingIp('10.0.0.0/24'),
      findings: [
        { at: '1:15-1:28', message: 'working_ip is "10.0.0.0/24", a CIDR block, not an address: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'an address with a port',
      files: workingIp('10.0.0.1:80'),
      findings: [
        { at: '1:15-1:28', message: 'working_ip is "10.0.0.1:80", an address with a port: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'a URL',
      files: workingIp('http://10.0.0.1'),
      findings: [
        { at: '1:15-1:32', message: 'working_ip is "http://10.0.0.1", a URL, not an address: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'a list of addresses',
      files: workingIp('10.0.0.1,10.0.0.2'),
      findings: [
        { at: '1:15-1:34', message: 'working_ip is "10.0.0.1,10.0.0.2", several values, not one address: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'a bad IPv4 address',
      files: workingIp('10.0.0.256'),
      findings: [
        { at: '1:15-1:27', message: 'working_ip is "10.0.0.256", not a valid IPv4 address: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address, or remove the key to let the agent detect it.' },
      ],
    },
    {
      name: 'surrounding whitespace, fixed',
      files: host('{"working_ip": " 10.0.0.1 "}'),
      findings: [
        { at: '1:16-1:28', message: 'working_ip is " 10.0.0.1 ", an address with surrounding whitespace: the agent reports this text verbatim as the host\'s IP (it does no format check), so a machine group identified by IP never matches this host. Write the host\'s IPv4 or IPv6 address ("10.0.0.1"), or remove the key to let the agent detect it.' },
      ],
      output: { [F]: '{"working_ip": "10.0.0.1"}' },
    },
  ],
});
