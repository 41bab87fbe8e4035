import { safeParseTree } from '../core/json-tree.js';
import type { Facts } from '../facts/index.js';
import type { FileReader, TextFile } from './types.js';

/**
 * ilogtail_config.json and its LoongCollector siblings, as a jsonc-parser tree with offsets for
 * the value rules. The agent's own stricter parsing (its pre-check and jsoncpp 1.8.4) is judged
 * from the text by the config/* syntax rules; this tree only carries values.
 */
export const agentConfigReader: FileReader = { name: 'agent config (ilogtail_config.json)', kinds: ['agent-config'], read: readAgentConfig };

function readAgentConfig(file: TextFile, facts: Facts): void {
  const { source } = file;
  // A BOM is the syntax rules' business; a space keeps every offset where it was.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  const tree =
    text.trim() === ''
      ? { errors: [] }
      : safeParseTree(withoutRawControls(text), { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const name = file.file.path.slice(file.file.path.lastIndexOf('/') + 1);
  const partial = name !== 'ilogtail_config.json' && name !== 'loongcollector_config.json';
  facts.agentConfigs.push({
    file: file.file.path,
    source,
    role: partial ? 'partial' : 'main',
    product: name === 'ilogtail_config.json' ? 'ilogtail' : 'loongcollector',
    // A tree jsonc-parser rebuilt around errors holds values the file does not (`0x10` read as
    // 0, a template read as `{}`): value rules get no tree for such a file, only the syntax
    // findings. Trailing commas and comments alter no value, so they keep the tree.
    root: tree.errors.length === 0 ? tree.root : undefined,
    parseErrors: tree.errors,
    tooDeep: tree.tooDeep,
  });
}

/**
 * jsoncpp accepts raw control characters (a newline, a tab) inside strings; jsonc-parser does
 * not. Each becomes a space, so offsets stay put and the value rules see the rest of the file.
 */
export function withoutRawControls(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      else if (c < 0x20) {
        (out ??= []).push(text.slice(from, i), ' ');
        from = i + 1;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x2f /* / */ && text.charCodeAt(i + 1) === 0x2f) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 0x2f && text.charCodeAt(i + 1) === 0x2a /* * */) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    }
  }
  return out ? out.join('') + text.slice(from) : text;
}
