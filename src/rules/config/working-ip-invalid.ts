import { isIP } from 'node:net';
import { isTemplatedNode } from '../../core/json-tree.js';
import { defineRule } from '../types.js';
import { nodeRange } from './util.js';

export default defineRule({
  id: 'config/working-ip-invalid',
  severity: 'error',
  scope: 'file',
  description: 'working_ip is not an IPv4 or IPv6 address, so IP machine groups never match the host',
  fixable: true,
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      const node = fact.settings.get('working_ip')?.valueNode;
      if (!node || node.type !== 'string' || typeof node.value !== 'string' || isTemplatedNode(node)) continue;
      const value = node.value;
      if (value === '' || isIP(value) !== 0) continue; // "" = detect automatically
      const trimmed = value.trim();
      const what = describe(value, trimmed);
      report({
        file: fact.file,
        range: nodeRange(fact, node),
        pointer: '/working_ip',
        message: `working_ip is ${JSON.stringify(value)}, ${what}: the agent reports this text verbatim as the host's IP (it does no format check), so a machine group identified by IP never matches this host. Write the host's IPv4 or IPv6 address${isIP(trimmed) ? ` ("${trimmed}")` : ''}, or remove the key to let the agent detect it.`,
        fix: isIP(trimmed) ? { description: `Write "${trimmed}"`, edits: [{ range: [node.offset, node.offset + node.length], text: JSON.stringify(trimmed) }] } : undefined,
      });
    }
  },
});

function describe(value: string, trimmed: string): string {
  if (trimmed !== value && isIP(trimmed)) return 'an address with surrounding whitespace';
  if (/^[0-9a-fA-F.:]+\/[0-9]+$/.test(trimmed)) return 'a CIDR block, not an address';
  if (/^[0-9.]+:[0-9]+$/.test(trimmed) || /^\[[0-9a-fA-F:]+\]:[0-9]+$/.test(trimmed)) return 'an address with a port';
  if (/^[a-z]+:\/\//i.test(trimmed)) return 'a URL, not an address';
  if (/[,;\s]/.test(trimmed)) return 'several values, not one address';
  if (/^\$\{?[A-Za-z_]|\{\{/.test(trimmed)) return 'an unexpanded placeholder (the agent does not expand variables in this file)';
  if (/^[0-9.]+$/.test(trimmed)) return 'not a valid IPv4 address';
  return 'not an IP address';
}
