import { testRule } from '../../rule-tester.js';
import { CLEAN, MIXED, PATH, udid } from './files.js';

/** `shown`: the identifier as the message shows it, a tab written as backslash and `t`. */
const tab = (line: number, shown: string, clean: string) =>
  `Identifier on line ${line} is "${shown}": the agent trims spaces but not tabs, so the tab stays part of the identifier ` +
  `and it never matches the machine group's "${clean}". Remove the tabs.`;

testRule('user-defined-id/surrounding-tab', {
  valid: CLEAN,
  invalid: [
    {
      name: 'a leading or trailing tab; the fix trims; an inner tab and spaces alone are fine',
      files: udid('\tweb\nhz\t \nok\n a\tb\n'),
      findings: [
        { at: '1:1-1:5', message: tab(1, '\\tweb', 'web') },
        { at: '2:1-2:5', message: tab(2, 'hz\\t', 'hz') },
      ],
      output: { [PATH]: 'web\nhz\nok\n a\tb\n' },
    },
    { name: 'the fix leaves the CR to user-defined-id/crlf', files: udid('\tweb\r\n'), findings: [{ at: '1:1-1:5', message: tab(1, '\\tweb', 'web') }], output: { [PATH]: 'web\r\n' } },
    { name: 'the fix leaves the BOM to user-defined-id/bom', files: udid('\uFEFF\tweb\n'), findings: [{ at: '1:1-1:5', message: tab(1, '\\tweb', 'web') }], output: { [PATH]: '\uFEFFweb\n' } },
    {
      name: 'beside a blank line and a repeat: only the tab',
      files: udid(MIXED),
      findings: [{ at: '4:1-4:8', message: tab(4, '\\thz-web', 'hz-web') }],
      output: { [PATH]: 'web-prod\n\nweb-prod\nhz-web\n' },
    },
  ],
});
