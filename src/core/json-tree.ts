import { parseTree, type Node as JsonNode, type ParseError, type ParseOptions } from 'jsonc-parser';
import { isTemplated } from './template.js';

/**
 * Deepest nesting the readers build a tree for. jsoncpp 1.8.4, the agent's parser, stops at
 * `stackLimit = 1000` (docs/reference/agent-config.md §1.2), and jsonc-parser recurses once per level,
 * so a deeper file would overflow the stack instead of producing a finding.
 */
export const MAX_JSON_DEPTH = 1000;

export interface SafeTree {
  root?: JsonNode;
  errors: ParseError[];
  /** Set when nesting exceeds MAX_JSON_DEPTH: no tree was built. */
  tooDeep?: { depth: number; offset: number };
}

/** parseTree that cannot overflow the stack: a linear pre-scan refuses pathological nesting. */
export function safeParseTree(text: string, options: ParseOptions): SafeTree {
  const deep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (deep) return { errors: [], tooDeep: deep };
  const errors: ParseError[] = [];
  return { root: parseTree(text, errors, options), errors };
}

/** At a `/` outside strings: the offset of a `//` comment's newline or a block comment's last `/` (the text's end if unterminated); `i` itself when no comment starts there. */
export function commentEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === 0x2f /* / */) {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl;
  }
  if (next === 0x2a /* * */) {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 1;
  }
  return i;
}

/** First offset where `[`/`{` nesting passes `limit`, skipping strings and comments. */
export function findExcessiveNesting(text: string, limit: number): { depth: number; offset: number } | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x2f /* / */) {
      i = commentEnd(text, i);
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return { depth, offset: i };
    } else if (c === 0x5d || c === 0x7d) {
      depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/**
 * A string that is a template placeholder (`{{ region }}`, `${REGION}`, `$(VAR)`): a repo that
 * renders its agent files at deploy time. Its value is unknown, so it never produces a finding.
 */
export function isTemplatedNode(node: JsonNode | undefined): boolean {
  return node?.type === 'string' && typeof node.value === 'string' && isTemplated(node.value);
}

// ---------------------------------------------------------------- reading a jsonc tree as jsoncpp does

/** One `"key": value` of an object node. */
export interface PropertyEntry {
  key: string;
  keyNode: JsonNode;
  /** Undefined for `"key":` with nothing after it. */
  valueNode?: JsonNode;
  property: JsonNode;
}

/** The properties of an object node, in order (a repeated key appears each time). */
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

/** The elements of an array node; [] for anything else. */
export function elementsOf(node: JsonNode | undefined): JsonNode[] {
  return node && node.type === 'array' && Array.isArray(node.children) ? node.children : [];
}
