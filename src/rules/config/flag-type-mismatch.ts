import { gflagType } from '../../knowledge/agent-keys.js';
import { article } from '../shared/util.js';
import { defineRule } from '../types.js';
import { defaultText, displayPath, expectedText, issuesOf, nodeRange } from './util.js';

export default defineRule({
  id: 'config/flag-type-mismatch',
  severity: 'warning',
  scope: 'file',
  description: 'A number or boolean of the wrong kind for a key read through its gflag, whose outcome depends on gflags parsing the text',
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'flag-type-mismatch')) {
      const text = fact.source.text.slice(issue.node.offset, issue.node.offset + issue.node.length);
      const flag = gflagType(issue.key);
      const typed = issue.property?.['x-logtail-read'] === 'json+flag';
      const def = defaultText(issue.property);
      const outcome =
        flag === 'STRING'
          ? `the gflag of the same name is a string flag and takes the text "${text}", so it probably works as that string`
          : `the gflag of the same name is ${article(flag ?? 'typed')} flag and gets the text "${text}", which it probably cannot parse, so ${def !== undefined ? `the default (${def})` : 'the default'} stays`;
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} should be ${expectedText(issue.expected)}, not ${text}: ${typed ? "the agent's typed reader ignores it, and " : 'the agent hands it to gflags as text: '}${outcome} (inferred from the code, not reproduced). Write ${expectedText(issue.expected)}.`,
      });
    }
  },
});
