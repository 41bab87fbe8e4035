import { defineRule } from '../types.js';
import { identifierLines, withoutCr } from './util.js';
import { identifierPlaceholder, visible } from '../shared/util.js';

export default defineRule({
  id: 'user-defined-id/placeholder',
  severity: 'warning',
  scope: 'file',
  description: 'user_defined_id holds a placeholder identifier (`userdefined`, `1111`, `YOUR_…`, `<…>`, `xxx`)',
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      for (const l of identifierLines(f)) {
        const id = withoutCr(l.id).replace(/^\uFEFF/, '').trim();
        const why = identifierPlaceholder(id);
        if (!why) continue;
        report({
          file: f.file,
          range: l.range,
          message:
            `Identifier "${visible(id)}" on line ${l.line} looks like a placeholder (${why}) left in from a doc or template. ` +
            'The host joins only a machine group whose identifier list holds exactly this text. Replace it with the identifier of the real machine group.',
        });
      }
    }
  },
});
