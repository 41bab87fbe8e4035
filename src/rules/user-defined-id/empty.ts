import { FILE_START } from '../../core/source-file.js';
import { defineRule } from '../types.js';
import { isBlank, readLines } from './util.js';

export default defineRule({
  id: 'user-defined-id/empty',
  severity: 'warning',
  scope: 'file',
  description: 'user_defined_id holds no identifier, so the host is identified by its IP',
  check({ fleet, report }) {
    for (const f of fleet.userDefinedIds) {
      if (!readLines(f).every(isBlank)) continue;
      report({
        file: f.file,
        range: FILE_START,
        message:
          'user_defined_id holds no identifier: the agent treats it like a missing file and the host is identified by its IP, ' +
          'so it joins no custom-identifier (userdefined) machine group. Write the identifier of its machine group, one per line, ' +
          'or delete the file if the host should be matched by IP.',
      });
    }
  },
});
