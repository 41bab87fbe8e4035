import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

export default defineRule({
  id: 'config/comment-breaks-precheck',
  severity: 'error',
  scope: 'file',
  description: 'A comment holds an unbalanced `"`, `{` or `}`, which breaks the agent\'s brace-counting pre-check',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'comment-breaks-precheck') continue;
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `This comment contains ${culprits(f.detail ?? '')}: the agent's pre-check does not understand comments and counts the quotes and braces in them, so its brace count fails, ${DROPS_FILE}. Remove the character from the comment (or balance it), or delete the comment.`,
        });
      }
    }
  },
});

/** What in the comment upsets the count, as the pre-check reads it. */
function culprits(comment: string): string {
  let quotes = 0;
  let open = 0;
  let close = 0;
  let inQuote = false;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (c === '\\') i++;
    else if (c === '"') {
      quotes++;
      inQuote = !inQuote;
    } else if (c === '{' && !inQuote) open++;
    else if (c === '}' && !inQuote) close++;
  }
  const parts: string[] = [];
  if (quotes % 2 === 1) parts.push('an unpaired double quote (")');
  if (open > close) parts.push(`${open - close === 1 ? 'an unclosed "{"' : `${open - close} unclosed "{"`}`);
  if (close > open) parts.push(`${close - open === 1 ? 'an unmatched "}"' : `${close - open} unmatched "}"`}`);
  return parts.length > 0 ? parts.join(' and ') : 'double quotes or braces that upset the count';
}
