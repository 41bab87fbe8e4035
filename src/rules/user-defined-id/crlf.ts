import { defineRule } from '../types.js';
import { visible } from '../shared/util.js';
import type { TextEdit } from '../../core/diagnostic.js';
import { rangeOf, withoutCr } from './util.js';

export default defineRule({
  id: 'user-defined-id/crlf',
  severity: 'error',
  scope: 'file',
  description: 'user_defined_id has Windows (CRLF) line endings: each identifier keeps a trailing CR on Linux',
  fixable: true,
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      // C:\LogtailData\user_defined_id: the Windows agent reads in text mode, which strips the CR.
      if (/(^|\/)logtaildata\//i.test(f.file)) continue;
      const lines = f.lines.filter((l) => l.raw.endsWith('\r'));
      if (lines.length === 0) continue;
      const first = lines[0];
      const cr = first.start + first.raw.length - 1;
      const example = withoutCr(lines.find((l) => withoutCr(l.id) !== '')?.id ?? '') || 'web';
      const edits: TextEdit[] = lines.map((l) => {
        const at = l.start + l.raw.length - 1;
        return { range: [at, at + 1], text: '' };
      });
      report({
        file: f.file,
        range: rangeOf(f.source, cr, cr + 1),
        message:
          `user_defined_id has Windows line endings (CRLF on ${lines.length} line${lines.length === 1 ? '' : 's'}). ` +
          `On Linux the agent trims only spaces, so each identifier keeps its CR ("${visible(example)}\\r") and never matches its machine group. ` +
          'Save the file with LF line endings (dos2unix, or `.gitattributes`: `user_defined_id text eol=lf`).',
        fix: { description: 'Convert CRLF line endings to LF', edits },
      });
    }
  },
});
