/**
 * Helpers shared by the config/* rules: the memoized agent-JSON analysis of each file, ranges,
 * and safe walks over the jsonc-parser tree (which may be missing, partial, or not an object).
 */
import type { Node as JsonNode } from 'jsonc-parser';
import type { AgentConfigFact } from '../../model/facts.js';
import { analyzeAgentJson, type AgentJsonAnalysis } from '../../readers/agent-json.js';
import type { Range } from '../../types.js';

const analyses = new WeakMap<AgentConfigFact['source'], AgentJsonAnalysis>();

/** The syntax analysis of a file, computed once per file however many rules ask. */
export function analysisOf(fact: AgentConfigFact): AgentJsonAnalysis {
  let a = analyses.get(fact.source);
  if (!a) {
    a = analyzeAgentJson(fact.source.text);
    analyses.set(fact.source, a);
  }
  return a;
}

export function rangeOf(fact: AgentConfigFact, start: number, end: number): Range {
  return fact.source.rangeOf(start, Math.max(0, end - start));
}

export function nodeRange(fact: AgentConfigFact, node: JsonNode): Range {
  return fact.source.rangeOf(node.offset, node.length);
}

/** The root object, when the file's root is one (as the agent needs); otherwise undefined. */
export function rootObject(fact: AgentConfigFact): JsonNode | undefined {
  const root = fact.root;
  if (!root || root.type !== 'object') return undefined;
  return root;
}

export interface PropertyEntry {
  key: string;
  keyNode: JsonNode;
  /** Undefined for `"key":` with nothing after it. */
  valueNode?: JsonNode;
  property: JsonNode;
}

/** The properties of an object node, in order (duplicates included). */
export function propertiesOf(obj: JsonNode | undefined): PropertyEntry[] {
  const out: PropertyEntry[] = [];
  if (!obj || obj.type !== 'object') return out;
  for (const property of obj.children ?? []) {
    const keyNode = property.children?.[0];
    if (!keyNode || typeof keyNode.value !== 'string') continue;
    out.push({ key: keyNode.value, keyNode, valueNode: property.children?.[1], property });
  }
  return out;
}

/** The property the agent keeps for `key`: the last one (jsoncpp: the last value wins). */
export function lastProperty(obj: JsonNode | undefined, key: string): PropertyEntry | undefined {
  let found: PropertyEntry | undefined;
  for (const p of propertiesOf(obj)) if (p.key === key) found = p;
  return found;
}

/** Walk a path of keys and indexes, taking the last property for each key. */
export function nodeAt(root: JsonNode | undefined, path: ReadonlyArray<string | number>): JsonNode | undefined {
  let node = root;
  for (const seg of path) {
    if (!node) return undefined;
    if (node.type === 'object' && typeof seg === 'string') node = lastProperty(node, seg)?.valueNode;
    else if (node.type === 'array' && typeof seg === 'number') node = node.children?.[seg];
    else return undefined;
  }
  return node;
}

/** RFC 6901 pointer of a path. */
export function pointerOf(path: ReadonlyArray<string | number>): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** JSON text of a scalar for messages, shortened. */
export function show(value: unknown): string {
  const s = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/** `"key"` or `"key"[0].cluster`, as users would write the path. */
export function displayPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  path.forEach((seg, i) => {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += i === 0 ? `"${seg}"` : `.${seg}`;
  });
  return out;
}

/** What happens when the agent rejects the file (agent-config reference §1.3). */
export const DROPS_FILE =
  'so the agent discards the whole file ("start config is not valid json") and starts on built-in defaults, without its config server or data servers';
