import { visible } from '../shared/util.js';
import { defineRule } from '../types.js';

/**
 * A script writes an identity (`<account>::<group>`, or any text that is not the agent's JSON) into
 * user_log_config.json. That file is where the agent keeps the collection configs it downloads
 * (docs/reference/agent-config.md §4.1), in its install folder: it reads no account and no
 * machine group from it. The host gets neither, unless the same script also writes
 * user_defined_id (then this line is only dead weight, and not reported).
 */
export default defineRule({
  id: 'install/user-log-config-write',
  severity: 'error',
  description: 'A script writes an account or machine group into user_log_config.json, which the agent reads neither from',
  check({ fleet, report }) {
    const writesId = new Set(fleet.identityWrites.filter((w) => w.target === 'user_defined_id').map((w) => w.file));
    for (const w of fleet.identityWrites) {
      if (w.target !== 'user_log_config' || writesId.has(w.file)) continue;
      const text = w.value.known ? w.value.value : w.value.expression;
      const pair = /^\s*["']?(.+?)::(.+?)["']?\s*$/.exec(text);
      // A JSON document written there is someone's local config, another matter.
      if (!pair && (!w.value.known || /^\s*[[{]/.test(text))) continue;
      const what = pair ? `an account and a machine group ("${visible(`${pair[1]}::${pair[2]}`)}")` : `"${visible(text)}"`;
      report({
        file: w.file,
        range: w.range,
        message:
          `This line writes ${what} into user_log_config.json, the file where the agent keeps the collection configs it downloads (in its install folder, /usr/local/ilogtail); ` +
          'it reads no account and no machine group from it, so the host joins no custom-identifier machine group and is authorized for no other account. ' +
          "Write the machine group's custom identifier to /etc/ilogtail/user_defined_id, and the account as an empty file /etc/ilogtail/users/<account-id>.",
      });
    }
  },
});
