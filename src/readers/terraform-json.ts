import type { SourceFile } from '../core/source-file.js';
import type { EntrySource, Facts } from '../facts/index.js';
import { type Value, unknown, known } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import { fromJson, rangeOfNode, verbatim } from './doc.js';
import { get, type DEntry, type DNode } from '../core/doc-tree.js';
import { scanDocumentStrings } from './embedded.js';
import { safeParseTree } from '../core/json-tree.js';
import { pushJsonProblem } from './problems.js';
import type { FileReader, TextFile } from './types.js';
import { SHELL_SNIFF, newShellScanState } from './shell.js';
import { TERRAFORM_RESOURCES, TERRAFORM_SNIFF, dirname, emitResource, providerAliasOf, readsPublicIp, terraformEntrySources } from './terraform-resources.js';

/**
 * Terraform JSON syntax (`*.tf.json`): `provider.alicloud` (an object or an array of them) and
 * `resource.<type>.<name>`. A string is a template: one with `${` or `%{` is unknown.
 */
export const terraformJsonReader: FileReader = {
  name: 'Terraform JSON (.tf.json)',
  kinds: ['terraform-json'],
  sniff: new RegExp(`${TERRAFORM_SNIFF.source}|${SHELL_SNIFF.source}`, 'i'),
  read: readTerraformJson,
};

function readTerraformJson(file: TextFile, facts: Facts): void {
  const { source } = file;
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  const shell = SHELL_SNIFF.test(text);
  if (text.trim() === '') return;
  const tree = safeParseTree(text, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if (tree.tooDeep || tree.errors.length > 0) {
    // A tree rebuilt around errors holds resources the file does not: report the syntax only.
    pushJsonProblem(facts, file, 'terraform-json', tree);
    return;
  }
  if (!tree.root) return;
  const root = fromJson(tree.root);
  const path = file.file.path;
  const ctx: TfJsonContext = { file: path, moduleDir: dirname(path), source, facts };
  for (const body of objects(root)) {
    for (const p of objects(get(body, 'provider'))) {
      for (const e of entries(p)) if (e.key === 'alicloud') for (const block of objects(e.value)) readProvider(block, e, ctx);
    }
    for (const r of objects(get(body, 'resource'))) {
      for (const typeEntry of entries(r)) {
        if (!TERRAFORM_RESOURCES.has(typeEntry.key)) continue;
        for (const byName of objects(typeEntry.value)) {
          for (const nameEntry of entries(byName)) for (const block of objects(nameEntry.value)) readResource(typeEntry.key, nameEntry, block, ctx);
        }
      }
    }
  }
  if (shell) scanDocumentStrings(root, source, path, facts, newShellScanState());
}

interface TfJsonContext {
  file: string;
  moduleDir: string;
  source: SourceFile;
  facts: Facts;
}

/** A block's body may be one object or an array of objects (repeated blocks). */
function objects(node: DNode | undefined): DNode[] {
  if (!node) return [];
  if (node.type === 'map') return [node];
  if (node.type === 'seq') return node.items.filter((i) => i.type === 'map');
  return [];
}

const entries = (node: DNode): DEntry[] => (node.type === 'map' ? node.entries : []);

const TEMPLATE = /\$\{|%\{/;

/** A Terraform JSON string template, number or bool as a Value; null is absent. */
function value(node: DNode | undefined, ctx: TfJsonContext): Value<string> | undefined {
  if (!node) return undefined;
  const range = rangeOfNode(ctx.source, node);
  if (node.type === 'scalar') {
    if (node.value === null) return undefined;
    if (typeof node.value !== 'string') return known(ctx.source.text.slice(node.start, node.end), range, node.pointer, [node.start, node.end]);
    return TEMPLATE.test(node.value) ? unknown(node.value, range, node.pointer) : known(node.value, range, node.pointer, verbatim(node, ctx.source));
  }
  return unknown(ctx.source.text.slice(node.start, node.end).replace(/\s+/g, ' '), range, node.pointer);
}

function list(node: DNode | undefined, fallback: Range, ctx: TfJsonContext): Value<Array<Value<string>>> {
  if (!node || (node.type === 'scalar' && node.value === null)) return known([], fallback);
  const range = rangeOfNode(ctx.source, node);
  // A string template (`"${var.ips}"`) or any other non-list: one expression, unknown as a whole.
  if (node.type !== 'seq')
    return unknown(node.type === 'scalar' && typeof node.value === 'string' ? node.value : ctx.source.text.slice(node.start, node.end).replace(/\s+/g, ' '), range, node.pointer);
  return known(
    node.items.map((i) => value(i, ctx) ?? known('', rangeOfNode(ctx.source, i), i.pointer)),
    range,
    node.pointer,
  );
}

function readProvider(block: DNode, e: DEntry, ctx: TfJsonContext): void {
  const alias = get(block, 'alias');
  const region = value(get(block, 'region'), ctx);
  ctx.facts.providers.push({
    file: ctx.file,
    moduleDir: ctx.moduleDir,
    ...(alias?.type === 'scalar' && typeof alias.value === 'string' ? { alias: alias.value } : {}),
    ...(region ? { region } : {}),
    // `"alicloud": {...}`: the key; `"alicloud": [{...}, {...}]`: each block's opening brace.
    range: e.value.type === 'seq' ? ctx.source.rangeOf(block.start, 1) : ctx.source.rangeOf(e.keyStart, e.keyEnd - e.keyStart),
  });
}

function readsPublicIpNode(node: DNode): boolean {
  return node.type === 'scalar' && typeof node.value === 'string' && readsPublicIp(node.value);
}

function readResource(type: string, nameEntry: DEntry, block: DNode, ctx: TfJsonContext): void {
  const { source } = ctx;
  const range = source.rangeOf(nameEntry.keyStart, nameEntry.keyEnd - nameEntry.keyStart);
  const providerNode = get(block, 'provider');
  const providerAlias = providerNode?.type === 'scalar' && typeof providerNode.value === 'string' ? providerAliasOf(providerNode.value) : undefined;
  emitResource(
    type,
    {
      file: ctx.file,
      format: 'terraform-json',
      address: `${type}.${nameEntry.key}`,
      range,
      providerAlias,
      attr: (name) => value(get(block, name), ctx),
      nestedAttr: (nested, name) => value(get(objects(get(block, nested))[0], name), ctx),
      list: (name) => {
        const node = get(block, name);
        const publicIpSources: Range[] = [];
        const entrySources: EntrySource[] = [];
        const expression = (n: DNode) => (n.type === 'scalar' && typeof n.value === 'string' && TEMPLATE.test(n.value) ? n.value : undefined);
        if (node?.type === 'seq') {
          for (const i of node.items) {
            if (readsPublicIpNode(i)) publicIpSources.push(rangeOfNode(source, i));
            const e = expression(i);
            if (e) entrySources.push(...terraformEntrySources(e, rangeOfNode(source, i), 'entry'));
          }
        } else if (node) {
          if (readsPublicIpNode(node)) publicIpSources.push(rangeOfNode(source, node));
          const e = expression(node);
          if (e) entrySources.push(...terraformEntrySources(e, rangeOfNode(source, node), 'list'));
        }
        return { identifiers: list(node, range, ctx), publicIpSources, entrySources };
      },
    },
    ctx.facts,
  );
}
