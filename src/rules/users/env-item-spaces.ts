import { defineRule } from '../types.js';

/** A comma followed by spaces inside the value (the items the agent does not trim). */
const SPACED_COMMA = /,[ \t]+/g;

export default defineRule({
  id: 'users/env-item-spaces',
  severity: 'warning',
  description: 'ALIYUN_LOGTAIL_USER_ID has spaces after a comma, which stay part of the next account ID',
  fixable: true,
  check({ fleet, report }) {
    for (const c of fleet.containers) {
      const env = c.userId;
      if (!env?.known || !/,[ \t]/.test(env.value.trim())) continue;
      const items = env.value.trim().split(',');
      const spaced = items.filter((i) => /^[ \t]/.test(i)).map((i) => JSON.stringify(i));
      // The fix edits the value only where the file spells it verbatim.
      const fix = env.literal ? { description: 'Remove the spaces after the commas', edits: [{ range: env.literal, text: env.value.replace(SPACED_COMMA, ',') }] } : undefined;
      report({
        file: c.file,
        range: env.range,
        pointer: env.pointer,
        message:
          `ALIYUN_LOGTAIL_USER_ID of ${c.workload} container ${c.container} is ${JSON.stringify(env.value)}: the agent splits it on commas without trimming ` +
          `the items, so ${spaced.join(', ')} ${spaced.length === 1 ? 'keeps its' : 'keep their'} leading space, match no account, and the host is not authorized for ${spaced.length === 1 ? 'that account' : 'those accounts'}. ` +
          'Write the IDs separated by commas only.',
        fix,
      });
    }
  },
});
