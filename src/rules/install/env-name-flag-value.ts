import { visible } from '../shared/util.js';
import { defineRule } from '../types.js';

/** What each flag names, and the variable it names by default (docs/reference/agent-config.md §1.1, §3, §4). */
const FLAGS: Readonly<Record<string, { holds: string; default: string }>> = {
  ilogtail_user_defined_id_env_name: { holds: 'custom identifier', default: 'ALIYUN_LOGTAIL_USER_DEFINED_ID' },
  ilogtail_aliuid_env_name: { holds: 'account IDs', default: 'ALIYUN_LOGTAIL_USER_ID' },
  ilogtail_config_env_name: { holds: 'config file path', default: 'ALIYUN_LOGTAIL_CONFIG' },
};

/**
 * `-ilogtail_user_defined_id_env_name "$USERID"`: the flag takes the NAME of the environment
 * variable the agent reads (the agent calls getenv with the flag's value: LoongCollector
 * `AppConfig::CheckPurageContainerMode`, agent-config.md §4), but the script passes a variable's
 * value, or a literal that cannot be a variable name. The agent then looks up a variable named
 * after the identifier and finds none.
 */
export default defineRule({
  id: 'install/env-name-flag-value',
  severity: 'warning',
  description: 'An agent flag that takes the name of an environment variable (-ilogtail_user_defined_id_env_name) is given a value instead',
  check({ fleet, report }) {
    for (const f of fleet.agentFlags) {
      const meta = FLAGS[f.flag];
      if (!meta) continue;
      const v = f.value;
      let passes: string | undefined;
      if (!v.known && /^["']?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?$/.test(v.expression)) passes = `${v.expression.replace(/["']/g, '')}, that variable's value`;
      else if (v.known && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.value)) passes = `"${visible(v.value)}", which cannot be a variable name`;
      if (!passes) continue;
      const name = !v.known ? v.expression.replace(/["'${}]/g, '') : meta.default;
      report({
        file: f.file,
        range: v.range,
        pointer: v.pointer,
        message:
          `-${f.flag} takes the name of the environment variable the agent reads its ${meta.holds} from (by default ${meta.default}), but this passes ${passes}, ` +
          `so the agent looks for an environment variable whose name is that value, finds none, and the container gets no ${meta.holds}. ` +
          `Pass the name itself: \`-${f.flag} ${name}\` (or leave the flag out and set ${meta.default}).`,
      });
    }
  },
});
