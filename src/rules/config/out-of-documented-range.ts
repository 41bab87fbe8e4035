import { defineRule } from '../types.js';
import { displayPath, issuesOf, nodeRange, show } from './util.js';

/** What going outside the documented range means for a few keys (agent-config §2.3, §8.3). */
const CONSEQUENCE: Record<string, string> = {
  cpu_usage_limit: 'The value is in CPU cores, not a fraction or a percentage; the agent restarts itself after about 11 consecutive 30-second checks over it.',
  mem_usage_limit: 'The value is in MB; a limit below the agent\'s real working set makes it restart in a loop (and it restarts at once above 5× the limit). The repository docs suggest 99999999 to turn the limits off in Kubernetes: if that is the intent, disable this rule for the file.',
  process_thread_count: '0 means no processing threads at all, and a negative value probably crashes the agent (inferred from the code).',
};

export default defineRule({
  id: 'config/out-of-documented-range',
  severity: 'warning',
  scope: 'file',
  description: 'A value outside the range Alibaba Cloud documents, which the agent itself does not check',
  check({ fleet, report }) {
    for (const { fact, issue } of issuesOf(fleet, 'out-of-documented-range')) {
      const range = issue.entry ? issue.entry.note : `Documented values: ${issue.ajvMessage?.replace(/^documented values: /, '') ?? ''}.`;
      const consequence = CONSEQUENCE[issue.key] ? ` ${CONSEQUENCE[issue.key]}` : '';
      report({
        file: fact.file,
        range: nodeRange(fact, issue.node),
        pointer: issue.pointer,
        message: `${displayPath(issue.path)} is ${show(issue.value)}, outside what Alibaba Cloud documents. ${range}${consequence} The agent does not enforce this range, so check that the value is what you mean, or bring it inside the range.`,
      });
    }
  },
});
