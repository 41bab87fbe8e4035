import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, MIXED, PAST_READ_LIMIT, PATH, udid } from './files.js';

const repeats = (line: number, id = 'web') =>
  `Identifier "${id}" on line ${line} repeats line 1. The agent keeps one copy, so it is harmless, ` +
  'but repeats usually come from a provisioning script that appends (`echo … >> user_defined_id`) on every run, and the file grows without end. ' +
  'Delete the repeat, and make the script overwrite with `>`.';

testRule('user-defined-id/duplicate', {
  valid: [...CLEAN, clean('a CR makes another identifier to the agent', 'web\r\nweb'), PAST_READ_LIMIT],
  invalid: [
    {
      name: 'each repeat, related to the first; the fix deletes the repeats',
      files: udid('web\nhz\n  web \nweb'),
      findings: [
        { at: '3:3-3:6', message: repeats(3), related: [`${PATH}@1:1-1:4`] },
        { at: '4:1-4:4', message: repeats(4), related: [`${PATH}@1:1-1:4`] },
      ],
      output: { [PATH]: 'web\nhz\n' },
    },
    {
      name: 'beside a blank line and a tab: only the repeat',
      files: udid(MIXED),
      findings: [{ at: '3:1-3:9', message: repeats(3, 'web-prod'), related: [{ at: `${PATH}@1:1-1:9`, message: 'First written here' }] }],
      output: { [PATH]: 'web-prod\n\n\thz-web\n' },
    },
  ],
});
