/**
 * Crossplane `provider-alibaba` SLS resources (apiVersion `sls.alibaba.crossplane.io/v1alpha1`,
 * docs/reference/iac-and-editions.md §5): `MachineGroup`, `Project` and `MachineGroupBinding`
 * (the ApplyConfigToMachineGroup attachment). The SLS name of a group or project is the
 * `crossplane.io/external-name` annotation, which defaults to `metadata.name`. The region is the
 * ProviderConfig's, which a resource does not state: unknown.
 */
import type { Range } from '../core/diagnostic.js';
import { scalarString, get, getPath, type DNode } from '../core/doc-tree.js';
import { unknown, type Value } from '../core/value.js';
import type { MachineGroupFact } from '../facts/index.js';
import { absentValue, listValue, rangeOfNode, stringValue } from './doc.js';
import type { DocContext, DocumentReader } from './types.js';

const GROUP = 'sls.alibaba.crossplane.io/';

export function isCrossplaneSls(doc: DNode): boolean {
  return scalarString(get(doc, 'apiVersion'))?.startsWith(GROUP) === true && scalarString(get(doc, 'kind')) !== undefined;
}

export function readCrossplaneSls(doc: DNode, ctx: DocContext): void {
  const kind = scalarString(get(doc, 'kind'));
  const { source } = ctx;
  const nameNode = getPath(doc, 'metadata', 'name');
  const header: Range = rangeOfNode(source, nameNode ?? { start: doc.start, end: doc.start });
  const address = `${kind}/${scalarString(nameNode) ?? ''}`;
  const forProvider = getPath(doc, 'spec', 'forProvider');
  const external = get(getPath(doc, 'metadata', 'annotations'), 'crossplane.io/external-name');
  const slsName = (): Value<string> => stringValue(external ?? nameNode, source) ?? unknown('', header);
  if (kind === 'MachineGroup') {
    const listNode = get(forProvider, 'machineIDList');
    const fact: MachineGroupFact = {
      file: ctx.file,
      format: 'crossplane',
      address,
      name: slsName(),
      identifiers: listNode ? listValue(listNode, source) : absentValue(forProvider, [], header),
      publicIpSources: [],
      entrySources: [],
      range: header,
    };
    const project = stringValue(get(forProvider, 'project'), source);
    if (project) fact.project = project;
    const type = stringValue(get(forProvider, 'machineIDType'), source);
    if (type) fact.identifyType = type;
    const topic = stringValue(getPath(forProvider, 'attribute', 'groupTopic'), source);
    if (topic) fact.topic = topic;
    ctx.facts.machineGroups.push(fact);
  } else if (kind === 'Project') {
    ctx.facts.projects.push({ file: ctx.file, format: 'crossplane', address, name: slsName(), range: header });
  } else if (kind === 'MachineGroupBinding') {
    const project = stringValue(get(forProvider, 'projectName'), source);
    const configName = stringValue(get(forProvider, 'configName'), source);
    ctx.facts.attachments.push({
      file: ctx.file,
      format: 'crossplane',
      address,
      ...(project ? { project } : {}),
      ...(configName ? { configName } : {}),
      groupName: stringValue(get(forProvider, 'groupName'), source) ?? unknown('', header),
      range: header,
    });
  }
}

export const crossplaneReader: DocumentReader = {
  name: 'Crossplane provider-alibaba SLS resources',
  formats: ['json', 'yaml'],
  sniff: /sls\.alibaba\.crossplane\.io/,
  claims: /sls\.alibaba\.crossplane\.io/,
  detect: isCrossplaneSls,
  read: readCrossplaneSls,
};
