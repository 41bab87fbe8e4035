import { defineRule } from '../types.js';
import { visible } from '../shared/util.js';
import { rangeOf, withoutCr } from './util.js';

export default defineRule({
  id: 'user-defined-id/bom',
  severity: 'error',
  scope: 'file',
  description: 'user_defined_id starts with a UTF-8 BOM, which becomes part of the first identifier',
  fixable: true,
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      if (!f.hasBom) continue;
      const first = withoutCr(f.lines[0]?.id ?? '').replace(/^\uFEFF/, '').trim();
      report({
        file: f.file,
        range: rangeOf(f.source, 0, 1),
        message:
          'user_defined_id starts with a UTF-8 byte order mark (BOM, bytes EF BB BF). The agent does not strip it, so it becomes part of the first identifier' +
          (first ? ` ("\\uFEFF${visible(first)}" instead of "${visible(first)}"), which then never matches its machine group` : '') +
          '. Save the file as UTF-8 without BOM.',
        fix: { description: 'Remove the BOM', edits: [{ range: [0, 1], text: '' }] },
      });
    }
  },
});
