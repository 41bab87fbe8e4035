import { defineRule } from '../types.js';
import { knownString, nameProblems , reportFor } from './util.js';

export default defineRule({
  id: 'machine-group/short-name',
  severity: 'warning',
  scope: 'file',
  description: 'A machine group name is 2 characters long, which some SLS docs and APIs reject (minimum 3)',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const name = knownString(g.name);
      if (!name || name.value.length !== 2 || nameProblems(name.value).length > 0) continue;
      reportFor(report, g)({
        file: g.file,
        range: name.range,
        pointer: name.pointer,
        message:
          `Machine group name "${name.value}" is 2 characters long. Some SLS docs allow 2–128 characters, but the CreateMachineGroup API, ` +
          'the CLI and the alicloud_sls_machine_group docs say 3–128, so creation may fail. Use a name of at least 3 characters.',
      });
    }
  },
});
