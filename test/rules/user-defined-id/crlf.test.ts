import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, PATH, udid } from './files.js';

/** `first`: the first identifier, which the message shows with its CR. */
const crlf = (lines: number, first = 'web') =>
  `user_defined_id has Windows line endings (CRLF on ${lines} line${lines === 1 ? '' : 's'}). ` +
  `On Linux the agent trims only spaces, so each identifier keeps its CR ("${first}\\r") and never matches its machine group. ` +
  'Save the file with LF line endings (dos2unix, or `.gitattributes`: `user_defined_id text eol=lf`).';

testRule('user-defined-id/crlf', {
  valid: [
    ...CLEAN,
    clean('LF line endings', 'web\nhz\n'),
    // The Windows agent (C:\LogtailData) reads in text mode, which strips the CR.
    { name: "the Windows agent's file", files: { 'hosts/win/LogtailData/user_defined_id': 'web-prod\r\n' } },
  ],
  invalid: [
    {
      name: 'one finding at the first CR; the fix removes every CR',
      files: udid('web\r\nhz\r\n'),
      findings: [{ at: '1:4-1:5', message: crlf(2) }],
      output: { [PATH]: 'web\nhz\n' },
    },
    { name: 'a CR without LF at the end', files: udid('web\r'), findings: [{ at: '1:4-1:5', message: crlf(1) }], output: { [PATH]: 'web' } },
    {
      name: 'longer identifiers: the first CR, the first identifier named',
      files: udid('web-prod\r\nhz-web\r\n'),
      findings: [{ at: '1:9-1:10', message: crlf(2, 'web-prod') }],
      output: { [PATH]: 'web-prod\nhz-web\n' },
    },
  ],
});
