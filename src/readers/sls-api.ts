import { type MachineGroupFact } from '../facts/index.js';
import { known } from '../core/value.js';
import { absentValue, listValue, stringValue } from './doc.js';
import { getEntry, get, type DMap, type DNode } from '../core/doc-tree.js';
import type { DocContext, DocumentReader } from './types.js';

/** The two spellings of a machine group body (docs/reference/sls-regions-and-iac.md §C.1, §D.4). */
const SHAPES = [
  { format: 'sls-api', name: 'groupName', type: 'machineIdentifyType', list: 'machineList', attribute: 'groupAttribute' },
  { format: 'aliyunlog-cli', name: 'group_name', type: 'machine_type', list: 'machine_list', attribute: 'group_attribute' },
] as const;

function shapeOf(node: DNode) {
  if (node.type !== 'map') return undefined;
  return SHAPES.find((s) => get(node, s.name) && (get(node, s.type) || get(node, s.list)));
}

/** A CreateMachineGroup body (camelCase) or an `aliyunlog` CLI `--group_detail` file (snake_case)? */
export function isMachineGroupDocument(doc: DNode): boolean {
  if (doc.type === 'seq') return doc.items.some((i) => shapeOf(i) !== undefined);
  return shapeOf(doc) !== undefined;
}

/**
 * Machine groups from SLS API / aliyunlog CLI files: one object or an array of them. The project
 * is not in these files (the CLI takes it as a flag), so `project` stays undefined.
 */
export function readMachineGroupDocument(doc: DNode, ctx: DocContext): void {
  const objects = doc.type === 'seq' ? doc.items : [doc];
  for (const o of objects) {
    const shape = shapeOf(o);
    if (!shape) continue;
    const m = o as DMap;
    const { source } = ctx;
    const nameEntry = getEntry(m, shape.name)!;
    // The definition is where it is named: `"groupName": "..."`.
    const header = source.rangeOf(nameEntry.keyStart, nameEntry.value.end - nameEntry.keyStart);
    const listNode = get(m, shape.list);
    const fact: MachineGroupFact = {
      file: ctx.file,
      format: shape.format,
      address: `#${m.pointer}`,
      name: stringValue(nameEntry.value, source) ?? known('', header),
      identifiers: listNode ? listValue(listNode, source) : absentValue(m, [], header),
      publicIpSources: [],
      entrySources: [],
      range: header,
    };
    const identifyType = stringValue(get(m, shape.type), source);
    if (identifyType) fact.identifyType = identifyType;
    const topic = stringValue(get(get(m, shape.attribute), 'groupTopic'), source);
    if (topic) fact.topic = topic;
    ctx.facts.machineGroups.push(fact);
  }
}

export const slsApiReader: DocumentReader = {
  name: 'SLS API / aliyunlog CLI machine groups',
  formats: ['json', 'yaml'],
  sniff: /machineIdentifyType|machineList|machine_type|machine_list/,
  claims: /machineIdentifyType/,
  detect: isMachineGroupDocument,
  read: readMachineGroupDocument,
};
