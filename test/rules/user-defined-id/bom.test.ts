import { testRule } from '../../rule-tester.js';
import { CLEAN, clean, PATH, udid } from './files.js';

const BOM =
  'user_defined_id starts with a UTF-8 byte order mark (BOM, bytes EF BB BF). The agent does not strip it, so it becomes part of the first identifier ' +
  '("\\uFEFFweb" instead of "web"), which then never matches its machine group. Save the file as UTF-8 without BOM.';

testRule('user-defined-id/bom', {
  valid: [...CLEAN, clean('no BOM', 'web\n')],
  invalid: [
    { name: 'at the first character', files: udid('\uFEFFweb\n'), findings: [{ at: '1:1-1:1', message: BOM }], output: { [PATH]: 'web\n' } },
    { name: 'the fix strips it and keeps the rest', files: udid('\uFEFFweb\nhz\n'), findings: [{ at: '1:1-1:1', message: BOM }], output: { [PATH]: 'web\nhz\n' } },
  ],
});
