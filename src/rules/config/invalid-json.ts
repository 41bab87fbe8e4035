import type { AgentJsonFact } from '../../facts/index.js';
import { defineRule } from '../types.js';
import { DROPS_FILE, rangeOf } from './util.js';

/**
 * Everything that makes the agent drop the file, except the problems with a rule of their own
 * (BOM, leading content, comments that break the pre-check, trailing commas, a non-object root).
 */
export default defineRule({
  id: 'config/invalid-json',
  severity: 'error',
  scope: 'file',
  description: 'ilogtail_config.json is not JSON the agent can read, so it runs on built-in defaults',
  check({ fleet, report }) {
    for (const fact of fleet.agentConfigs) {
      const analysis = fact.syntax;
      for (const f of analysis.facts) {
        const message = explain(f, fact.source.text);
        if (message) report({ file: fact.file, range: rangeOf(fact, f.start, Math.max(f.end, f.start)), message });
      }
      if (analysis.truncated) {
        const end = fact.source.text.length;
        report({
          file: fact.file,
          range: rangeOf(fact, end, end),
          message: `Too many syntax errors to list: this does not look like JSON at all, ${DROPS_FILE}. Replace it with the JSON object the installer writes.`,
        });
      }
    }
  },
});

function explain(f: AgentJsonFact, text: string): string | undefined {
  const shown = token(clip(text.slice(f.start, f.end)));
  switch (f.kind) {
    case 'empty':
      return `File is empty: the agent rejects it, ${DROPS_FILE}. Write the JSON object the installer generates: {"config_server_address": …, "data_server_list": [{"cluster": …, "endpoint": …}]}.`;
    case 'no-value':
      return `File holds only comments, no JSON object: the agent rejects it, ${DROPS_FILE}. Add the settings object ({ … }) and put the comments inside it.`;
    case 'precheck-unbalanced':
      return f.detail === 'negative'
        ? `This "}" has no matching "{": the agent's pre-check counts every brace outside quotes, even after the root object, and fails as soon as the count goes negative, ${DROPS_FILE}. Remove the extra "}".`
        : `This "{" is never matched by a "}" as the agent's pre-check counts braces (every brace outside quotes, even after the root object), ${DROPS_FILE}. Remove it or close it.`;
    case 'single-quote':
      return `Single-quoted string ${shown}: the agent's JSON reader (jsoncpp 1.8.4, allowSingleQuotes=false) rejects it, ${DROPS_FILE}. Use double quotes.`;
    case 'unquoted-key':
      return `Key ${shown} is not in double quotes: the agent's JSON reader rejects unquoted keys, ${DROPS_FILE}. Write "${f.detail}".`;
    case 'special-number':
      return `${f.detail} is not a JSON number: the agent's JSON reader (jsoncpp 1.8.4, allowSpecialFloats=false) rejects it, ${DROPS_FILE}. Write a finite number.`;
    case 'hex-number': {
      const m = /^(-?)0[xX]([0-9a-fA-F]+)$/.exec(f.detail ?? '');
      const decimal = m ? ` (${m[1]}${Number.parseInt(m[2], 16)})` : '';
      return `Hexadecimal number ${f.detail}: JSON has no hex literals and the agent's JSON reader rejects it, ${DROPS_FILE}. Write it in decimal${decimal}.`;
    }
    case 'leading-plus':
      return `Number with a leading "+" (${f.detail}): the agent's JSON reader rejects it, ${DROPS_FILE}. Remove the "+".`;
    case 'invalid-number':
      return `${shown} is not a number the agent's JSON reader can convert, ${DROPS_FILE}. Write a complete number (e.g. 1e3, -1).`;
    case 'bad-escape': {
      const markdown = /^\\[{}_*[\]#`]/.test(f.detail ?? '') ? ' (a markdown escape copied from a web page?)' : '';
      return `Invalid escape ${shown} in a string${markdown}: the agent's JSON reader rejects it ("Bad escape sequence"), ${DROPS_FILE}. Write a backslash as \\\\ (Windows paths: "C:\\\\LogtailData\\\\"), or use a valid escape (\\n, \\t, \\uXXXX with a full surrogate pair).`;
    }
    case 'unterminated-string':
      return `This string is never closed: the agent's JSON reader reaches the end of the file inside it, ${DROPS_FILE}. Add the closing double quote.`;
    case 'unterminated-comment':
      return `This /* comment is never closed, ${DROPS_FILE}. Close it with */.`;
    case 'missing-colon':
      return `Missing ":" after key "${f.detail}": the agent's JSON reader rejects the object ("Missing ':' after object member name"), ${DROPS_FILE}. Add the colon.`;
    case 'missing-comma':
      return `Missing "," before ${shown}: the agent's JSON reader rejects it ("Missing ',' or '${f.detail}'"), ${DROPS_FILE}. Add a comma after the previous ${f.detail === '}' ? 'member' : 'element'}.`;
    case 'value-expected':
      return `A ${f.detail === 'a key' ? 'key' : 'value'} is missing before ${shown}: the agent's JSON reader rejects it, ${DROPS_FILE}. Write the ${f.detail === 'a key' ? 'member' : 'value'} or remove the extra punctuation.`;
    case 'unexpected-token':
      return f.detail === 'no JSON object'
        ? `No JSON object in this file (it starts with ${shown}): the agent rejects it, ${DROPS_FILE}. The file must be one JSON object: { … }.`
        : `Unexpected ${shown} where the agent's JSON reader expects ${f.detail}, ${DROPS_FILE}. Fix the syntax here (stray text, a missing quote, or a character that is not JSON).`;
    case 'unclosed':
      return `This "${f.expected === ']' ? '[' : '{'}" is never closed: the file ends first, ${DROPS_FILE}. Add the missing "${f.expected}".`;
    case 'nesting-limit':
      return `Values nested more than ${f.detail} deep: the agent's JSON reader (jsoncpp 1.8.4, stackLimit=${f.detail}) gives up here, ${DROPS_FILE}. Flatten the structure.`;
    default:
      return undefined;
  }
}

function clip(s: string): string {
  return s.length > 40 ? s.slice(0, 37) + '…' : s;
}

/** A piece of the file as written, in backticks; only control characters are escaped (a backslash stays one). */
function token(s: string): string {
  return '`' + s.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)) + '`';
}
