import { KNOWN_KEYS, gflagType } from '../../knowledge/agent-keys.js';
import { article } from '../shared/util.js';
import { defineRule } from '../types.js';
import { agentConfigSchema, defaultText, nodeRange } from './util.js';

export default defineRule({
  id: 'config/null-value',
  severity: 'warning',
  scope: 'file',
  description: 'A top-level key set to null, which empties a string flag or falls back to the default',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const p of fact.properties) {
        if (!p.valueNode || p.valueNode.type !== 'null' || !KNOWN_KEYS.has(p.key)) continue;
        const flag = gflagType(p.key);
        const property = agentConfigSchema.properties[p.key];
        const def = defaultText(property);
        let effect: string;
        if (flag === 'STRING') {
          effect = `the agent hands null to gflags as an empty string, which empties the flag${p.key === 'check_point_filename' ? ' (the checkpoint path then resolves to the installation directory itself, inferred from the code)' : ''}`;
        } else if (flag) {
          effect = `the agent hands null to gflags as an empty string, which ${article(flag)} flag cannot parse, so ${def !== undefined ? `the default (${def})` : 'the default'} stays (inferred from the code)`;
        } else {
          effect = `the agent's typed reader ignores null, so ${def !== undefined ? `the default (${def})` : 'the default'} applies`;
        }
        report({
          file: fact.file,
          range: nodeRange(fact, p.valueNode),
          pointer: '/' + p.key.replace(/~/g, '~0').replace(/\//g, '~1'),
          message: `"${p.key}" is null: ${effect}. Delete the key to get the default, or write the value you mean.`,
        });
      }
    }
  },
});
