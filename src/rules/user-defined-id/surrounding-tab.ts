import { defineRule } from '../types.js';
import { lineRange, identifierLines, withoutCr } from './util.js';
import { visible } from '../shared/util.js';

export default defineRule({
  id: 'user-defined-id/surrounding-tab',
  severity: 'error',
  scope: 'file',
  description: 'A user_defined_id identifier starts or ends with a tab, which the agent keeps',
  fixable: true,
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      for (const l of identifierLines(f)) {
        const id = withoutCr(l.id).replace(/^\uFEFF/, '');
        if (!/^[\t ]*\t|\t[\t ]*$/.test(id)) continue;
        const body = withoutCr(l.raw);
        const clean = body.replace(/^\uFEFF/, '').trim();
        if (clean === '') continue; // a whitespace-only line: no identifier was meant
        const keep = body.startsWith('\uFEFF') ? 1 : 0; // the BOM has its own rule and fix
        report({
          file: f.file,
          range: lineRange(f.source, l),
          message:
            `Identifier on line ${l.line} is "${visible(id)}": the agent trims spaces but not tabs, so the tab stays part of the identifier ` +
            `and it never matches the machine group's "${visible(clean)}". Remove the tabs.`,
          fix: { description: 'Remove the surrounding tabs', edits: [{ range: [l.start + keep, l.start + body.length], text: clean }] },
        });
      }
    }
  },
});
