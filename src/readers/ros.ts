import { parse as parseJsonValue } from 'jsonc-parser';
import { type MachineGroupFact } from '../facts/index.js';
import { type Value, unknown, known } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import { compactText, listValue, rangeOfNode, stringValue } from './doc.js';
import { walk, scalarString, getEntry, get, type DEntry, type DNode } from '../core/doc-tree.js';
import type { DocContext, DocumentReader } from './types.js';

/** Is this document a ROS template (docs/reference/sls-regions-and-iac.md §D.2)? */
export function isRosTemplate(doc: DNode): boolean {
  if (doc.type !== 'map') return false;
  if (get(doc, 'ROSTemplateFormatVersion')) return true;
  const resources = get(doc, 'Resources');
  return resources?.type === 'map' && resources.entries.some((e) => scalarString(get(e.value, 'Type'))?.startsWith('ALIYUN::SLS::'));
}

/**
 * `ALIYUN::SLS::Project`, `ALIYUN::SLS::MachineGroup` and `ALIYUN::SLS::ApplyConfigToMachineGroup`.
 * `Ref` and `Fn::*` values are unknown; a template carries no region of its own.
 */
export function readRosTemplate(doc: DNode, ctx: DocContext): void {
  const resources = get(doc, 'Resources');
  if (resources?.type !== 'map') return;
  const types = new Map<string, string>();
  for (const e of resources.entries) {
    const t = scalarString(get(e.value, 'Type'));
    if (t) types.set(e.key, t);
  }
  for (const e of resources.entries) {
    const type = types.get(e.key);
    if (type === 'ALIYUN::SLS::Project') readProject(e, ctx);
    else if (type === 'ALIYUN::SLS::MachineGroup') readMachineGroup(e, ctx, types);
    else if (type === 'ALIYUN::SLS::ApplyConfigToMachineGroup') readAttachment(e, ctx);
  }
}

const headerRange = (ctx: DocContext, e: DEntry): Range => ctx.source.rangeOf(e.keyStart, e.keyEnd - e.keyStart);

/** A required name that is not written: unknown, empty, at the resource. */
const missing = (ctx: DocContext, e: DEntry): Value<string> => unknown('', headerRange(ctx, e));

function readProject(e: DEntry, ctx: DocContext): void {
  const props = get(e.value, 'Properties');
  ctx.facts.projects.push({
    file: ctx.file,
    format: 'ros',
    address: e.key,
    name: stringValue(get(props, 'Name'), ctx.source) ?? missing(ctx, e),
    range: headerRange(ctx, e),
  });
}

function readMachineGroup(e: DEntry, ctx: DocContext, types: Map<string, string>): void {
  const { source } = ctx;
  const props = get(e.value, 'Properties');
  const projectNode = get(props, 'ProjectName');
  const listNode = get(props, 'MachineList');
  const publicIpSources: Range[] = [];
  if (listNode?.type === 'seq' && !listNode.tag) {
    for (const item of listNode.items) if (readsPublicIp(item)) publicIpSources.push(rangeOfNode(source, item));
  } else if (listNode && readsPublicIp(listNode)) publicIpSources.push(rangeOfNode(source, listNode));
  const fact: MachineGroupFact = {
    file: ctx.file,
    format: 'ros',
    address: e.key,
    name: stringValue(get(props, 'GroupName'), source) ?? missing(ctx, e),
    identifiers: listNode ? listValue(listNode, source) : known([], headerRange(ctx, e)),
    publicIpSources,
    range: headerRange(ctx, e),
  };
  const project = stringValue(projectNode, source);
  if (project) fact.project = project;
  const ref = referencedResource(projectNode);
  if (ref && types.get(ref) === 'ALIYUN::SLS::Project') fact.projectRef = ref;
  const identifyType = stringValue(get(props, 'MachineIdentifyType'), source);
  if (identifyType) fact.identifyType = identifyType;
  const topic = groupTopic(get(props, 'GroupAttribute'), ctx);
  if (topic) fact.topic = topic;
  ctx.facts.machineGroups.push(fact);
}

function readAttachment(e: DEntry, ctx: DocContext): void {
  const props = get(e.value, 'Properties');
  const project = stringValue(get(props, 'ProjectName'), ctx.source);
  const configName = stringValue(get(props, 'ConfigName'), ctx.source);
  ctx.facts.attachments.push({
    file: ctx.file,
    format: 'ros',
    address: e.key,
    ...(project ? { project } : {}),
    ...(configName ? { configName } : {}),
    groupName: stringValue(get(props, 'GroupName'), ctx.source) ?? missing(ctx, e),
    range: headerRange(ctx, e),
  });
}

/** GroupAttribute is a JSON STRING (`{"groupTopic": "..."}`); an object is read the same way. */
function groupTopic(node: DNode | undefined, ctx: DocContext): Value<string> | undefined {
  if (!node) return undefined;
  const range = rangeOfNode(ctx.source, node);
  if (node.type === 'scalar' && !node.tag && typeof node.value === 'string') {
    let parsed: unknown;
    try {
      parsed = parseJsonValue(node.value, [], { disallowComments: true });
    } catch {
      return undefined;
    }
    const topic = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>).groupTopic : undefined;
    if (typeof topic !== 'string') return undefined;
    return /\$\{|\{\{/.test(topic) ? unknown(topic, range, node.pointer) : known(topic, range, node.pointer);
  }
  if (node.type === 'map' && !node.tag && !isIntrinsic(node)) return stringValue(get(node, 'groupTopic'), ctx.source);
  return unknown(compactText(ctx.source.text.slice(node.start, node.end)), range, node.pointer);
}

const isIntrinsic = (node: DNode) => node.type === 'map' && node.entries.length === 1 && (node.entries[0].key === 'Ref' || node.entries[0].key.startsWith('Fn::'));

/** `{Ref: X}`, `{Fn::GetAtt: [X, attr]}`, `!Ref X`, `!GetAtt X.attr` → X. */
function referencedResource(node: DNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'scalar' && node.tag && typeof node.value === 'string') {
    if (node.tag === '!Ref') return node.value;
    if (/^!(Fn::)?GetAtt$/.test(node.tag)) return node.value.split('.')[0];
    return undefined;
  }
  const ref = scalarString(get(node, 'Ref'));
  if (ref && node.type === 'map' && node.entries.length === 1) return ref;
  const getAtt = getEntry(node, 'Fn::GetAtt')?.value;
  if (getAtt?.type === 'seq') return scalarString(getAtt.items[0]);
  if (getAtt) return scalarString(getAtt)?.split('.')[0];
  return undefined;
}

/** Does the value take an instance's public IP (`Fn::GetAtt [X, PublicIp]`, `PublicIps`)? */
function readsPublicIp(node: DNode): boolean {
  for (const n of walk(node)) {
    if (n.type === 'scalar' && n.tag && /^!(Fn::)?GetAtt$/.test(n.tag) && typeof n.value === 'string' && /\.PublicIps?$/.test(n.value)) return true;
    if (n.type !== 'map') continue;
    const getAtt = get(n, 'Fn::GetAtt');
    if (!getAtt) continue;
    const attr = getAtt.type === 'seq' ? scalarString(getAtt.items[1]) : scalarString(getAtt)?.split('.').slice(1).join('.');
    if (attr && /^PublicIps?$/.test(attr)) return true;
  }
  return false;
}

export const rosReader: DocumentReader = {
  name: 'ROS template',
  formats: ['json', 'yaml'],
  sniff: /ALIYUN::SLS|ROSTemplateFormatVersion/,
  claims: /ALIYUN::SLS|ROSTemplateFormatVersion/,
  detect: isRosTemplate,
  read: readRosTemplate,
};
