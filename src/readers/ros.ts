import { parse as parseJsonValue } from 'jsonc-parser';
import type { EntrySource, MachineGroupFact } from '../facts/index.js';
import { type Value, unknown, known } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import { absentValue, asWritten, compactText, rangeOfNode, stringValue } from './doc.js';
import { scalarString, get, type DEntry, type DNode } from '../core/doc-tree.js';
import { intrinsic, RosScope, sourcesOf, textOf, type RosSource, type RosValue } from './ros-intrinsics.js';
import type { DocContext, DocumentReader } from './types.js';

/** Is this document a ROS template (docs/reference/sls-regions-and-iac.md §D.2)? */
export function isRosTemplate(doc: DNode): boolean {
  if (doc.type !== 'map') return false;
  if (get(doc, 'ROSTemplateFormatVersion')) return true;
  const resources = get(doc, 'Resources');
  return resources?.type === 'map' && resources.entries.some((e) => scalarString(get(e.value, 'Type'))?.startsWith('ALIYUN::SLS::'));
}

/**
 * `ALIYUN::SLS::Project`, `ALIYUN::SLS::MachineGroup` and `ALIYUN::SLS::ApplyConfigToMachineGroup`,
 * their properties evaluated through the template's intrinsic functions (./ros-intrinsics.ts): a
 * parameter's Default is its value (the value is then where the Default is written), a resource
 * attribute is unknown but recorded as an entry source. A template carries no region of its own.
 */
export function readRosTemplate(doc: DNode, ctx: DocContext): void {
  const resources = get(doc, 'Resources');
  if (resources?.type !== 'map') return;
  const scope = new RosScope(doc);
  for (const e of resources.entries) {
    const type = scope.resourceTypes.get(e.key);
    if (type === 'ALIYUN::SLS::Project') readProject(e, ctx, scope);
    else if (type === 'ALIYUN::SLS::MachineGroup') readMachineGroup(e, ctx, scope);
    else if (type === 'ALIYUN::SLS::ApplyConfigToMachineGroup') readAttachment(e, ctx, scope);
  }
}

const headerRange = (ctx: DocContext, e: DEntry): Range => ctx.source.rangeOf(e.keyStart, e.keyEnd - e.keyStart);

/** A required name that is not written: unknown, empty, at the resource. */
const missing = (ctx: DocContext, e: DEntry): Value<string> => unknown('', headerRange(ctx, e));

/** A property's string value through the functions; undefined when absent (or removed by `ALIYUN::NoValue`). */
function property(node: DNode | undefined, ctx: DocContext, scope: RosScope): Value<string> | undefined {
  if (!node) return undefined;
  return stringOf(scope.resolve(node), node, ctx);
}

function stringOf(v: RosValue, use: DNode, ctx: DocContext): Value<string> | undefined {
  const { source } = ctx;
  switch (v.kind) {
    case 'novalue':
      return undefined;
    case 'scalar':
      // Spelled in the file: the template's own literal, or the Default of the parameter it refers to.
      return v.node === use ? stringValue(use, source) : (stringValue(v.node, source) ?? unknown(asWritten(use, source), rangeOfNode(source, use), use.pointer));
    case 'computed': {
      const at = v.span ?? [v.node.start, v.node.end];
      const literal = v.span && source.text.slice(v.span[0], v.span[1]) === v.value ? v.span : undefined;
      return known(v.value, source.rangeOf(at[0], at[1] - at[0]), v.node.pointer, literal);
    }
    default:
      return unknown(asWritten(use, source), rangeOfNode(source, use), use.pointer);
  }
}

function readProject(e: DEntry, ctx: DocContext, scope: RosScope): void {
  const props = get(e.value, 'Properties');
  ctx.facts.projects.push({
    file: ctx.file,
    format: 'ros',
    address: e.key,
    name: property(get(props, 'Name'), ctx, scope) ?? missing(ctx, e),
    range: headerRange(ctx, e),
  });
}

function readMachineGroup(e: DEntry, ctx: DocContext, scope: RosScope): void {
  const { source } = ctx;
  const props = get(e.value, 'Properties');
  const projectNode = get(props, 'ProjectName');
  const listNode = get(props, 'MachineList');
  const { identifiers, entrySources } = machineList(listNode, props, ctx, scope, headerRange(ctx, e));
  const fact: MachineGroupFact = {
    file: ctx.file,
    format: 'ros',
    address: e.key,
    name: property(get(props, 'GroupName'), ctx, scope) ?? missing(ctx, e),
    identifiers,
    publicIpSources: entrySources.filter(readsPublicIp).map((s) => s.range),
    entrySources,
    range: headerRange(ctx, e),
  };
  const project = property(projectNode, ctx, scope);
  if (project) fact.project = project;
  const ref = referencedResource(projectNode);
  if (ref && scope.resourceTypes.get(ref) === 'ALIYUN::SLS::Project') fact.projectRef = ref;
  const identifyType = property(get(props, 'MachineIdentifyType'), ctx, scope);
  if (identifyType) fact.identifyType = identifyType;
  const topic = groupTopic(get(props, 'GroupAttribute'), ctx, scope);
  if (topic) fact.topic = topic;
  ctx.facts.machineGroups.push(fact);
}

/**
 * `MachineList` as the stack will have it: literal entries (or a parameter's Default) are known;
 * an attribute is unknown, as a whole list or as one entry, and recorded as an entry source.
 */
function machineList(
  node: DNode | undefined,
  props: DNode | undefined,
  ctx: DocContext,
  scope: RosScope,
  header: Range,
): { identifiers: Value<Array<Value<string>>>; entrySources: EntrySource[] } {
  const { source } = ctx;
  if (!node) return { identifiers: absentValue(props, [], header), entrySources: [] };
  const v = scope.resolve(node);
  if (v.kind === 'novalue') return { identifiers: known([], rangeOfNode(source, node), node.pointer), entrySources: [] };
  if (v.kind !== 'list') {
    return { identifiers: unknown(asWritten(node, source), rangeOfNode(source, node), node.pointer), entrySources: sourcesOf(v).map((s) => entrySource(s, 'list', ctx)) };
  }
  const items: Array<Value<string>> = [];
  const entrySources: EntrySource[] = [];
  for (const item of v.items) {
    if (item.value.kind === 'novalue') continue;
    items.push(stringOf(item.value, item.use, ctx) ?? known('', rangeOfNode(source, item.use), item.use.pointer));
    for (const s of sourcesOf(item.value)) entrySources.push(entrySource(s, 'entry', ctx));
  }
  // A list from a parameter's Default sits there; a literal list at MachineList.
  const at = v.node === node ? node : v.node;
  return { identifiers: known(items, rangeOfNode(source, at), at.pointer), entrySources };
}

function entrySource(s: RosSource, fills: EntrySource['fills'], ctx: DocContext): EntrySource {
  return {
    resource: s.resource,
    ...(s.resourceType ? { resourceType: s.resourceType } : {}),
    ...(s.attribute ? { attribute: s.attribute } : {}),
    ...(s.yields ? { yields: s.yields } : {}),
    ...(s.shape ? { shape: s.shape } : {}),
    fills,
    ...(s.conditional ? { conditional: true } : {}),
    ...(s.through ? { through: s.through } : {}),
    range: rangeOfNode(ctx.source, s.node),
  };
}

/**
 * Public addresses for sure: taken as they are or picked from a list (`Fn::Select`), on every way
 * the stack may go. A `Fn::Jq` or `Fn::Join` over them may extract anything, and a branch of an
 * undecided `Fn::If` may never be taken.
 */
const readsPublicIp = (s: EntrySource) => s.yields === 'public-ip' && !s.conditional && (s.through === undefined || s.through === 'Fn::Select');

function readAttachment(e: DEntry, ctx: DocContext, scope: RosScope): void {
  const props = get(e.value, 'Properties');
  const project = property(get(props, 'ProjectName'), ctx, scope);
  const configName = property(get(props, 'ConfigName'), ctx, scope);
  ctx.facts.attachments.push({
    file: ctx.file,
    format: 'ros',
    address: e.key,
    ...(project ? { project } : {}),
    ...(configName ? { configName } : {}),
    groupName: property(get(props, 'GroupName'), ctx, scope) ?? missing(ctx, e),
    range: headerRange(ctx, e),
  });
}

/** GroupAttribute is a JSON STRING (`{"groupTopic": "..."}`); an object is read the same way. */
function groupTopic(node: DNode | undefined, ctx: DocContext, scope: RosScope): Value<string> | undefined {
  if (!node) return undefined;
  const range = rangeOfNode(ctx.source, node);
  const v = scope.resolve(node);
  if (v.kind === 'novalue') return undefined;
  const text = textOf(v);
  if (text !== undefined && !node.damaged) {
    let parsed: unknown;
    try {
      parsed = parseJsonValue(text, [], { disallowComments: true });
    } catch {
      return undefined;
    }
    const topic = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).groupTopic : undefined;
    if (typeof topic !== 'string') return undefined;
    return /\$\{|\{\{/.test(topic) ? unknown(topic, range, node.pointer) : known(topic, range, node.pointer);
  }
  if (node.type === 'map' && !node.tag && !intrinsic(node)) return stringValue(get(node, 'groupTopic'), ctx.source);
  return unknown(compactText(ctx.source.text.slice(node.start, node.end)), range, node.pointer);
}

/** `{Ref: X}`, `{Fn::GetAtt: [X, attr]}`, `!Ref X`, `!GetAtt X.attr` → X. */
function referencedResource(node: DNode | undefined): string | undefined {
  const fn = node && intrinsic(node);
  if (!fn) return undefined;
  if (fn.name === 'Ref') return scalarText(fn.arg);
  if (fn.name !== 'Fn::GetAtt') return undefined;
  if (fn.arg.type === 'seq') return scalarText(fn.arg.items[0]);
  const dotted = scalarText(fn.arg);
  return dotted?.includes('.') ? dotted.slice(0, dotted.lastIndexOf('.')) : undefined;
}

const scalarText = (n: DNode | undefined) => (n?.type === 'scalar' && typeof n.value === 'string' ? n.value : undefined);

export const rosReader: DocumentReader = {
  name: 'ROS template',
  formats: ['json', 'yaml'],
  sniff: /ALIYUN::SLS|ROSTemplateFormatVersion/,
  claims: /ALIYUN::SLS|ROSTemplateFormatVersion/,
  detect: isRosTemplate,
  read: readRosTemplate,
};
