import { defineRule } from '../types.js';
import { disputedNameCharacters, fieldNames, knownString, nameProblems, suggestName, reportFor, writtenIn } from './util.js';

export default defineRule({
  id: 'machine-group/invalid-name',
  severity: 'error',
  scope: 'file',
  description: 'A machine group name breaks the SLS naming rule (letters, digits, `-`, `_`, `.`; starting and ending with a letter or digit; 2–128 characters)',
  check({ fleet, report }) {
    for (const { fact: g } of fleet.machineGroups) {
      const name = knownString(g.name);
      if (!name) continue;
      const problems = nameProblems(name.value);
      if (problems.length === 0) continue;
      // Once the name must change anyway, say what else the API reference rejects, so one rename fixes all.
      const disputed = disputedNameCharacters(name.value).map((c) => `it has ${c}, which the CreateMachineGroup API reference rejects`);
      const suggestion = suggestName(name.value);
      reportFor(report, g)({
        file: g.file,
        range: name.range,
        pointer: name.pointer,
        message:
          `Machine group name "${name.value}" is not valid: ${[...problems, ...disputed].join('; ')}. A name may have only letters, digits, \`-\`, \`_\` and \`.\` ` +
          `(the API reference: only lowercase letters, digits, \`-\` and \`_\`), must start and end with a letter or digit and be 2 to 128 characters long; ` +
          `SLS rejects the group when it is created. ` +
          `Rename it${suggestion ? ` (e.g. "${suggestion}")` : ''} in ${writtenIn(name, fieldNames(g).name)} and wherever it is referenced; the name cannot be changed after creation.`,
      });
    }
  },
});
