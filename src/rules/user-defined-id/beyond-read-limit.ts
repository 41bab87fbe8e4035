import { USER_DEFINED_ID_READ_LIMIT } from '../../knowledge/agent-files.js';
import { defineRule } from '../types.js';
import { visible } from '../shared/util.js';
import { rangeOf, withoutCr } from './util.js';

export default defineRule({
  id: 'user-defined-id/beyond-read-limit',
  severity: 'error',
  scope: 'file',
  description: 'user_defined_id is longer than the 8 KiB the agent reads',
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      const cut = f.readLimitOffset;
      if (cut === undefined) continue;
      const lines = f.lines;
      const lost = lines.filter((l) => l.unread && l.id !== '').length;
      const partial = lines.find((l) => l.cut);
      const parts = [];
      if (partial) {
        const kept = withoutCr(partial.id);
        parts.push(`line ${partial.line} is cut after ${kept.length} character${kept.length === 1 ? '' : 's'} ("${visible(kept)}")`);
      }
      if (lost > 0) parts.push(`${lost} identifier${lost === 1 ? '' : 's'} after it ${lost === 1 ? 'is' : 'are'} never read`);
      report({
        file: f.file,
        range: rangeOf(f.source, cut, f.source.text.length),
        message:
          `user_defined_id is larger than ${USER_DEFINED_ID_READ_LIMIT} bytes, and the agent silently ignores everything past that` +
          (parts.length > 0 ? `: ${parts.join(', and ')}` : '') +
          '. Keep only the identifiers this host needs (usually one or a few); a file this large is typically the product of an appending script.',
      });
    }
  },
});
