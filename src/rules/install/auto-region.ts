import { defineRule } from '../types.js';
import { commandOf, knownParams } from './util.js';

export default defineRule({
  id: 'install/auto-region',
  severity: 'info',
  description: 'A Logtail install command uses `auto`, which only works on ECS',
  check({ fleet, report }) {
    for (const { file, shown, param, parsed } of knownParams(fleet)) {
      if (parsed?.region !== 'auto') continue;
      report({
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          `\`${shown}\` reads the region from the ECS metadata service (100.100.100.200), which exists only on Alibaba Cloud ECS: ` +
          'on any other host (IDC, other cloud, a local Docker build) the install fails, and on ECS it installs for the instance\'s region, which may not be the project\'s. ' +
          'Write the project\'s region ID if the script can run anywhere else.',
      });
    }
  },
});
