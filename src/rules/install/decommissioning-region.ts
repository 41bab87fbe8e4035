import { findRegion } from '../../knowledge/regions.js';
import { defineRule } from '../types.js';
import { commandOf, knownParams } from './util.js';

export default defineRule({
  id: 'install/decommissioning-region',
  severity: 'warning',
  description: 'A Logtail install command or container config path names a region being decommissioned',
  check({ fleet, report }) {
    for (const { file, shown, param, parsed } of knownParams(fleet)) {
      const row = parsed && findRegion(parsed.region);
      if (!row || row.status !== 'decommissioning') continue;
      report({
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          `\`${shown}\` installs for ${row.id} (${row.name}), which SLS lists as being decommissioned (closing date not published): ` +
          'collection stops when it closes. Plan a move to another region and install with that region ID.',
      });
    }
  },
});
