import type { Known } from '../../core/value.js';
import { defineRule } from '../types.js';
import { visible } from '../shared/util.js';
import { fieldNames, knownEntries , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/duplicate-identifier',
  severity: 'warning',
  scope: 'file',
  description: 'A machine group lists the same IP address or identifier twice',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const seen = new Map<string, Known<string>>();
      for (const e of knownEntries(g)) {
        const first = seen.get(e.value);
        if (!first) {
          seen.set(e.value, e);
          continue;
        }
        reportFor(report, g)({
          file: g.file,
          range: e.range,
          pointer: e.pointer,
          message:
            `"${visible(e.value)}" is listed twice in ${fieldNames(g).list}. SLS keeps one copy (Terraform's list is a set), so the repeat does nothing, ` +
            'but it usually hides a copy-paste slip: another host that was meant to be listed. Remove the repeat or correct it.',
          related: [{ file: g.file, range: first.range, message: 'First listed here' }],
        });
      }
    }
  },
});
