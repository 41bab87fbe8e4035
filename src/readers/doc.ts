import type { Node as JsonNode } from 'jsonc-parser';
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node as YamlNode } from 'yaml';
import type { SourceFile } from '../core/source-file.js';
import type { Range } from '../core/diagnostic.js';
import { type Value, unknown, known } from '../core/value.js';
import { isTemplated } from '../core/template.js';
import { type DEntry, type DNode, type DOther, type DMap, type DScalar, type DSeq, type ScalarStyle } from '../core/doc-tree.js';

/** Deeper nodes become `other`: no reader needs them and recursion stays bounded. */
const MAX_DEPTH = 400;

const escapePointer = (key: string) => (key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key);

/**
 * Nodes are thin views built on first access: readers touch a few paths of a document (a plan
 * JSON is mostly values nobody reads), so nothing below an untouched node is ever converted.
 */
abstract class View {
  tag?: string;
  private cachedPointer?: string;
  /** Offset of the document's first syntax error (Infinity when it parsed cleanly); children take their parent's. */
  damageFrom: number;
  /** Where the parser says the node ends, before trailing line breaks are trimmed from `end` (YAML). */
  parsedEnd: number;
  constructor(
    readonly start: number,
    readonly end: number,
    private readonly parent: View | undefined,
    private readonly key: string,
    readonly depth: number,
  ) {
    this.damageFrom = parent?.damageFrom ?? Infinity;
    this.parsedEnd = end;
  }
  get pointer(): string {
    return (this.cachedPointer ??= this.parent ? `${this.parent.pointer}/${escapePointer(this.key)}` : '');
  }
  /**
   * The parser reads left to right: a node that ends before the first error is as written; one
   * that reaches it (an unclosed `[`, a value cut short) or lies past it was rebuilt.
   */
  get damaged(): boolean {
    return this.parsedEnd >= this.damageFrom;
  }
}

class Other extends View implements DOther {
  readonly type = 'other';
}

class Scalar_ extends View implements DScalar {
  readonly type = 'scalar';
  constructor(start: number, end: number, parent: View | undefined, key: string, depth: number, readonly value: string | number | boolean | null, readonly style: ScalarStyle) {
    super(start, end, parent, key, depth);
  }
}

class JsonMap extends View implements DMap {
  readonly type = 'map';
  private cached?: DEntry[];
  constructor(private readonly node: JsonNode, parent: View | undefined, key: string, depth: number) {
    super(node.offset, node.offset + node.length, parent, key, depth);
  }
  get entries(): DEntry[] {
    if (this.cached) return this.cached;
    const out: DEntry[] = [];
    for (const prop of this.node.children ?? []) {
      const k = prop.children?.[0];
      const v = prop.children?.[1];
      if (!k || !v || typeof k.value !== 'string') continue;
      out.push({ key: k.value, keyStart: k.offset, keyEnd: k.offset + k.length, value: json(v, this, k.value, this.depth + 1) });
    }
    return (this.cached = out);
  }
}

class JsonSeq extends View implements DSeq {
  readonly type = 'seq';
  private cached?: DNode[];
  constructor(private readonly node: JsonNode, parent: View | undefined, key: string, depth: number) {
    super(node.offset, node.offset + node.length, parent, key, depth);
  }
  get items(): DNode[] {
    return (this.cached ??= (this.node.children ?? []).map((c, i) => json(c, this, String(i), this.depth + 1)));
  }
}

function json(node: JsonNode, parent: View | undefined, key: string, depth: number): DNode {
  if (depth > MAX_DEPTH) return new Other(node.offset, node.offset + node.length, parent, key, depth);
  if (node.type === 'object') return new JsonMap(node, parent, key, depth);
  if (node.type === 'array') return new JsonSeq(node, parent, key, depth);
  return new Scalar_(node.offset, node.offset + node.length, parent, key, depth, node.value ?? null, 'json');
}

/** `errorOffset`: where the first syntax error is, if the text has one (nodes from there on are `damaged`). */
export function fromJson(node: JsonNode, errorOffset?: number): DNode {
  return withDamage(json(node, undefined, '', 0), errorOffset);
}

/** Children are built on first access and take the root's error offset then. */
function withDamage(root: DNode, errorOffset: number | undefined): DNode {
  if (errorOffset !== undefined) (root as unknown as View).damageFrom = errorOffset;
  return root;
}

class YamlMap extends View implements DMap {
  readonly type = 'map';
  private cached?: DEntry[];
  constructor(private readonly node: YamlNode & { items: unknown[] }, private readonly text: string, start: number, end: number, parent: View | undefined, key: string, depth: number) {
    super(start, end, parent, key, depth);
  }
  get entries(): DEntry[] {
    if (this.cached) return this.cached;
    const out: DEntry[] = [];
    for (const pair of this.node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') continue;
      const key = String(pair.key.value);
      const kr = pair.key.range ?? [this.start, this.start];
      out.push({ key, keyStart: kr[0], keyEnd: kr[1], value: yaml(pair.value as YamlNode | null, this.text, kr[1], this, key, this.depth + 1) });
    }
    return (this.cached = out);
  }
}

class YamlSeq extends View implements DSeq {
  readonly type = 'seq';
  private cached?: DNode[];
  constructor(private readonly node: YamlNode & { items: unknown[] }, private readonly text: string, start: number, end: number, parent: View | undefined, key: string, depth: number) {
    super(start, end, parent, key, depth);
  }
  get items(): DNode[] {
    return (this.cached ??= this.node.items.map((c, i) => yaml(c as YamlNode | null, this.text, this.end, this, String(i), this.depth + 1)));
  }
}

function yaml(node: YamlNode | null | undefined, text: string, fallbackOffset: number, parent: View | undefined, key: string, depth: number): DNode {
  const range = node?.range;
  const tag = node?.tag;
  const custom = tag !== undefined && !tag.startsWith('tag:yaml.org,2002:');
  // A ROS short form (`!GetAtt A.B`) is one expression: its range starts at the tag.
  const start = range ? (custom ? tagStart(text, range[0], tag) : range[0]) : fallbackOffset;
  let end = range ? range[1] : fallbackOffset;
  // Block collections end after their last line break: point at the text, not the newline.
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13 || text.charCodeAt(end - 1) === 32)) end--;
  let out: DNode;
  if (!node) out = new Scalar_(start, end, parent, key, depth, null, 'plain');
  else if (isAlias(node) || depth > MAX_DEPTH) out = new Other(start, end, parent, key, depth);
  else if (isMap(node)) out = new YamlMap(node, text, start, end, parent, key, depth);
  else if (isSeq(node)) out = new YamlSeq(node, text, start, end, parent, key, depth);
  else if (isScalar(node)) {
    const v = node.value;
    const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    out = new Scalar_(start, end, parent, key, depth, value, yamlStyle(node));
  } else out = new Other(start, end, parent, key, depth);
  if (custom) out.tag = tag;
  if (range) (out as unknown as View).parsedEnd = range[1];
  return out;
}

/** Where the tag written before a node's value begins (`!Ref X`: at `!`); the value's start when the tag is not right before it. */
function tagStart(text: string, valueStart: number, tag: string): number {
  let i = valueStart;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t' || text[i - 1] === '\n' || text[i - 1] === '\r')) i--;
  return i >= tag.length && text.slice(i - tag.length, i) === tag ? i - tag.length : valueStart;
}

/** A YAML document's contents; `text` is the text it was parsed from (to trim trailing line breaks). */
export function fromYaml(node: YamlNode | null | undefined, text: string, fallbackOffset: number, errorOffset?: number): DNode {
  return withDamage(yaml(node, text, fallbackOffset, undefined, '', 0), errorOffset);
}

function yamlStyle(node: Scalar): ScalarStyle {
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.BLOCK_FOLDED:
    case Scalar.BLOCK_LITERAL:
      return 'block';
    default:
      return 'plain';
  }
}

/**
 * A scalar as a `Value<string>`: a literal is known, a templated string or any non-scalar (a ROS
 * intrinsic function, a Helm `{{ }}` that YAML read as a map, an alias) is unknown with the
 * text as written. `null` is undefined: the key is as good as absent.
 */
export function stringValue(node: DNode | undefined, source: SourceFile, exprOverride?: (n: DNode) => string | undefined): Value<string> | undefined {
  if (!node) return undefined;
  const range = source.rangeOf(node.start, node.end - node.start);
  if (node.damaged) return unknown(asWritten(node, source), range, node.pointer);
  if (node.type === 'scalar' && !node.tag) {
    if (node.value === null) return undefined;
    // Numbers and booleans as written (`0123`, a 20-digit ID), not as JavaScript prints them.
    if (typeof node.value !== 'string') {
      const raw = source.text.slice(node.start, node.end);
      const written = raw.trim();
      return known(written, range, node.pointer, raw === written ? [node.start, node.end] : undefined);
    }
    if (isTemplated(node.value)) return unknown(node.value, range, node.pointer);
    return known(node.value, range, node.pointer, verbatim(node, source));
  }
  const expr = exprOverride?.(node) ?? asWritten(node, source);
  return unknown(expr, range, node.pointer);
}

/** Where a string scalar's value is spelled verbatim (quotes aside, no escapes), if it is. */
export function verbatim(node: DScalar, source: SourceFile): [number, number] | undefined {
  if (node.style === 'block') return undefined;
  const quoted = node.style !== 'plain';
  const start = quoted ? node.start + 1 : node.start;
  const end = quoted ? node.end - 1 : node.end;
  return end >= start && source.text.slice(start, end) === node.value ? [start, end] : undefined;
}

/** The node's text on one line; a YAML tag (`!Ref X`) is part of it. */
export function asWritten(node: DNode, source: SourceFile): string {
  const text = compactText(source.text.slice(node.start, node.end));
  return node.tag && !text.startsWith('!') ? `${node.tag} ${text}` : text;
}

/**
 * A list as a `Value<Array<Value<string>>>`: a sequence gives one Value per entry, anything else
 * (an expression) is unknown as a whole.
 */
export function listValue(node: DNode, source: SourceFile, exprOverride?: (n: DNode) => string | undefined): Value<Array<Value<string>>> {
  const range = source.rangeOf(node.start, node.end - node.start);
  if (node.type === 'seq' && !node.tag && !node.damaged) {
    const items: Array<Value<string>> = [];
    for (const item of node.items) {
      const v = stringValue(item, source, exprOverride);
      items.push(v ?? known('', source.rangeOf(item.start, item.end - item.start), item.pointer));
    }
    return known(items, range, node.pointer);
  }
  return unknown(exprOverride?.(node) ?? asWritten(node, source), range, node.pointer);
}

/**
 * What a key that is not written means: `whenAbsent` (an empty list, an empty name), unless the
 * object that should hold it was rebuilt around a syntax error: then the key may well be written
 * and lost, and the value is unknown.
 */
export function absentValue<T>(container: DNode | undefined, whenAbsent: T, range: Range, pointer?: string): Value<T> {
  return container?.damaged ? unknown('', range, pointer ?? container.pointer) : known(whenAbsent, range, pointer);
}

/** Expression text on one line: runs of whitespace become one space; long text is cut. */
export function compactText(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? one.slice(0, 197) + '...' : one;
}

export function rangeOfNode(source: SourceFile, node: { start: number; end: number }) {
  return source.rangeOf(node.start, node.end - node.start);
}
