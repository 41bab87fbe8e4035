import { safeParseTree } from './json-tree.js';
import type { Reader } from './reader.js';

/**
 * ilogtail_config.json and its LoongCollector siblings. jsonc-parser is error-tolerant and keeps
 * offsets, so rules can point into files the agent itself would reject (trailing commas stay
 * errors, as they are to the agent); the agent's own
 * stricter parsing is judged by the config/* syntax rules from the text.
 */
export const readAgentConfig: Reader = (file, facts) => {
  const { source } = file;
  // Skip a BOM for the tree (the syntax rule reports it) so that the rest still gets checked.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  const tree = text.trim() === '' ? { errors: [] } : safeParseTree(text, { allowTrailingComma: false, disallowComments: false, allowEmptyContent: true });
  const name = file.file.path.slice(file.file.path.lastIndexOf('/') + 1);
  const partial = name !== 'ilogtail_config.json' && name !== 'loongcollector_config.json';
  facts.agentConfigs.push({
    file: file.file.path,
    source,
    role: partial ? 'partial' : 'main',
    product: name === 'ilogtail_config.json' ? 'ilogtail' : 'loongcollector',
    root: tree.root,
    parseErrors: tree.errors,
    tooDeep: tree.tooDeep,
  });
};
