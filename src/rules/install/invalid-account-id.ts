import { defineRule } from '../rule.js';
import { accountIdProblem } from '../shared/util.js';

export default defineRule({
  id: 'install/invalid-account-id',
  severity: 'error',
  description: 'A script creates a users/ entry that is not an account ID (masked `****`, `<uid>`, `YOUR_UID`)',
  check({ fleet, report }) {
    for (const w of fleet.facts.identityWrites) {
      if (w.target !== 'users' || !w.value.known || typeof w.value.value !== 'string') continue;
      const name = w.value.value.slice(w.value.value.lastIndexOf('/') + 1);
      const why = accountIdProblem(name);
      if (!why) continue;
      report({
        file: w.file,
        range: w.value.range,
        pointer: w.value.pointer,
        message:
          `This line creates users/${name}, which is not an account ID: ${why}. The agent takes the file name as an Alibaba Cloud account ID without checking it, ` +
          'so the host is authorized for no real account. Write the full root account ID of the project\'s owner (digits only), or pass it in a variable: ' +
          '`touch "/etc/ilogtail/users/${ALIYUN_ACCOUNT_ID}"`.',
      });
    }
  },
});
