import { defineRule } from '../types.js';
import { disputedNameCharacters, fieldNames, knownString, nameProblems, suggestName, reportFor, writtenIn } from './util.js';

export default defineRule({
  id: 'machine-group/disputed-name-characters',
  severity: 'warning',
  scope: 'file',
  description: 'A machine group name has capital letters or `.`, which the SLS API reference rejects but the ROS reference and templates use',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const name = knownString(g.name);
      if (!name || nameProblems(name.value).length > 0) continue; // machine-group/invalid-name reports it
      const disputed = disputedNameCharacters(name.value);
      if (disputed.length === 0) continue;
      const suggestion = suggestName(name.value);
      reportFor(report, g)({
        file: g.file,
        range: name.range,
        pointer: name.pointer,
        message:
          `Machine group name "${name.value}" has ${disputed.join(' and ')}. The CreateMachineGroup API reference and the console docs allow only lowercase letters, digits, \`-\` and \`_\`, ` +
          `while the ROS resource reference allows letters and \`.\`, so SLS may reject the group when it is created. ` +
          `To be safe, rename it${suggestion ? ` (e.g. "${suggestion}")` : ''} in ${writtenIn(name, fieldNames(g).name)} and wherever it is referenced; the name cannot be changed after creation.`,
      });
    }
  },
});
