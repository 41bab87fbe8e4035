import { testRule } from '../../rule-tester.js';
import { CLEAN, udid } from './files.js';

testRule('user-defined-id/internal-space', {
  valid: CLEAN,
  invalid: [
    {
      name: 'at the identifier, without the spaces around it',
      files: udid('web\n  web prod  \n'),
      findings: [
        {
          at: '2:3-2:11',
          message:
            'Identifier "web prod" on line 2 contains a space. The agent joins all identifiers with single spaces in its heartbeat and tags, ' +
            'so "web prod" cannot be told apart from the identifiers "web" and "prod" (inferred from the agent code). Use `-` or `_` instead, or put each identifier on its own line.',
        },
      ],
    },
  ],
});
