import { findRegion } from '../../knowledge/regions.js';
import { defineRule } from '../types.js';
import { commandOf, knownParams } from './util.js';

export default defineRule({
  id: 'install/retired-region',
  severity: 'error',
  description: 'A Logtail install command or container config path names a region that has closed',
  check({ fleet, report }) {
    for (const { file, shown, param, parsed } of knownParams(fleet)) {
      const row = parsed && findRegion(parsed.region);
      if (!row || row.status !== 'retired') continue;
      report({
        file,
        range: param.range,
        pointer: param.pointer,
        message:
          `\`${shown}\` installs for ${row.id} (${row.name}), a region SLS has closed${row.note ? ` (${row.note})` : ''}: ` +
          'its endpoints no longer take logs. Move the project to an open region and install with that region ID.',
      });
    }
  },
});
