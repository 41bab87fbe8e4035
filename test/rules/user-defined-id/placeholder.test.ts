import { testRule } from '../../rule-tester.js';
import { CLEAN, PAST_READ_LIMIT, udid } from './files.js';

const placeholder = (id: string, line: number, why: string) =>
  `Identifier "${id}" on line ${line} looks like a placeholder (${why}) left in from a doc or template. ` +
  'The host joins only a machine group whose identifier list holds exactly this text. Replace it with the identifier of the real machine group.';

testRule('user-defined-id/placeholder', {
  valid: [...CLEAN, PAST_READ_LIMIT],
  invalid: [
    {
      // Line 8 (`${APP}_${ENV}`) is a template rendered at deploy time: unknown, never judged.
      name: 'the forms from the field; not real names',
      files: udid(['userdefined', 'user-defined-1', '1111', 'YOUR_GROUP_ID', '<machine-group-id>', 'xxx', 'app-xxx', '${APP}_${ENV}', 'web-prod', '1024', 'xenial'].join('\n')),
      findings: [
        { at: '1:1-1:12', message: placeholder('userdefined', 1, 'the sample name from the docs') },
        { at: '2:1-2:15', message: placeholder('user-defined-1', 2, 'the sample name from the docs') },
        { at: '3:1-3:5', message: placeholder('1111', 3, 'a repeated digit') },
        { at: '4:1-4:14', message: placeholder('YOUR_GROUP_ID', 4, 'a "YOUR_…" placeholder') },
        { at: '5:1-5:19', message: placeholder('<machine-group-id>', 5, 'a `<…>` placeholder') },
        { at: '6:1-6:4', message: placeholder('xxx', 6, 'an `xxx` placeholder') },
        { at: '7:1-7:8', message: placeholder('app-xxx', 7, 'an `xxx` placeholder') },
      ],
    },
    {
      name: 'placeholders after a real identifier',
      files: udid('web-prod\nYOUR_GROUP_ID\n<machine-group>\n'),
      findings: [
        { at: '2:1-2:14', message: placeholder('YOUR_GROUP_ID', 2, 'a "YOUR_…" placeholder') },
        { at: '3:1-3:16', message: placeholder('<machine-group>', 3, 'a `<…>` placeholder') },
      ],
    },
  ],
});
