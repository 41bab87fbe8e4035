import { TERRAFORM_RESOURCES, emitResource, isPublicIpReference, terraformEntrySources } from './terraform-resources.js';
import { type Value, unknown, known } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import { rangeOfNode, stringValue } from './doc.js';
import { scalarString, getPath, getEntry, get, type DNode } from '../core/doc-tree.js';
import type { DocContext, DocumentReader } from './types.js';

/** `terraform show -json` output of a plan: values there are resolved. */
export function isTerraformPlan(doc: DNode): boolean {
  return doc.type === 'map' && get(doc, 'format_version') !== undefined && (get(doc, 'planned_values') !== undefined || get(doc, 'resource_changes') !== undefined);
}

interface ConfigResource {
  providerKey?: string;
  expressions?: DNode;
}

interface PlannedResource {
  address: string;
  type: string;
  values: DNode;
  node: DNode;
  addressNode?: DNode;
}

const AFTER_APPLY = '(known after apply)';

/**
 * Projects, machine groups and attachments of a plan: `planned_values` (or `resource_changes`
 * when there are none), the provider region from `configuration.provider_config`, and values
 * unknown until apply (`after_unknown`) as unknown.
 */
export function readTerraformPlan(doc: DNode, ctx: DocContext): void {
  const config = new Map<string, ConfigResource>();
  indexConfiguration(getPath(doc, 'configuration', 'root_module'), '', config, 0);
  const afterUnknown = new Map<string, DNode>();
  const changes = get(doc, 'resource_changes');
  if (changes?.type === 'seq') {
    for (const c of changes.items) {
      const address = scalarString(get(c, 'address'));
      const au = getPath(c, 'change', 'after_unknown');
      if (address && au) afterUnknown.set(address, au);
    }
  }
  const resources: PlannedResource[] = [];
  const planned = getPath(doc, 'planned_values', 'root_module');
  if (planned) collectPlanned(planned, resources, 0);
  else if (changes?.type === 'seq') {
    for (const c of changes.items) {
      const actions = getPath(c, 'change', 'actions');
      if (actions?.type === 'seq' && actions.items.length === 1 && scalarString(actions.items[0]) === 'delete') continue;
      const after = getPath(c, 'change', 'after');
      const address = scalarString(get(c, 'address'));
      const type = scalarString(get(c, 'type'));
      if (after?.type === 'map' && address && type) resources.push({ address, type, values: after, node: c, addressNode: get(c, 'address') });
    }
  }
  const providerConfig = getPath(doc, 'configuration', 'provider_config');
  for (const r of resources) {
    if (!TERRAFORM_RESOURCES.has(r.type)) continue;
    readResource(r, ctx, config, afterUnknown.get(r.address), providerConfig);
  }
}

function indexConfiguration(module: DNode | undefined, prefix: string, out: Map<string, ConfigResource>, depth: number): void {
  if (!module || depth > 50) return;
  const resources = get(module, 'resources');
  if (resources?.type === 'seq') {
    for (const r of resources.items) {
      const address = scalarString(get(r, 'address'));
      if (address) out.set(prefix + address, { providerKey: scalarString(get(r, 'provider_config_key')), expressions: get(r, 'expressions') });
    }
  }
  const calls = get(module, 'module_calls');
  if (calls?.type === 'map') for (const c of calls.entries) indexConfiguration(get(c.value, 'module'), `${prefix}module.${c.key}.`, out, depth + 1);
}

function collectPlanned(module: DNode, out: PlannedResource[], depth: number): void {
  if (depth > 50) return;
  const resources = get(module, 'resources');
  if (resources?.type === 'seq') {
    for (const r of resources.items) {
      const address = scalarString(get(r, 'address'));
      const type = scalarString(get(r, 'type'));
      const values = get(r, 'values');
      if (address && type && values?.type === 'map' && scalarString(get(r, 'mode')) !== 'data') out.push({ address, type, values, node: r, addressNode: get(r, 'address') });
    }
  }
  const children = get(module, 'child_modules');
  if (children?.type === 'seq') for (const c of children.items) collectPlanned(c, out, depth + 1);
}

function readResource(r: PlannedResource, ctx: DocContext, config: Map<string, ConfigResource>, au: DNode | undefined, providerConfig: DNode | undefined): void {
  const { source } = ctx;
  const range = rangeOfNode(source, r.addressNode ?? { start: r.node.start, end: r.node.start });
  const configAddress = r.address.replace(/\[[^\]]*\]/g, '');
  const conf = config.get(configAddress);
  const modulePrefix = configAddress.slice(0, configAddress.length - (configAddress.split('.').slice(-2).join('.').length));
  const provider = resolveProvider(conf?.providerKey, providerConfig, ctx);

  const str = (attr: string, values: DNode = r.values, unknownMap: DNode | undefined = au): Value<string> | undefined => {
    const v = stringValue(get(values, attr), source);
    if (v) return v;
    return isAfterUnknown(get(unknownMap, attr)) ? unknown(AFTER_APPLY, range) : undefined;
  };
  emitResource(
    r.type,
    {
      file: ctx.file,
      format: 'terraform-plan',
      address: r.address,
      range,
      ...(provider.alias ? { providerAlias: provider.alias } : {}),
      ...(provider.region ? { region: provider.region } : {}),
      // The plan's `configuration` says what an argument referred to before it was resolved.
      projectRef: (attr) => {
        const ref = references(conf, attr).map((x) => /^((?:alicloud|alibabacloudstack)_log_project\.[^.[]+)/.exec(x)?.[1]).find((x) => x !== undefined);
        return ref && modulePrefix + ref;
      },
      attr: (name) => str(name),
      nestedAttr: (block, name) => str(name, firstBlock(get(r.values, block)), firstBlock(get(au, block))),
      list: (name) => {
        const identifiers = listOf(r.values, name, au, range, ctx);
        const refs = references(conf, name);
        // The configuration's references say what the resolved list was built from.
        return {
          identifiers,
          publicIpSources: refs.some(isPublicIpReference) ? [identifiers.range] : [],
          entrySources: refs.flatMap((ref) => terraformEntrySources(ref, identifiers.range, 'list')).filter((s, i, all) => all.findIndex((t) => t.resource === s.resource && t.attribute === s.attribute) === i),
        };
      },
    },
    ctx.facts,
  );
}

/** A nested block is a list of one object in plan JSON. */
function firstBlock(node: DNode | undefined): DNode {
  const n = node?.type === 'seq' ? node.items[0] : node;
  return n ?? { type: 'map', entries: [], start: 0, end: 0, pointer: '' };
}

const isAfterUnknown = (n: DNode | undefined) => n?.type === 'scalar' && n.value === true;

function listOf(values: DNode, attr: string, au: DNode | undefined, fallback: Range, ctx: DocContext): Value<Array<Value<string>>> {
  const node = get(values, attr);
  const unknownNode = get(au, attr);
  if (!node || (node.type === 'scalar' && node.value === null)) {
    return isAfterUnknown(unknownNode) ? unknown(AFTER_APPLY, fallback) : known([], fallback);
  }
  const range = rangeOfNode(ctx.source, node);
  if (node.type !== 'seq') return unknown(ctx.source.text.slice(node.start, node.end), range, node.pointer);
  const items = node.items.map((item, i): Value<string> => {
    const r = rangeOfNode(ctx.source, item);
    if (unknownNode?.type === 'seq' && isAfterUnknown(unknownNode.items[i])) return unknown(AFTER_APPLY, r, item.pointer);
    return stringValue(item, ctx.source) ?? known('', r, item.pointer);
  });
  return known(items, range, node.pointer);
}

/** `configuration` references of one argument (`alicloud_log_project.p.project_name`, `alicloud_log_project.p`). */
function references(conf: ConfigResource | undefined, attr: string): string[] {
  const refs = getPath(conf?.expressions, attr, 'references');
  if (refs?.type !== 'seq') return [];
  return refs.items.map((i) => scalarString(i)).filter((s): s is string => s !== undefined);
}

function resolveProvider(key: string | undefined, providerConfig: DNode | undefined, ctx: DocContext): { region?: Value<string>; alias?: string } {
  const k = key ?? 'alicloud';
  const local = k.includes(':') ? k.slice(k.lastIndexOf(':') + 1) : k;
  const alias = local.startsWith('alicloud.') ? local.slice('alicloud.'.length) : undefined;
  const pc = get(providerConfig, k) ?? get(providerConfig, `module.${k}`) ?? get(providerConfig, local);
  const regionEntry = getEntry(get(pc, 'expressions'), 'region');
  if (!regionEntry) return { alias };
  const constant = get(regionEntry.value, 'constant_value');
  const constantString = scalarString(constant);
  if (constant && constantString !== undefined) return { alias, region: stringValue(constant, ctx.source) };
  const refs = get(regionEntry.value, 'references');
  const text = refs?.type === 'seq' ? refs.items.map((i) => scalarString(i) ?? '').filter(Boolean).join(', ') : ctx.source.text.slice(regionEntry.value.start, regionEntry.value.end);
  return { alias, region: unknown(text, rangeOfNode(ctx.source, regionEntry.value), regionEntry.value.pointer) };
}

export const terraformPlanReader: DocumentReader = {
  name: 'Terraform plan JSON',
  formats: ['json'],
  sniff: /"(?:planned_values|resource_changes)"/,
  claims: /(?:alicloud|alibabacloudstack)_(?:log|sls|logtail)_/,
  detect: isTerraformPlan,
  read: readTerraformPlan,
  // A plan repeats every string in `configuration` and `resource_changes`: scan the planned values once.
  shellScope: (doc) => get(doc, 'planned_values') ?? get(doc, 'resource_changes'),
};
