import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

export default defineRule({
  id: 'config/root-not-object',
  severity: 'error',
  scope: 'file',
  description: 'The root of ilogtail_config.json is an array or a scalar instead of an object',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'root-not-object') continue;
        const message =
          f.detail === 'array'
            ? 'The root is an array, not an object: the agent parses it, then asks the root for its keys, which throws Json::LogicError ("requires objectValue") that nothing catches, so the agent probably aborts at startup (inferred from the code). Put the settings in one object: {"config_server_address": …, "data_server_list": […]}.'
            : `The root is a ${f.detail === 'null' ? 'null' : f.detail}, not an object: the agent's pre-check wants the file to start with "{", ${DROPS_FILE}. Put the settings in one object: {"key": value, …}.`;
        report({ file: fact.file, range: rangeOf(fact, f.start, f.end), message });
      }
    }
  },
});
