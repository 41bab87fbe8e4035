import { identifierPlaceholder } from '../shared/util.js';
import { defineRule } from '../types.js';
import { nodeRange } from './util.js';

/**
 * A value that names what belongs there instead of holding a key: the community demo config's
 * `example_access_key_id` (docs/reference/real-world-patterns.md), `<...>`, `YOUR_...`, `xxx`,
 * `***`, templates. No credential, so nothing to leak.
 */
function placeholder(value: string): boolean {
  return identifierPlaceholder(value) !== undefined || /(?:^|[-_])(?:example|sample|placeholder|dummy|changeme)(?:$|[-_])/i.test(value) || /^\*+$/.test(value);
}

export default defineRule({
  id: 'config/plaintext-access-key',
  severity: 'warning',
  scope: 'file',
  description: 'default_access_key_id / default_access_key in the file, which the agent logs in clear text',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      const last = fact.settings;
      for (const key of ['default_access_key_id', 'default_access_key']) {
        const node = last.get(key)?.valueNode;
        if (!node || node.type !== 'string' || String(node.value).trim() === '' || placeholder(String(node.value).trim())) continue;
        report({
          file: fact.file,
          range: nodeRange(fact, node),
          pointer: `/${key}`,
          message: `"${key}" holds ${key === 'default_access_key' ? 'an AccessKey secret' : 'an AccessKey ID'} in clear text: the agent logs its whole merged configuration at INFO level at startup, so the value ends up in ilogtail.LOG for anyone who can read the logs (and in this repository). Pass it through an environment variable named "${key}" instead (it overrides the file) and remove it here; rotate the key if it was committed.`,
        });
      }
    }
  },
});
