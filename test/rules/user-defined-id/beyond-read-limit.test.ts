import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, udid } from './files.js';

const LINE = 'a'.repeat(99) + '\n'; // 100 bytes
const tooLarge = (what: string) =>
  `user_defined_id is larger than 8192 bytes, and the agent silently ignores everything past that: ${what}. ` +
  'Keep only the identifiers this host needs (usually one or a few); a file this large is typically the product of an appending script.';

testRule('user-defined-id/beyond-read-limit', {
  valid: [
    ...CLEAN,
    clean('8135 bytes', LINE.repeat(81) + 'b'.repeat(20) + '\n' + 'lost-1\nlost-2\n'),
    clean('exactly 8192 bytes are read whole', 'x'.repeat(8191) + '\n'),
  ],
  invalid: [
    {
      name: 'from byte 8192 to the end, naming the cut line and the lost identifiers',
      files: udid(LINE.repeat(81) + 'c'.repeat(100) + '\nlost-1\nlost-2\n'), // 8100 + 101 + 14 bytes
      findings: [{ at: '82:93-85:1', message: tooLarge(`line 82 is cut after 92 characters ("${'c'.repeat(59)}…"), and 2 identifiers after it are never read`) }],
    },
    {
      name: 'the read stops inside an identifier',
      files: udid('a'.repeat(8190) + '\nweb-prod\nhz-web\n'),
      findings: [{ at: '2:2-4:1', message: tooLarge('line 2 is cut after 1 character ("w"), and 1 identifier after it is never read') }],
    },
  ],
});
