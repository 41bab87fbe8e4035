/**
 * Containers with their env values resolved from the repository's ConfigMaps and Secrets:
 * a `valueFrom.configMapKeyRef` / `secretKeyRef` becomes the literal of that key in a ConfigMap
 * (Secret) of that name (and namespace, when both say one) found anywhere in the repository, and
 * an `envFrom` source that holds an `ALIYUN_LOGTAIL_*` key sets the field the container does not
 * set itself. A reference that matches nothing, or sources that disagree, stays unknown.
 * `resolvedFrom` records where each resolved value is written.
 */
import { known } from '../core/value.js';
import type { ConfigMapFact, ContainerFact, ContainerField } from '../facts/index.js';

/** The env var behind each field (the readers' ENV_FIELDS, reversed). */
const FIELD_ENV: Record<ContainerField, string> = {
  userId: 'ALIYUN_LOGTAIL_USER_ID',
  userDefinedId: 'ALIYUN_LOGTAIL_USER_DEFINED_ID',
  configPath: 'ALIYUN_LOGTAIL_CONFIG',
  workingIp: 'ALIYUN_LOGTAIL_WORKING_IP',
};

export function resolveContainers(containers: readonly ContainerFact[], configMaps: readonly ConfigMapFact[]): ContainerFact[] {
  if (configMaps.length === 0 || !containers.some((c) => c.configMapRefs || c.envFrom)) return [...containers];
  const byName = new Map<string, ConfigMapFact[]>();
  for (const cm of configMaps) {
    const k = `${cm.kind ?? 'ConfigMap'}\0${cm.name}`;
    byName.set(k, [...(byName.get(k) ?? []), cm]);
  }
  return containers.map((c) => {
    if (!c.configMapRefs && !c.envFrom) return c;
    const resolved: ContainerFact = { ...c };
    const from: NonNullable<ContainerFact['resolvedFrom']> = {};
    const lookup = (kind: 'ConfigMap' | 'Secret', name: string, key: string) => {
      const found = new Map<string, { cm: ConfigMapFact }>();
      for (const cm of byName.get(`${kind}\0${name}`) ?? []) {
        if (cm.namespace !== undefined && c.namespace !== undefined && cm.namespace !== c.namespace) continue;
        const v = cm.data.get(key);
        if (v !== undefined && !found.has(v)) found.set(v, { cm });
      }
      return found.size === 1 ? { value: [...found.keys()][0], cm: [...found.values()][0].cm } : undefined;
    };
    const set = (
      field: ContainerField,
      kind: 'ConfigMap' | 'Secret',
      name: string,
      key: string,
      value: string,
      cm: ConfigMapFact,
      at: { range: ContainerFact['range']; pointer?: string },
    ) => {
      resolved[field] = known(value, at.range, at.pointer);
      const place = cm.places?.get(key);
      if (place) from[field] = { kind, file: cm.file, name, key, range: place.range, ...(place.pointer !== undefined ? { pointer: place.pointer } : {}) };
    };
    for (const ref of c.configMapRefs ?? []) {
      const kind = ref.kind ?? 'ConfigMap';
      const hit = lookup(kind, ref.name, ref.key);
      const at = c[ref.field];
      if (!hit || !at) continue;
      set(ref.field, kind, ref.name, ref.key, hit.value, hit.cm, at);
    }
    // envFrom fills only what `env` leaves unset (an `env` entry wins over envFrom in Kubernetes).
    for (const src of c.envFrom ?? []) {
      for (const field of Object.keys(FIELD_ENV) as ContainerField[]) {
        if (resolved[field] !== undefined) continue;
        const hit = lookup(src.kind, src.name, FIELD_ENV[field]);
        const place = hit?.cm.places?.get(FIELD_ENV[field]);
        if (!hit || !place) continue;
        // The value sits in another file: the container's own field points at the container.
        set(field, src.kind, src.name, FIELD_ENV[field], hit.value, hit.cm, { range: c.range });
      }
    }
    if (Object.keys(from).length > 0) resolved.resolvedFrom = from;
    return resolved;
  });
}
