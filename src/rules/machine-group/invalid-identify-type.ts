import { didYouMean } from '../../knowledge/did-you-mean.js';
import { defineRule } from '../types.js';
import { replaceValueEdit } from '../shared/util.js';
import { fieldNames, IDENTIFY_TYPES, normalizeIdentifyType , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/invalid-identify-type',
  severity: 'error',
  scope: 'file',
  description: 'A machine group identify type is not exactly `ip` or `userdefined` (case-sensitive)',
  fixable: true,
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const t = g.identifyType;
      if (!t || !t.known || typeof t.value !== 'string') continue;
      if ((IDENTIFY_TYPES as readonly string[]).includes(t.value)) continue;
      const exact = normalizeIdentifyType(t.value);
      const guess = exact ?? didYouMean(t.value.toLowerCase(), IDENTIFY_TYPES);
      const edit = exact && g.format !== 'terraform-plan' ? replaceValueEdit(t, exact) : undefined;
      reportFor(report, g)({
        file: g.file,
        range: t.range,
        pointer: t.pointer,
        message:
          `${fieldNames(g).type} is "${t.value}", but SLS accepts only "ip" or "userdefined", in lowercase (the Terraform provider and ROS check it case-sensitively)` +
          (guess ? `. Did you mean "${guess}"?` : '. Use "ip" to match hosts by IP address, or "userdefined" to match the custom identifiers in their user_defined_id.'),
        fix: edit ? { description: `Replace with "${exact}"`, edits: [edit] } : undefined,
      });
    }
  },
});
