import type { Node, Tree } from 'web-tree-sitter';
import type { SourceFile } from '../core/source-file.js';
import { type Facts, type MachineGroupFact } from '../facts/index.js';
import { type Value, unknown, known } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import { compactText } from './doc.js';
import { isTemplated } from '../core/template.js';
import { decodeQuoted } from './embedded.js';
import { pushProblem } from './problems.js';
import type { FileReader, TextFile } from './types.js';
import { SHELL_SNIFF, mentionOffsets, newShellScanState, scanShellText } from './shell.js';
import { TERRAFORM_RESOURCES, TERRAFORM_SNIFF, dirname, emitResource, providerAliasOf, readsPublicIp, terraformEntrySources } from './terraform-resources.js';
import { terraformParser } from './tree-sitter.js';

interface TfContext {
  file: string;
  source: SourceFile;
  /** The file text (a BOM blanked): every offset below is into this text. */
  text: string;
  facts: Facts;
  /** A node's start / end offset in `text` (the tree may have parsed a shortened copy). */
  start: (n: Node) => number;
  end: (n: Node) => number;
  /** An offset in `text` → the parsed copy, or undefined when it lies in a cut-out list. */
  toTree: (offset: number) => number | undefined;
}

/**
 * Terraform `.tf` files, parsed with tree-sitter (HCL, Terraform grammar): `provider "alicloud"`
 * blocks, SLS projects, machine groups and attachments, and install commands in strings and
 * heredocs (`user_data`). Literal strings are known; every other expression is unknown with its
 * text. A syntax error is one parse problem; what did parse is still read.
 *
 * Every call into the wasm tree costs about a microsecond, so the tree is used for structure
 * (blocks, attributes, list entries) and values are read from the source text of the spans it
 * gives: a 100,000-entry IP list costs one pass over its text, not a million node visits.
 */
export const terraformReader: FileReader = {
  name: 'Terraform (.tf)',
  kinds: ['terraform'],
  // Files that mention neither the provider nor an installer are not parsed at all.
  sniff: new RegExp(`${TERRAFORM_SNIFF.source}|${SHELL_SNIFF.source}`, 'i'),
  read: readTerraform,
};

async function readTerraform(file: TextFile, facts: Facts): Promise<void> {
  const { source } = file;
  const shell = SHELL_SNIFF.test(source.text);
  const parser = await terraformParser();
  // A BOM is not HCL; blank it (same length) so positions hold.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  let tree: Tree | null = null;
  try {
    const budget = new ParseBudget(text.length);
    const parsed = parseHcl(parser, text, budget);
    tree = parsed.tree;
    const offsets = parsed.offsets;
    if (!tree) {
      if (budget.spent) {
        parser.reset(); // else the next file's parse would resume this one
        pushProblem(facts, file.file.path, source, 'hcl', budget.message(), Buffer.from(text).subarray(0, budget.offset).toString().length, 0);
      }
      return;
    }
    const ctx: TfContext = { file: file.file.path, source, text, facts, ...offsets };
    const root = tree.rootNode;
    if (root.hasError) reportFirstError(root, ctx);
    for (const body of root.namedChildren) {
      if (body.type !== 'body') continue;
      for (const block of body.namedChildren) {
        if (block.type !== 'block') continue;
        const header = blockHeader(block, ctx);
        if (header.kind === 'provider' && header.labels[0] === 'alicloud') readProvider(block, header, ctx);
        else if (header.kind === 'resource' && header.labels.length >= 2 && TERRAFORM_RESOURCES.has(header.labels[0])) readResource(block, header, ctx);
      }
    }
    if (shell || text.includes('.oss')) scanStrings(root, ctx);
  } finally {
    tree?.delete();
  }
}

// ---------------------------------------------------------------- parsing

type Parser = Awaited<ReturnType<typeof terraformParser>>;
type Offsets = typeof IDENTITY;

/**
 * How long the parser may take: tree-sitter's error recovery can be quadratic in a token's length
 * (`identify_list =aaaa…aaaa [` took 1.5 s at 32,000 letters; a fuzz finding), so a parse that
 * runs past 1.5 s plus 2 s per MiB of text (a sound 1 MiB file parses in about 0.5 s) is
 * cancelled and the file reported as not read, rather than holding the run up for minutes.
 */
export const PARSE_BUDGET = { baseMs: 1500, perMiBMs: 2000 };

class ParseBudget {
  private readonly deadline: number;
  spent = false;
  /** UTF-8 offset where the parser was when it was stopped. */
  offset = 0;
  constructor(chars: number) {
    this.deadline = performance.now() + PARSE_BUDGET.baseMs + (PARSE_BUDGET.perMiBMs * chars) / 2 ** 20;
  }
  readonly options = {
    progressCallback: (state: { currentOffset: number }): boolean => {
      if (performance.now() < this.deadline) return false;
      this.spent = true;
      this.offset = state.currentOffset;
      return true;
    },
  };
  message(): string {
    return 'Terraform: the HCL parser gave up on this file after its time budget (it took too long near here, as tree-sitter does on some malformed input, such as a very long word before a `[`): the file was not read, so its providers, projects and machine groups are unknown. Check the syntax near this place (`terraform fmt` or `terraform validate` point at it).';
  }
}

/** The tree of `text` (see the two sections below for what is parsed in its place), and how its offsets map to `text`. */
function parseHcl(parser: Parser, text: string, budget: ParseBudget): { tree: Tree | null; offsets: Offsets } {
  let blanks = longBlankRuns(text);
  for (let attempt = 0; ; attempt++) {
    const shown = blanks.length > 0 ? blanksAsComments(text, blanks) : text;
    const { tree, offsets } = parseCutting(parser, shown, budget);
    if (!tree || blanks.length === 0) return { tree, offsets };
    const landed = blanks.filter((b) => landedAsComment(tree.rootNode, b, offsets.toTree));
    if (landed.length === blanks.length) return { tree, offsets };
    // A run inside a string, a heredoc or a comment: parse again with only the runs between tokens, then with none.
    tree.delete();
    blanks = attempt === 0 ? landed : [];
  }
}

function parseCutting(parser: Parser, text: string, budget: ParseBudget): { tree: Tree | null; offsets: Offsets } {
  const cut = cutLongLists(text);
  // Fed in 10 KiB chunks: slicing the whole rest of a big file for every chunk is slower.
  const parse = (t: string) => (budget.spent ? null : parser.parse((index) => t.slice(index, index + 10_240), null, budget.options));
  const tree = parse(cut ? cut.text : text);
  if (tree && cut && !cutsLandedInTuples(tree.rootNode, cut.cuts)) {
    // The lists were not where they seemed (inside a heredoc, say): parse the file as it is.
    tree.delete();
    return { tree: parse(text), offsets: IDENTITY };
  }
  return { tree, offsets: cut ? offsetMaps(cut.cuts) : IDENTITY };
}

// ---------------------------------------------------------------- long runs of blanks

/**
 * tree-sitter-hcl takes time quadratic in a run of blanks after a body item's name
 * (`name<29,000 spaces>= "x"`: over 60 s; a fuzz finding, test/fuzz/regressions.test.ts). A
 * block comment is read in linear time and means the same to HCL, so each long run of spaces
 * and tabs is parsed as a comment of the same length (`/*   *\/`: every offset holds; values
 * are read from the file's own text). A run that did not land as a comment of its own (it was
 * inside a string, a heredoc or a comment) is put back.
 */
const LONG_BLANK = /[ \t]{64,}/g;

interface Blank {
  at: number;
  length: number;
}

function longBlankRuns(text: string): Blank[] {
  const out: Blank[] = [];
  for (const m of text.matchAll(LONG_BLANK)) out.push({ at: m.index, length: m[0].length });
  return out;
}

function blanksAsComments(text: string, blanks: readonly Blank[]): string {
  const parts: string[] = [];
  let last = 0;
  for (const b of blanks) {
    parts.push(text.slice(last, b.at), '/*', ' '.repeat(b.length - 4), '*/');
    last = b.at + b.length;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

function landedAsComment(root: Node, b: Blank, toTree: (o: number) => number | undefined): boolean {
  const at = toTree(b.at);
  if (at === undefined) return true; // in a literal list cut out before parsing: read from the text, not the tree
  const node = root.descendantForIndex(at, at + b.length - 1);
  return node?.type === 'comment' && node.startIndex === at && node.endIndex === at + b.length;
}

// ---------------------------------------------------------------- huge literal lists

/**
 * tree-sitter-wasm reads about 2 MB/s, so a 100,000-IP `identify_list` would cost a second of
 * parsing for entries that are plain strings. In a big file, each run of 200+ plain strings
 * after a `[` is cut out before parsing but the first (`["a", "b", ..."z"]` → `["a"]`); the
 * tree's offsets are mapped back, and the entries are read from the full text. If a cut did not
 * land in a list (it was inside a heredoc or a comment), the file is parsed as it is.
 */
const BIG_FILE = 100_000;
const LONG_LIST = /\[(\s*"[^"\\$%\n]*")((?:\s*,\s*"[^"\\$%\n]*"){199,})/g;

interface Cut {
  /** Offset of the `[` in the shortened text. */
  bracket: number;
  /** Offset in the shortened text where text was removed, and how much. */
  at: number;
  length: number;
}

function cutLongLists(text: string): { text: string; cuts: Cut[] } | undefined {
  if (text.length < BIG_FILE) return undefined;
  const cuts: Cut[] = [];
  let removed = 0;
  let out = '';
  let last = 0;
  LONG_LIST.lastIndex = 0;
  for (let m = LONG_LIST.exec(text); m; m = LONG_LIST.exec(text)) {
    const cutStart = m.index + 1 + m[1].length;
    out += text.slice(last, cutStart);
    cuts.push({ bracket: m.index - removed, at: cutStart - removed, length: m[2].length });
    removed += m[2].length;
    last = cutStart + m[2].length;
  }
  if (cuts.length === 0) return undefined;
  return { text: out + text.slice(last), cuts };
}

const IDENTITY = { start: (n: Node) => n.startIndex, end: (n: Node) => n.endIndex, toTree: (o: number): number | undefined => o };

/** Shortened-text offsets → file offsets: a node starting at a cut begins after it; one ending there ends before it. */
function offsetMaps(cuts: Cut[]) {
  const shift = (i: number, inclusive: boolean) => {
    let d = 0;
    for (const c of cuts) {
      if (c.at < i || (inclusive && c.at === i)) d += c.length;
      else break;
    }
    return i + d;
  };
  return {
    start: (n: Node) => shift(n.startIndex, true),
    end: (n: Node) => shift(n.endIndex, false),
    toTree: (o: number): number | undefined => {
      let d = 0;
      for (const c of cuts) {
        const from = c.at + d;
        if (o < from) break;
        if (o < from + c.length) return undefined;
        d += c.length;
      }
      return o - d;
    },
  };
}

function cutsLandedInTuples(root: Node, cuts: Cut[]): boolean {
  if (root.hasError) return false;
  return cuts.every((c) => root.descendantForIndex(c.bracket)?.parent?.type === 'tuple_start');
}

// ---------------------------------------------------------------- syntax errors

function reportFirstError(root: Node, ctx: TfContext): void {
  let node: Node = root;
  // Descend to the first (in document order) ERROR or MISSING node.
  for (let guard = 0; guard < 10_000; guard++) {
    if (node.isError || node.isMissing) break;
    const next = node.children.find((c) => c.hasError || c.isMissing);
    if (!next) break;
    node = next;
  }
  const start = ctx.start(node);
  let message: string;
  let length: number;
  if (node.isMissing) {
    message = `Terraform syntax error: missing "${node.type}".`;
    length = 0;
  } else {
    const firstLine = ctx.text
      .slice(start, Math.min(ctx.end(node), start + 200))
      .split('\n')[0]
      .trimEnd();
    const shown = firstLine.length > 40 ? firstLine.slice(0, 37) + '...' : firstLine;
    message = shown ? `Terraform syntax error: unexpected "${shown}".` : 'Terraform syntax error.';
    length = firstLine.length;
  }
  pushProblem(ctx.facts, ctx.file, ctx.source, 'hcl', message, start, length);
}

// ---------------------------------------------------------------- blocks

interface Header {
  kind: string;
  labels: string[];
  /** Offset just after the last label (or the block type). */
  end: number;
}

/** `resource "type" "name" {` read from the text; the tree only when the header is unusual. */
const HEADER = /([A-Za-z_][\w-]*)((?:[ \t]+(?:"[^"\\\n$%]*"|[A-Za-z_][\w-]*))*)[ \t]*\{/y;

function blockHeader(block: Node, ctx: TfContext): Header {
  const blockStart = ctx.start(block);
  HEADER.lastIndex = blockStart;
  const m = HEADER.exec(ctx.text);
  if (m) {
    const labels = [...m[2].matchAll(/"([^"]*)"|([A-Za-z_][\w-]*)/g)].map((l) => l[1] ?? l[2]);
    return { kind: m[1], labels, end: blockStart + m[1].length + m[2].length };
  }
  // Comments or line breaks between the labels: ask the tree.
  let kind = '';
  const labels: string[] = [];
  let end = blockStart;
  for (const c of block.namedChildren) {
    if (c.type === 'block_start' || c.type === 'body') break;
    end = ctx.end(c);
    if (!kind && c.type === 'identifier') kind = c.text;
    else if (c.type === 'string_lit') labels.push(c.namedChildren.find((t) => t.type === 'template_literal')?.text ?? '');
    else if (c.type === 'identifier') labels.push(c.text);
  }
  return { kind, labels, end };
}

const headerRange = (block: Node, header: Header, ctx: TfContext): Range => ctx.source.rangeOf(ctx.start(block), header.end - ctx.start(block));

/** An attribute: its expression's span in the text, and the node (for lists that need the tree). */
interface Attribute {
  start: number;
  end: number;
  node: Node;
}

interface BlockBody {
  attributes: Map<string, Attribute>;
  blocks: Map<string, Node>;
}

const ATTRIBUTE = /([A-Za-z_][\w-]*)[ \t]*=[ \t]*/y;
const BLOCK_NAME = /[A-Za-z_][\w-]*/y;

function bodyOf(block: Node | undefined, ctx: TfContext): BlockBody {
  const attributes = new Map<string, Attribute>();
  const blocks = new Map<string, Node>();
  const body = block?.namedChildren.find((c) => c.type === 'body');
  if (!body) return { attributes, blocks };
  for (const c of body.namedChildren) {
    if (c.type === 'attribute') {
      const start = ctx.start(c);
      ATTRIBUTE.lastIndex = start;
      const m = ATTRIBUTE.exec(ctx.text);
      if (m) attributes.set(m[1], { start: start + m[0].length, end: ctx.end(c), node: c });
    } else if (c.type === 'block') {
      BLOCK_NAME.lastIndex = ctx.start(c);
      const m = BLOCK_NAME.exec(ctx.text);
      if (m && !blocks.has(m[0])) blocks.set(m[0], c);
    }
  }
  return { attributes, blocks };
}

function readProvider(block: Node, header: Header, ctx: TfContext): void {
  const { attributes } = bodyOf(block, ctx);
  const alias = attributes.get('alias');
  const aliasValue = alias && valueOf(alias, ctx);
  const region = attributes.get('region');
  const regionValue = region && valueOf(region, ctx);
  ctx.facts.providers.push({
    file: ctx.file,
    moduleDir: dirname(ctx.file),
    ...(aliasValue?.known ? { alias: aliasValue.value } : {}),
    ...(regionValue ? { region: regionValue } : {}),
    range: headerRange(block, header, ctx),
  });
}

function readResource(block: Node, header: Header, ctx: TfContext): void {
  const [type, name] = header.labels;
  const { attributes, blocks } = bodyOf(block, ctx);
  const range = headerRange(block, header, ctx);
  // Tree-sitter rebuilds around a syntax error: an attribute it had to repair is not judged for its value.
  const valueOfAttr = (attr: Attribute | undefined) => (attr ? (attr.node.hasError ? damaged(attr, ctx) : valueOf(attr, ctx)) : undefined);
  const providerAttr = attributes.get('provider');
  emitResource(
    type,
    {
      file: ctx.file,
      format: 'terraform',
      address: `${type}.${name}`,
      range,
      providerAlias: providerAttr ? providerAliasOf(ctx.text.slice(providerAttr.start, providerAttr.end)) : undefined,
      attr: (attrName) => valueOfAttr(attributes.get(attrName)),
      nestedAttr: (nested, attrName) => valueOfAttr(bodyOf(blocks.get(nested), ctx).attributes.get(attrName)),
      list: (attrName) => {
        const list = attributes.get(attrName);
        // A block with a syntax error may have lost the argument: not "empty".
        if (!list) return { identifiers: block.hasError ? unknown('', range) : known([], range), publicIpSources: [], entrySources: [] };
        const entries = list.node.hasError ? undefined : listEntries(list, ctx);
        if (!entries) {
          const text = ctx.text.slice(list.start, list.end);
          const whole = spanRange(list, ctx);
          return { identifiers: unknown(compactText(text), whole), publicIpSources: readsPublicIp(text) ? [whole] : [], entrySources: terraformEntrySources(text, whole, 'list') };
        }
        const publicIpSources = entries.filter((e) => e.text.includes('public_ip') && readsPublicIp(e.text)).map((e) => e.value.range);
        const entrySources = entries.flatMap((e) => (e.value.known ? [] : terraformEntrySources(e.text, e.value.range, 'entry')));
        return {
          identifiers: known(
            entries.map((e) => e.value),
            spanRange(list, ctx),
          ),
          publicIpSources,
          entrySources,
        };
      },
    },
    ctx.facts,
  );
}

// ---------------------------------------------------------------- values

const spanRange = (s: { start: number; end: number }, ctx: TfContext): Range => ctx.source.rangeOf(s.start, s.end - s.start);

/** A quoted string with no interpolation or directive (escapes allowed; `$${` is left to the slow path). */
const PLAIN_STRING = /^"((?:[^"\\$%\n]|\\.|\$(?!\{)|%(?!\{))*)"$/;
const NUMBER_OR_BOOL = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false)$/;

/**
 * The value of the expression written at `start..end`: a literal string (or number, bool) is
 * known; `null` is absent; anything else (variables, references, templates, function calls,
 * heredocs) is unknown with its text (a quoted template without its quotes).
 */
function valueOf(span: { start: number; end: number }, ctx: TfContext): Value<string> | undefined {
  const raw = ctx.text.slice(span.start, span.end);
  const range = spanRange(span, ctx);
  if (raw === 'null') return undefined;
  const m = PLAIN_STRING.exec(raw);
  if (m) {
    const escaped = m[1].includes('\\');
    const value = escaped ? decodeQuoted(m[1], 'hcl').text : m[1];
    return isTemplated(value) ? unknown(value, range) : known(value, range, undefined, escaped ? undefined : [span.start + 1, span.end - 1]);
  }
  if (NUMBER_OR_BOOL.test(raw)) return known(raw, range, undefined, [span.start, span.end]);
  if (isSingleQuotedTemplate(raw)) return unknown(raw.slice(1, -1), range);
  return unknown(compactText(raw), range);
}

/** An expression tree-sitter had to repair: unknown, with its text. */
function damaged(span: { start: number; end: number }, ctx: TfContext): Value<string> {
  return unknown(compactText(ctx.text.slice(span.start, span.end)), spanRange(span, ctx));
}

/** `"...${...}..."` as one template (its quotes are the first and last character). */
function isSingleQuotedTemplate(raw: string): boolean {
  if (raw.length < 2 || raw[0] !== '"' || raw[raw.length - 1] !== '"') return false;
  let depth = 0;
  for (let i = 1; i < raw.length - 1; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (depth === 0 && c === '"') return false;
    else if ((c === '$' || c === '%') && raw[i + 1] === '{') {
      depth++;
      i++;
    } else if (depth > 0 && c === '{') depth++;
    else if (depth > 0 && c === '}') depth--;
    else if (depth > 0 && c === '"') {
      // A string inside an interpolation: skip it.
      for (i++; i < raw.length - 1 && raw[i] !== '"'; i++) if (raw[i] === '\\') i++;
    }
  }
  return depth === 0;
}

interface ListEntry {
  value: Value<string>;
  text: string;
}

/** The entries of a literal list `[a, b]`, or undefined when the expression is not one. */
function listEntries(attr: Attribute, ctx: TfContext): ListEntry[] | undefined {
  const fast = plainStringList(attr, ctx);
  if (fast) return fast;
  // Anything else: ask the tree whether this is a tuple, and read each entry's span.
  const expr = attr.node.namedChildren.find((c) => c.type === 'expression');
  const coll = expr?.namedChildren[0];
  const tuple = coll?.type === 'collection_value' ? coll.namedChildren[0] : undefined;
  if (tuple?.type !== 'tuple') return undefined;
  const out: ListEntry[] = [];
  for (const item of tuple.namedChildren) {
    if (item.type !== 'expression') continue;
    const span = { start: ctx.start(item), end: ctx.end(item) };
    out.push({ value: valueOf(span, ctx) ?? unknown('null', spanRange(span, ctx)), text: ctx.text.slice(span.start, span.end) });
  }
  return out;
}

/**
 * `[ "a", "b", ]` with only plain strings, commas, blanks and comments, lexed straight from the
 * text (tree-sitter already checked the syntax); undefined for anything else.
 */
function plainStringList(attr: Attribute, ctx: TfContext): ListEntry[] | undefined {
  const { text } = ctx;
  let i = attr.start;
  const end = attr.end;
  if (text[i] !== '[' || text[end - 1] !== ']') return undefined;
  i++;
  const out: ListEntry[] = [];
  let expectItem = true;
  while (i < end - 1) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
    } else if (c === 35 /* # */ || (c === 47 /* / */ && text[i + 1] === '/')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 || nl > end ? end : nl;
    } else if (c === 47 && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close === -1 || close > end) return undefined;
      i = close + 2;
    } else if (c === 44 /* , */) {
      if (expectItem) return undefined;
      expectItem = true;
      i++;
    } else if (c === 34 /* " */ && expectItem) {
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === 34) break;
        if (d === 92 /* \ */ || d === 10 || ((d === 36 /* $ */ || d === 37) /* % */ && text[j + 1] === '{')) return undefined;
      }
      if (j >= end) return undefined;
      const span = { start: i, end: j + 1 };
      out.push({ value: known(text.slice(i + 1, j), spanRange(span, ctx), undefined, [i + 1, j]), text: text.slice(i, j + 1) });
      expectItem = false;
      i = j + 1;
    } else {
      return undefined;
    }
  }
  return out;
}

// ---------------------------------------------------------------- install commands in strings

const STRING_TYPES = new Set(['heredoc_template', 'quoted_template', 'string_lit']);

/**
 * The strings and heredocs around each mention (found in the text, then located in the tree),
 * scanned in document order with one state, so that a download URL in one string gives the
 * region for an install command in a later one.
 */
function scanStrings(root: Node, ctx: TfContext): void {
  const strings = new Map<number, Node>();
  let skipTo = 0;
  for (const offset of mentionOffsets(ctx.text)) {
    if (offset < skipTo) continue; // inside a string already taken
    const inTree = ctx.toTree(offset);
    if (inTree === undefined) continue;
    let node: Node | null = root.descendantForIndex(inTree);
    while (node && !STRING_TYPES.has(node.type)) node = node.parent;
    if (!node) continue;
    // An inner string (a quoted string inside a heredoc's interpolation) belongs to the outer one.
    for (let up = node.parent; up; up = up.parent) if (STRING_TYPES.has(up.type)) node = up;
    strings.set(ctx.start(node), node);
    skipTo = ctx.end(node);
  }
  const state = newShellScanState();
  for (const start of [...strings.keys()].sort((a, b) => a - b)) scanString(strings.get(start)!, ctx, state);
}

function scanString(node: Node, ctx: TfContext, state: ReturnType<typeof newShellScanState>): void {
  const { text } = ctx;
  if (node.type === 'heredoc_template') {
    const ids = node.namedChildren.filter((c) => c.type === 'heredoc_identifier');
    const opening = ids[0];
    if (!opening) return;
    const nl = text.indexOf('\n', ctx.end(opening));
    if (nl === -1) return;
    const start = nl + 1;
    const end = ids.length > 1 ? ctx.start(ids[ids.length - 1]) : ctx.end(node);
    if (end <= start) return;
    scanShellText(text.slice(start, end), start, ctx.source, ctx.file, ctx.facts, state);
    return;
  }
  const start = ctx.start(node) + 1;
  const end = Math.max(start, ctx.end(node) - 1);
  const { text: decoded, map } = decodeQuoted(text.slice(start, end), 'hcl');
  scanShellText(decoded, (i) => start + map(i), ctx.source, ctx.file, ctx.facts, state);
}
