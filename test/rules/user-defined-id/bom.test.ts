import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, PATH, udid } from './files.js';

/** `first`: the first identifier, which the message shows with the BOM. */
const bom = (first: string) =>
  'user_defined_id starts with a UTF-8 byte order mark (BOM, bytes EF BB BF). The agent does not strip it, so it becomes part of the first identifier ' +
  `("\\uFEFF${first}" instead of "${first}"), which then never matches its machine group. Save the file as UTF-8 without BOM.`;
const BOM = bom('web');

testRule('user-defined-id/bom', {
  valid: [...CLEAN, clean('no BOM', 'web\n')],
  invalid: [
    { name: 'at the first character', files: udid('\uFEFFweb\n'), findings: [{ at: '1:1-1:1', message: BOM }], output: { [PATH]: 'web\n' } },
    { name: 'the fix strips it and keeps the rest', files: udid('\uFEFFweb\nhz\n'), findings: [{ at: '1:1-1:1', message: BOM }], output: { [PATH]: 'web\nhz\n' } },
    { name: 'a longer identifier', files: udid('\uFEFFweb-prod\n'), findings: [{ at: '1:1-1:1', message: bom('web-prod') }], output: { [PATH]: 'web-prod\n' } },
    {
      name: 'the file written as bytes',
      files: udid(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('web-prod\n')])),
      findings: [{ at: '1:1-1:1', message: bom('web-prod') }],
      output: { [PATH]: 'web-prod\n' },
    },
  ],
});
