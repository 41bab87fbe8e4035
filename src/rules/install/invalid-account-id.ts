import { defineRule } from '../types.js';
import { accountIdProblem } from '../shared/util.js';
import { identifierNotAccount } from '../shared/message-utils.js';

export default defineRule({
  id: 'install/invalid-account-id',
  severity: 'error',
  scope: 'file',
  description: 'A script creates a users/ entry that is not an account ID (masked `****`, `<uid>`, `YOUR_UID`)',
  check({ fleet, report }) {
    for (const w of fleet.identityWrites) {
      if (w.target !== 'users') continue;
      const written = w.value.known ? w.value.value : maskedLiteral(w.value.expression);
      if (typeof written !== 'string') continue;
      const name = written.slice(written.lastIndexOf('/') + 1);
      const why = accountIdProblem(name);
      if (!why) continue;
      report({
        file: w.file,
        range: w.value.range,
        pointer: w.value.pointer,
        message:
          `This line creates users/${name}, which is not an account ID: ${why}.${identifierNotAccount(fleet, name)} ` +
          (w.value.known
            ? ''
            : 'The shell reads `*` as a pattern: it either creates a file with this literal name or touches what users/ already holds; either way the real account gets no entry. ') +
          'The agent takes each file name in users/ as an Alibaba Cloud account ID without checking it, ' +
          "so the host is authorized for no real account. Write the full root account ID of the project's owner (digits only), or pass it in a variable: " +
          '`touch "/etc/ilogtail/users/${ALIYUN_ACCOUNT_ID}"`.',
      });
    }
  },
});

/**
 * An account ID masked with `*` (`1234****5678`, `****`). Readers treat `*` as a shell pattern and
 * leave the value unknown, but digits and asterisks alone are a mask copied from a console or a
 * doc, not a value that apply time fills in, so the rule still judges it.
 */
function maskedLiteral(expression: string): string | undefined {
  return /^[0-9*]*\*[0-9*]*$/.test(expression) ? expression : undefined;
}
