import { defineRule } from '../types.js';
import { DOC_EXAMPLE_ACCOUNT_ID, identifierPlaceholder, visible } from '../shared/util.js';

export default defineRule({
  id: 'install/placeholder-identity',
  severity: 'warning',
  scope: 'file',
  description: "A script writes a placeholder identifier or the docs' example account ID",
  check({ fleet, report }) {
    for (const w of fleet.identityWrites) {
      if (!w.value.known || typeof w.value.value !== 'string') continue;
      const value = w.value.value.trim();
      let message: string | undefined;
      if (w.target === 'user_defined_id') {
        const why = identifierPlaceholder(value);
        if (why)
          message =
            `This line writes "${visible(value)}" to user_defined_id, which looks like a placeholder (${why}) copied from a doc or template. ` +
            'The host joins only the machine group that lists exactly this identifier. Write the identifier of its real machine group.';
      } else if (w.target === 'users') {
        const name = value.slice(value.lastIndexOf('/') + 1);
        if (name === DOC_EXAMPLE_ACCOUNT_ID || /^(\d)\1+$/.test(name))
          message =
            `This line creates users/${name}, ${name === DOC_EXAMPLE_ACCOUNT_ID ? "the example account ID from Alibaba Cloud's docs" : 'a run of one digit'}, ` +
            'not the account that owns your project: the host is not authorized for your account. Write your own root account ID.';
      }
      if (!message) continue;
      report({ file: w.file, range: w.value.range, pointer: w.value.pointer, message });
    }
  },
});
