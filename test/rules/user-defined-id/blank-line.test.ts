import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, MIXED, PATH, udid } from './files.js';

const blank = (line: number) =>
  `Line ${line} of user_defined_id is blank. The agent drops empty lines (one of only tabs it keeps as an identifier that matches nothing), ` +
  'so it is mostly harmless, but it often marks a missing identifier or a doubled newline from a script. Delete it.';

testRule('user-defined-id/blank-line', {
  valid: [...CLEAN, clean("a file of blank lines is user-defined-id/empty's", '\n\n')],
  invalid: [
    {
      name: 'each blank line, the whole line; the fix deletes them',
      files: udid('web\n\n   \nhz\n\t\n'),
      findings: [
        { at: '2:1-2:1', message: blank(2) },
        { at: '3:1-3:4', message: blank(3) },
        { at: '5:1-5:2', message: blank(5) },
      ],
      output: { [PATH]: 'web\nhz\n' },
    },
    { name: 'a blank last line', files: udid('web\n\n'), findings: [{ at: '2:1-2:1', message: blank(2) }], output: { [PATH]: 'web\n' } },
    { name: 'a last line of a space without LF', files: udid('web\n '), findings: [{ at: '2:1-2:2', message: blank(2) }], output: { [PATH]: 'web\n' } },
    { name: 'beside a repeat and a tab: only the blank line', files: udid(MIXED), findings: [{ at: '2:1-2:1', message: blank(2) }], output: { [PATH]: 'web-prod\nweb-prod\n\thz-web\n' } },
  ],
});
