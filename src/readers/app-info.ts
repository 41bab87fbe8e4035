import type { AppInfoFact, Facts } from '../facts/index.js';
import { fromJson, stringValue } from './doc.js';
import { get } from '../core/doc-tree.js';
import { safeParseTree } from '../core/json-tree.js';
import { pushJsonProblem } from './problems.js';
import type { FileReader, TextFile } from './types.js';

/**
 * app_info.json, written by the agent at startup (docs/reference/agent-config.md §5): the IP and hostname it
 * reports, and its version (`logtail_version`; LoongCollector `loongcollector_version`, or
 * `ilogtail_version` in some builds).
 */
export const appInfoReader: FileReader = { name: 'app_info.json', kinds: ['app-info'], read: readAppInfo };

function readAppInfo(file: TextFile, facts: Facts): void {
  const { source } = file;
  const fact: AppInfoFact = { file: file.file.path, source };
  facts.appInfos.push(fact);
  // A BOM is not JSON; blank it (same length) so the rest still reads.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  if (text.trim() === '') return;
  const tree = safeParseTree(text, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (tree.tooDeep || tree.errors.length > 0) pushJsonProblem(facts, file, 'json', tree);
  if (!tree.root) return;
  const root = fromJson(tree.root);
  fact.ip = stringValue(get(root, 'ip'), source);
  fact.hostname = stringValue(get(root, 'hostname'), source);
  fact.version = stringValue(get(root, 'logtail_version') ?? get(root, 'loongcollector_version') ?? get(root, 'ilogtail_version'), source);
  for (const k of ['ip', 'hostname', 'version'] as const) if (fact[k] === undefined) delete fact[k];
}
