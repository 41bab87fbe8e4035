import type { ContainerFact, ContainerField } from '../facts/index.js';
import { type Value, unknown, known } from '../core/value.js';
import { absentValue, compactText, rangeOfNode, stringValue } from './doc.js';
import { scalarString, getPath, get, type DNode } from '../core/doc-tree.js';
import { isTemplated } from '../core/template.js';
import type { Range } from '../core/diagnostic.js';
import type { DocContext, DocumentReader } from './types.js';
import { containerInstallParam } from '../knowledge/container-config-path.js';

/** The agent's environment variables (docs/reference/sls-regions-and-iac.md §C.7) and the fact field each fills. */
const ENV_FIELDS: Record<string, ContainerField> = {
  ALIYUN_LOGTAIL_USER_ID: 'userId',
  ALIYUN_LOGTAIL_USER_DEFINED_ID: 'userDefinedId',
  ALIYUN_LOGTAIL_CONFIG: 'configPath',
  ALIYUN_LOGTAIL_WORKING_IP: 'workingIp',
};

const AGENT_IMAGE = /logtail|loongcollector/i;

/** Is this document a Kubernetes object (`apiVersion` + `kind`)? */
export function isKubernetesObject(doc: DNode): boolean {
  return scalarString(get(doc, 'kind')) !== undefined && get(doc, 'apiVersion') !== undefined;
}

/**
 * One Kubernetes object: workload containers that set the agent's env vars (or run the agent
 * image), AliyunLogConfig resources, and ConfigMap data kept for `configMapKeyRef` values.
 */
export function readKubernetesObject(doc: DNode, ctx: DocContext, depth = 0): void {
  const kind = scalarString(get(doc, 'kind'))!;
  if (kind === 'List' && depth < 3) {
    const items = get(doc, 'items');
    if (items?.type === 'seq') for (const item of items.items) if (isKubernetesObject(item)) readKubernetesObject(item, ctx, depth + 1);
    return;
  }
  if (kind === 'ConfigMap' || kind === 'Secret') return collectConfigMap(doc, ctx, kind);
  const apiVersion = scalarString(get(doc, 'apiVersion')) ?? '';
  if (kind === 'AliyunLogConfig' && apiVersion.startsWith('log.alibabacloud.com/')) return readAliyunLogConfig(doc, ctx);
  const podSpec = kind === 'Pod' ? get(doc, 'spec') : kind === 'CronJob' ? getPath(doc, 'spec', 'jobTemplate', 'spec', 'template', 'spec') : getPath(doc, 'spec', 'template', 'spec');
  if (podSpec?.type !== 'map') return;
  const nameNode = getPath(doc, 'metadata', 'name');
  // A templated name (`{{ .Release.Name }}`, which YAML reads as a map) is shown as written.
  const workload = `${kind}/${scalarString(nameNode) ?? (nameNode ? compactText(ctx.source.text.slice(nameNode.start, nameNode.end)) : '')}`;
  const namespace = scalarString(getPath(doc, 'metadata', 'namespace'));
  for (const listKey of ['initContainers', 'containers']) {
    const list = get(podSpec, listKey);
    if (list?.type !== 'seq') continue;
    for (const c of list.items) readContainer(c, workload, namespace, ctx);
  }
}

function readContainer(c: DNode, workload: string, namespace: string | undefined, ctx: DocContext): void {
  if (c.type !== 'map') return;
  const { source } = ctx;
  const nameNode = get(c, 'name');
  const fact: ContainerFact = {
    file: ctx.file,
    workload,
    ...(namespace !== undefined ? { namespace } : {}),
    container: scalarString(nameNode) ?? '',
    range: rangeOfNode(source, nameNode ?? { start: c.start, end: c.start }),
  };
  const pending = new Map<ContainerField, { name: string; key: string; kind: 'ConfigMap' | 'Secret' }>();
  const env = get(c, 'env');
  let any = false;
  if (env?.type === 'seq') {
    for (const e of env.items) {
      const field = ENV_FIELDS[scalarString(get(e, 'name')) ?? ''];
      if (!field) continue;
      any = true;
      // A later duplicate wins, as in Kubernetes.
      pending.delete(field);
      const valueNode = get(e, 'value');
      const from = get(e, 'valueFrom');
      if (valueNode || !from) {
        // `value:` with nothing is an empty string to Kubernetes.
        fact[field] = stringValue(valueNode, source) ?? absentValue(e, '', rangeOfNode(source, valueNode ?? { start: e.start, end: e.start }), valueNode?.pointer);
        continue;
      }
      const r = rangeOfNode(source, from);
      const ref = get(from, 'configMapKeyRef');
      const secret = get(from, 'secretKeyRef');
      const fieldRef = get(from, 'fieldRef') ?? get(from, 'resourceFieldRef');
      if (ref || secret) {
        const refKind = ref ? 'ConfigMap' : 'Secret';
        const node = ref ?? secret;
        const name = scalarString(get(node, 'name')) ?? '';
        const key = scalarString(get(node, 'key')) ?? '';
        fact[field] = unknown(`${ref ? 'configMapKeyRef' : 'secretKeyRef'}:${name}/${key}`, r, from.pointer);
        if (name && key && !isTemplated(name) && !isTemplated(key)) pending.set(field, { name, key, kind: refKind });
      } else if (fieldRef) {
        fact[field] = unknown(`fieldRef:${scalarString(get(fieldRef, 'fieldPath')) ?? scalarString(get(fieldRef, 'resource')) ?? ''}`, r, from.pointer);
      } else {
        fact[field] = unknown(compactText(source.text.slice(from.start, from.end)), r, from.pointer);
      }
    }
  }
  // `envFrom`: every key of the ConfigMap or Secret becomes an env var (an ALIYUN_LOGTAIL_* key among them feeds the agent).
  const envFrom = get(c, 'envFrom');
  const sources: NonNullable<ContainerFact['envFrom']> = [];
  if (envFrom?.type === 'seq') {
    for (const e of envFrom.items) {
      const ref = get(e, 'configMapRef') ?? get(e, 'secretRef');
      const name = scalarString(get(ref, 'name'));
      if (name && !isTemplated(name) && !scalarString(get(e, 'prefix'))) sources.push({ kind: get(e, 'configMapRef') ? 'ConfigMap' : 'Secret', name });
    }
  }
  const image = stringValue(get(c, 'image'), source);
  if (!any && !AGENT_IMAGE.test(image?.known ? image.value : '')) return;
  if (image) fact.image = image;
  if (pending.size > 0) fact.configMapRefs = [...pending].map(([field, p]) => ({ field, name: p.name, key: p.key, ...(p.kind === 'Secret' ? { kind: p.kind } : {}) }));
  if (sources.length > 0) fact.envFrom = sources;
  pushContainer(fact, ctx);
}

function readAliyunLogConfig(doc: DNode, ctx: DocContext): void {
  const { source } = ctx;
  const nameNode = getPath(doc, 'metadata', 'name');
  const groups = getPath(doc, 'spec', 'machineGroups');
  const machineGroups: Array<Value<string>> = [];
  if (groups?.type === 'seq') {
    for (const g of groups.items) {
      const v = stringValue(g, source);
      if (v) machineGroups.push(v);
    }
  } else if (groups) {
    const v = stringValue(groups, source);
    if (v) machineGroups.push(v);
  }
  const project = stringValue(getPath(doc, 'spec', 'project'), source);
  ctx.facts.aliyunLogConfigs.push({
    file: ctx.file,
    name: scalarString(nameNode) ?? '',
    ...(project ? { project } : {}),
    machineGroups,
    range: rangeOfNode(source, nameNode ?? { start: doc.start, end: doc.start }),
  });
}

/**
 * A ConfigMap's `data`, or a Secret's `data` (base64, decoded) and `stringData` (plain, and
 * winning over `data` for the same key, as the API server merges them).
 */
function collectConfigMap(doc: DNode, ctx: DocContext, kind: 'ConfigMap' | 'Secret'): void {
  const name = scalarString(getPath(doc, 'metadata', 'name'));
  if (!name) return;
  const values = new Map<string, string>();
  const places = new Map<string, { range: Range; pointer?: string }>();
  const take = (node: DNode | undefined, decode: boolean) => {
    if (node?.type !== 'map') return;
    for (const e of node.entries) {
      const raw = e.value.type === 'scalar' && !e.value.tag && !e.value.damaged && e.value.value !== null ? String(e.value.value) : undefined;
      const s = raw !== undefined && decode ? decodeBase64(raw) : raw;
      if (s === undefined || isTemplated(s)) continue;
      values.set(e.key, s);
      places.set(e.key, { range: rangeOfNode(ctx.source, e.value), pointer: e.value.pointer });
    }
  };
  take(get(doc, 'data'), kind === 'Secret');
  if (kind === 'Secret') take(get(doc, 'stringData'), false);
  if (values.size === 0) return;
  const namespace = scalarString(getPath(doc, 'metadata', 'namespace'));
  ctx.facts.configMaps.push({ file: ctx.file, ...(kind === 'Secret' ? { kind } : {}), name, ...(namespace !== undefined ? { namespace } : {}), data: values, places });
}

/** Base64 (as a Secret's `data` holds it) → UTF-8 text; undefined when it is not both. */
function decodeBase64(s: string): string | undefined {
  const compact = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- Docker Compose

/** A Compose file: a `services` map whose entries run images or set environments. */
export function isComposeFile(doc: DNode): boolean {
  const services = get(doc, 'services');
  return services?.type === 'map' && services.entries.some((e) => get(e.value, 'image') !== undefined || get(e.value, 'environment') !== undefined || get(e.value, 'build') !== undefined);
}

/**
 * Compose services that set the agent's env vars (`environment:` as a map or as `KEY=VALUE`
 * items) or run the agent image: a ContainerFact with workload `compose/<service>`.
 * Compose interpolates `${VAR}` from the shell, so such values are unknown.
 */
export function readComposeFile(doc: DNode, ctx: DocContext): void {
  const services = get(doc, 'services');
  if (services?.type !== 'map') return;
  const { source } = ctx;
  for (const s of services.entries) {
    const fact: ContainerFact = { file: ctx.file, workload: `compose/${s.key}`, container: s.key, range: source.rangeOf(s.keyStart, s.keyEnd - s.keyStart) };
    let any = false;
    const env = get(s.value, 'environment');
    if (env?.type === 'map') {
      for (const e of env.entries) {
        const field = ENV_FIELDS[e.key];
        if (!field) continue;
        any = true;
        fact[field] = stringValue(e.value, source) ?? absentValue(e.value, '', rangeOfNode(source, e.value), e.value.pointer);
      }
    } else if (env?.type === 'seq') {
      for (const item of env.items) {
        const text = scalarString(item);
        const eq = text?.indexOf('=') ?? -1;
        const field = text && eq > 0 ? ENV_FIELDS[text.slice(0, eq)] : undefined;
        if (!field || !text || item.type !== 'scalar') continue;
        any = true;
        const value = text.slice(eq + 1);
        // The value is the part after `=`; in a quoted item escapes make offsets unreliable, so point at the item.
        const plain = item.style === 'plain' && source.text.slice(item.start, item.end) === text;
        const r = plain ? source.rangeOf(item.start + eq + 1, value.length) : rangeOfNode(source, item);
        fact[field] = isTemplated(value) ? unknown(value, r, item.pointer) : known(value, r, item.pointer, plain ? [item.start + eq + 1, item.end] : undefined);
      }
    }
    if (any || AGENT_IMAGE.test(scalarString(get(s.value, 'image')) ?? '')) pushContainer(fact, ctx);
  }
}

/** Records a container, with where its config path names the install parameter. */
function pushContainer(fact: ContainerFact, ctx: DocContext): void {
  const param = fact.configPath?.known && fact.configPath.literal ? containerInstallParam(fact.configPath, ctx.source) : undefined;
  if (param) fact.configParam = param;
  ctx.facts.containers.push(fact);
}

export const kubernetesReader: DocumentReader = {
  name: 'Kubernetes manifests',
  formats: ['json', 'yaml'],
  sniff: /ALIYUN_LOGTAIL|AliyunLogConfig|ConfigMap|Secret|logtail|loongcollector/,
  claims: /ALIYUN_LOGTAIL|AliyunLogConfig/,
  detect: isKubernetesObject,
  read: (doc, ctx) => readKubernetesObject(doc, ctx),
};

export const composeReader: DocumentReader = {
  name: 'Docker Compose files',
  formats: ['yaml'],
  sniff: /ALIYUN_LOGTAIL/,
  claims: /ALIYUN_LOGTAIL/,
  detect: isComposeFile,
  read: readComposeFile,
};
