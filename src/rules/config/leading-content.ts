import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

const NAMES: Record<string, string> = {
  '\r': 'a carriage return (CR: a blank first line saved with CRLF line endings)',
  '\f': 'a form feed (\\f)',
  '\v': 'a vertical tab (\\v)',
  '\u00a0': 'a non-breaking space (U+00A0)',
  '\ufeff': 'a byte order mark (U+FEFF)',
};

export default defineRule({
  id: 'config/leading-content',
  severity: 'error',
  scope: 'file',
  description: 'Something other than spaces, LF or TAB comes before the opening "{" (a comment, a CR, a non-breaking space, stray text)',
  fixable: true,
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      for (const f of fact.syntax.facts) {
        if (f.kind !== 'leading-content') continue;
        const text = f.detail ?? '';
        const trimmed = text.replace(/^[ \t\n]+/, '');
        let what: string;
        let how: string;
        if (trimmed.startsWith('//') || trimmed.startsWith('/*')) {
          what = 'A comment comes before the opening "{"';
          how = 'Move the comment inside the object, after "{": the agent accepts comments there.';
        } else if (f.removable) {
          const first = trimmed[0] ?? '';
          what = `The file starts with ${NAMES[first] ?? `the invisible character U+${first.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`} before the opening "{"`;
          how = first === '\r' ? 'Delete the blank first line, or save the file with LF line endings.' : 'Delete it, so that the file starts with "{".';
        } else {
          what = `Text comes before the opening "{" (${JSON.stringify(trimmed.length > 40 ? trimmed.slice(0, 37) + '…' : trimmed)})`;
          how = 'Delete it, so that the file starts with "{".';
        }
        report({
          file: fact.file,
          range: rangeOf(fact, f.start, f.end),
          message: `${what}: the agent's pre-check skips only spaces, LF and TAB before "{", ${DROPS_FILE}. ${how}`,
          fix: f.removable
            ? { description: 'Delete the characters before "{" that the agent does not skip', edits: f.removable.map(([s, e]) => ({ range: [s, e] as [number, number], text: '' })) }
            : undefined,
        });
      }
    }
  },
});
