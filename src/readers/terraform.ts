import type { Node, Tree } from 'web-tree-sitter';
import type { SourceFile } from '../engine/source-file.js';
import { known, unknown, type Facts, type MachineGroupFact, type Value } from '../model/facts.js';
import type { Range } from '../types.js';
import { compactText, isTemplated } from './doc.js';
import { decodeQuoted } from './embedded.js';
import { pushProblem } from './problems.js';
import type { Reader } from './reader.js';
import { SHELL_SNIFF, newShellScanState, scanShellText, type ShellScanState } from './shell.js';
import { dirname, projectRefOf, providerAliasOf } from './terraform-json.js';
import { isPublicIpReference } from './terraform-plan.js';
import { terraformParser } from './tree-sitter.js';

/** Files that mention neither the provider nor an installer are not parsed at all. */
const SNIFF = /alicloud/;

const RESOURCES = new Set(['alicloud_log_project', 'alicloud_log_machine_group', 'alicloud_sls_machine_group', 'alicloud_logtail_attachment']);

interface TfContext {
  file: string;
  source: SourceFile;
  facts: Facts;
}

/**
 * Terraform `.tf` files, parsed with tree-sitter (HCL, Terraform grammar): `provider "alicloud"`
 * blocks, SLS projects, machine groups and attachments, and install commands in strings and
 * heredocs (`user_data`). Literal strings are known; every other expression is unknown with its
 * text. A syntax error is one parse problem; what did parse is still read.
 */
export const readTerraform: Reader = async (file, facts) => {
  const { source } = file;
  const shell = SHELL_SNIFF.test(source.text);
  if (!shell && !SNIFF.test(source.text)) return;
  const parser = await terraformParser();
  // A BOM is not HCL; blank it (same length) so positions hold.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  let tree: Tree | null = null;
  try {
    tree = parser.parse(text);
    if (!tree) return;
    const ctx: TfContext = { file: file.file.path, source, facts };
    const root = tree.rootNode;
    if (root.hasError) reportFirstError(root, ctx);
    const body = root.namedChildren.find((n) => n.type === 'body');
    if (body) {
      for (const block of body.namedChildren) {
        if (block.type !== 'block') continue;
        const kind = firstChildOfType(block, 'identifier')?.text;
        const labels = blockLabels(block);
        if (kind === 'provider' && labels[0] === 'alicloud') readProvider(block, ctx);
        else if (kind === 'resource' && labels.length >= 2 && RESOURCES.has(labels[0])) readResource(block, labels[0], labels[1], ctx);
      }
    }
    if (shell) scanStrings(root, ctx, newShellScanState());
  } finally {
    tree?.delete();
  }
};

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
  const start = node.startIndex;
  let message: string;
  let length: number;
  if (node.isMissing) {
    message = `Terraform syntax error: missing "${node.type}".`;
    length = 0;
  } else {
    const text = ctx.source.text.slice(start, node.endIndex);
    const firstLine = text.split('\n')[0].trimEnd();
    const shown = firstLine.length > 40 ? firstLine.slice(0, 37) + '...' : firstLine;
    message = shown ? `Terraform syntax error: unexpected "${shown}".` : 'Terraform syntax error.';
    length = firstLine.length;
  }
  pushProblem(ctx.facts, ctx.file, ctx.source, 'hcl', message, start, length);
}

// ---------------------------------------------------------------- blocks

const firstChildOfType = (n: Node, type: string): Node | undefined => n.namedChildren.find((c) => c.type === type);

/** Labels after the block type: `resource "a" "b"` → [a, b]. */
function blockLabels(block: Node): string[] {
  const out: string[] = [];
  let first = true;
  for (const c of block.namedChildren) {
    if (c.type === 'block_start' || c.type === 'body') break;
    if (first && c.type === 'identifier') {
      first = false;
      continue;
    }
    first = false;
    if (c.type === 'string_lit') out.push(firstChildOfType(c, 'template_literal')?.text ?? '');
    else if (c.type === 'identifier') out.push(c.text);
  }
  return out;
}

/** `resource "type" "name"`: from the keyword to the last label. */
function headerRange(block: Node, ctx: TfContext): Range {
  let end = block.startIndex;
  for (const c of block.children) {
    if (c.type === 'block_start' || c.type === 'body') break;
    end = c.endIndex;
  }
  return ctx.source.rangeOf(block.startIndex, end - block.startIndex);
}

interface BlockBody {
  attributes: Map<string, Node>;
  blocks: Map<string, Node>;
}

function bodyOf(block: Node | undefined): BlockBody {
  const attributes = new Map<string, Node>();
  const blocks = new Map<string, Node>();
  const body = block && firstChildOfType(block, 'body');
  if (body) {
    for (const c of body.namedChildren) {
      const name = firstChildOfType(c, 'identifier')?.text;
      if (!name) continue;
      if (c.type === 'attribute') {
        const expr = firstChildOfType(c, 'expression');
        if (expr) attributes.set(name, expr);
      } else if (c.type === 'block' && !blocks.has(name)) blocks.set(name, c);
    }
  }
  return { attributes, blocks };
}

function readProvider(block: Node, ctx: TfContext): void {
  const { attributes } = bodyOf(block);
  const alias = attributes.get('alias');
  const aliasValue = alias && stringOf(alias, ctx);
  const region = attributes.get('region');
  const regionValue = region && stringOf(region, ctx);
  ctx.facts.providers.push({
    file: ctx.file,
    moduleDir: dirname(ctx.file),
    ...(aliasValue?.known ? { alias: aliasValue.value } : {}),
    ...(regionValue ? { region: regionValue } : {}),
    range: headerRange(block, ctx),
  });
}

function readResource(block: Node, type: string, name: string, ctx: TfContext): void {
  const { attributes, blocks } = bodyOf(block);
  const address = `${type}.${name}`;
  const range = headerRange(block, ctx);
  const str = (attr: string): Value<string> | undefined => {
    const e = attributes.get(attr);
    return e ? stringOf(e, ctx) : undefined;
  };
  const required = (attr: string): Value<string> => str(attr) ?? unknown('', range);
  const providerExpr = attributes.get('provider');
  const providerAlias = providerExpr ? providerAliasOf(providerExpr.text) : undefined;
  const base = { file: ctx.file, format: 'terraform' as const, address, range };

  if (type === 'alicloud_log_project') {
    ctx.facts.projects.push({ ...base, name: str('project_name') ?? required('name'), ...(providerAlias ? { providerAlias } : {}) });
    return;
  }
  if (type === 'alicloud_logtail_attachment') {
    const project = str('project');
    const configName = str('logtail_config_name');
    ctx.facts.attachments.push({ ...base, ...(project ? { project } : {}), ...(configName ? { configName } : {}), groupName: required('machine_group_name') });
    return;
  }
  const log = type === 'alicloud_log_machine_group';
  const listExpr = attributes.get(log ? 'identify_list' : 'machine_list');
  const fact: MachineGroupFact = {
    ...base,
    name: required(log ? 'name' : 'group_name'),
    identifiers: listExpr ? listOf(listExpr, ctx) : known([], range),
    publicIpSources: [],
  };
  const project = str(log ? 'project' : 'project_name');
  if (project) {
    fact.project = project;
    const ref = project.known ? undefined : projectRefOf(project.expression);
    if (ref) fact.projectRef = ref;
  }
  const identifyType = str(log ? 'identify_type' : 'machine_identify_type');
  if (identifyType) fact.identifyType = identifyType;
  if (log) fact.identifyTypeDefault = 'ip';
  const topicExpr = log ? attributes.get('topic') : bodyOf(blocks.get('group_attribute')).attributes.get('group_topic');
  const topic = topicExpr && stringOf(topicExpr, ctx);
  if (topic) fact.topic = topic;
  if (listExpr) {
    const tuple = tupleOf(listExpr);
    if (tuple) {
      for (const item of tuple) if (readsPublicIp(item)) fact.publicIpSources.push(rangeOf(item, ctx));
    } else if (readsPublicIp(listExpr)) fact.publicIpSources.push(rangeOf(listExpr, ctx));
  }
  if (providerAlias) fact.providerAlias = providerAlias;
  ctx.facts.machineGroups.push(fact);
}

// ---------------------------------------------------------------- values

const rangeOf = (n: Node, ctx: TfContext): Range => ctx.source.rangeOf(n.startIndex, n.endIndex - n.startIndex);

/**
 * A literal string (or number, bool) is known; `null` is absent; anything else (variables,
 * references, templates, function calls, heredocs) is unknown with its text.
 */
function stringOf(expr: Node, ctx: TfContext): Value<string> | undefined {
  const range = rangeOf(expr, ctx);
  const inner = expr.namedChildren[0];
  if (inner?.type === 'literal_value') {
    const lit = inner.namedChildren[0];
    if (lit?.type === 'null_lit') return undefined;
    if (lit?.type === 'string_lit') {
      const raw = firstChildOfType(lit, 'template_literal')?.text ?? '';
      const value = decodeQuoted(raw, 'hcl').text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
      return isTemplated(value) ? unknown(value, range) : known(value, range);
    }
    if (lit) return known(lit.text, range);
  }
  if (inner?.type === 'template_expr' && inner.namedChildren[0]?.type === 'quoted_template') {
    return unknown(ctx.source.text.slice(expr.startIndex + 1, expr.endIndex - 1), range);
  }
  return unknown(compactText(expr.text), range);
}

/** The entries of a literal list `[a, b]`, or undefined for any other expression. */
function tupleOf(expr: Node): Node[] | undefined {
  const coll = expr.namedChildren[0];
  if (coll?.type !== 'collection_value') return undefined;
  const tuple = coll.namedChildren[0];
  if (tuple?.type !== 'tuple') return undefined;
  return tuple.namedChildren.filter((c) => c.type === 'expression');
}

function listOf(expr: Node, ctx: TfContext): Value<Array<Value<string>>> {
  const range = rangeOf(expr, ctx);
  const items = tupleOf(expr);
  if (!items) return unknown(compactText(expr.text), range);
  return known(
    items.map((i) => stringOf(i, ctx) ?? unknown('null', rangeOf(i, ctx))),
    range,
  );
}

const REFERENCE = /[A-Za-z_][\w-]*(?:\[[^\]]*\])?(?:\.[A-Za-z_*][\w-]*(?:\[[^\]]*\])?)+/g;

function readsPublicIp(expr: Node): boolean {
  const text = expr.text;
  if (!text.includes('public_ip')) return false;
  return [...text.matchAll(REFERENCE)].some((m) => isPublicIpReference(m[0]));
}

// ---------------------------------------------------------------- install commands in strings

/** Every string literal and heredoc that mentions an installer or an identity file, in order. */
function scanStrings(root: Node, ctx: TfContext, state: ShellScanState): void {
  const cursor = root.walk();
  try {
    let descend = true;
    for (;;) {
      const type = cursor.nodeType;
      if (descend && (type === 'heredoc_template' || type === 'string_lit' || type === 'quoted_template')) {
        scanString(cursor.currentNode, ctx, state);
        descend = false; // the string is done: do not look inside it again
      }
      if (descend && cursor.gotoFirstChild()) continue;
      descend = true;
      if (cursor.gotoNextSibling()) continue;
      let up = false;
      while (cursor.gotoParent()) {
        if (cursor.gotoNextSibling()) {
          up = true;
          break;
        }
      }
      if (!up) break;
    }
  } finally {
    cursor.delete();
  }
}

function scanString(node: Node, ctx: TfContext, state: ShellScanState): void {
  const { text } = ctx.source;
  if (node.type === 'heredoc_template') {
    const ids = node.namedChildren.filter((c) => c.type === 'heredoc_identifier');
    const opening = ids[0];
    if (!opening) return;
    const nl = text.indexOf('\n', opening.endIndex);
    if (nl === -1) return;
    const start = nl + 1;
    const end = ids.length > 1 ? ids[ids.length - 1].startIndex : node.endIndex;
    if (end <= start) return;
    const body = text.slice(start, end);
    if (SHELL_SNIFF.test(body) || body.includes('.oss')) scanShellText(body, start, ctx.source, ctx.file, ctx.facts, state);
    return;
  }
  const start = node.startIndex + 1;
  const end = Math.max(start, node.endIndex - 1);
  const raw = text.slice(start, end);
  if (!SHELL_SNIFF.test(raw) && !raw.includes('.oss')) return;
  const { text: decoded, map } = decodeQuoted(raw, 'hcl');
  scanShellText(decoded, (i) => start + map(i), ctx.source, ctx.file, ctx.facts, state);
}
