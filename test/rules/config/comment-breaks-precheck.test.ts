import { testRule } from '../../rule-tester.js';
import { DISCARDED, host } from './config-text.js';

/** The message for a comment holding `what`. */
function breaks(what: string): string {
  return `This comment contains ${what}: the agent's pre-check does not understand comments and counts the quotes and braces in them, so its brace count fails, so ${DISCARDED} Remove the character from the comment (or balance it), or delete the comment.`;
}

testRule('config/comment-breaks-precheck', {
  valid: [
    // One quote after the root flips the quote state but leaves the count at 0: accepted.
    { name: 'a comment with one quote after the root object', files: host('{"cpu_usage_limit": 0.4}\n// end of "config\n') },
    { name: 'comments with balanced quotes and braces', files: host('{\n  // set "cpu" to {0.4}\n  "cpu_usage_limit": 0.4\n}\n') },
    { name: 'braces and quotes inside strings', files: host('{"working_hostname": "a{b\\"c"}\n') },
  ],
  invalid: [
    {
      name: 'a comment with one double quote',
      files: host('{\n  // say "hi\n  "cpu_usage_limit": 0.4\n}\n'),
      findings: [
        { at: '2:3-2:13', message: breaks('an unpaired double quote (")') },
      ],
    },
    {
      name: 'a comment with a lone "{"',
      files: host('{\n  /* see { below */\n  "cpu_usage_limit": 0.4\n}\n'),
      findings: [
        { at: '2:3-2:20', message: breaks('an unclosed "{"') },
      ],
    },
    {
      name: 'a comment with a lone "}"',
      files: host('{\n  "cpu_usage_limit": 0.4 // }\n}\n'),
      findings: [
        { at: '2:26-2:30', message: breaks('an unmatched "}"') },
      ],
    },
    {
      name: 'a comment after the root object (the pre-check reads to the end)',
      files: host('{"cpu_usage_limit": 0.4}\n// TODO {\n'),
      findings: [
        { at: '2:1-2:10', message: breaks('an unclosed "{"') },
      ],
    },
  ],
});
