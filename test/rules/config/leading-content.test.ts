import { testRule } from '../../rule-tester.js';
import { DISCARDED, F, host, withBom } from './config-text.js';

testRule('config/leading-content', {
  valid: [
    { name: 'spaces, LF and TAB before "{", and CRLF endings after it', files: host(' \n\t{\r\n  "cpu_usage_limit": 0.4\r\n}\r\n') },
    { name: 'a comment inside the object', files: host('{\n  // resources\n  "cpu_usage_limit": 0.4\n}\n') },
  ],
  invalid: [
    {
      name: 'the CR of a blank first line saved with CRLF, fixable',
      files: host('\r\n{"cpu_usage_limit": 0.4}\r\n'),
      findings: [
        { at: '1:1-1:2', message: `The file starts with a carriage return (CR: a blank first line saved with CRLF line endings) before the opening "{": the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Delete the blank first line, or save the file with LF line endings.` },
      ],
      output: { [F]: '\n{"cpu_usage_limit": 0.4}\r\n' },
    },
    {
      name: 'a form feed, named',
      files: host('\f{}'),
      findings: [
        { at: '1:1-1:2', message: `The file starts with a form feed (\\f) before the opening "{": the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Delete it, so that the file starts with "{".` },
      ],
      output: { [F]: '{}' },
    },
    {
      name: 'a non-breaking space, named',
      files: host('  \u00a0{}'),
      findings: [
        { at: '1:3-1:4', message: `The file starts with a non-breaking space (U+00A0) before the opening "{": the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Delete it, so that the file starts with "{".` },
      ],
      output: { [F]: '  {}' },
    },
    {
      name: 'a header comment before "{", without a fix',
      files: host('// Logtail config for web\n{\n  "cpu_usage_limit": 0.4\n}\n'),
      findings: [
        { at: '1:1-1:26', message: `A comment comes before the opening "{": the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Move the comment inside the object, after "{": the agent accepts comments there.` },
      ],
    },
    {
      name: 'stray text such as a copied markdown fence, without a fix',
      files: host('```json\n{"cpu_usage_limit": 0.4}\n```\n'),
      findings: [
        { at: '1:1-1:8', message: `Text comes before the opening "{" ("\`\`\`json"): the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Delete it, so that the file starts with "{".` },
      ],
    },
    {
      name: 'what follows a BOM, but not the BOM itself (config/bom does)',
      files: host(withBom('\r\n{}')),
      findings: [
        { at: '1:1-1:2', message: `The file starts with a carriage return (CR: a blank first line saved with CRLF line endings) before the opening "{": the agent's pre-check skips only spaces, LF and TAB before "{", so ${DISCARDED} Delete the blank first line, or save the file with LF line endings.` },
      ],
      output: { [F]: '\ufeff\n{}' },
    },
  ],
});
