import { testRule } from '../../rule-tester.js';
import { CLEAN, udid } from './files.js';

const space = (id: string, line: number, parts: [string, string]) =>
  `Identifier "${id}" on line ${line} contains a space. The agent joins all identifiers with single spaces in its heartbeat and tags, ` +
  `so "${id}" cannot be told apart from the identifiers "${parts[0]}" and "${parts[1]}" (inferred from the agent code). Use \`-\` or \`_\` instead, or put each identifier on its own line.`;

testRule('user-defined-id/internal-space', {
  valid: CLEAN,
  invalid: [
    {
      name: 'at the identifier, without the spaces around it',
      files: udid('web\n  web prod  \n'),
      findings: [{ at: '2:3-2:11', message: space('web prod', 2, ['web', 'prod']) }],
    },
    { name: 'on the first line', files: udid('  web prod \n'), findings: [{ at: '1:3-1:11', message: space('web prod', 1, ['web', 'prod']) }] },
  ],
});
