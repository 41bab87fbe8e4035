/**
 * Containers with their `valueFrom.configMapKeyRef` env values resolved: a reference becomes the
 * literal of that key in a ConfigMap of that name (and namespace, when both say one) found
 * anywhere in the repository. A reference that matches no ConfigMap, or ConfigMaps that
 * disagree, stays unknown.
 */
import { known } from '../core/value.js';
import type { ConfigMapFact, ContainerFact } from '../facts/index.js';

export function resolveContainers(containers: readonly ContainerFact[], configMaps: readonly ConfigMapFact[]): ContainerFact[] {
  if (configMaps.length === 0 || !containers.some((c) => c.configMapRefs)) return [...containers];
  const byName = new Map<string, ConfigMapFact[]>();
  for (const cm of configMaps) byName.set(cm.name, [...(byName.get(cm.name) ?? []), cm]);
  return containers.map((c) => {
    if (!c.configMapRefs) return c;
    const resolved: ContainerFact = { ...c };
    for (const ref of c.configMapRefs) {
      const values = new Set<string>();
      for (const cm of byName.get(ref.name) ?? []) {
        if (cm.namespace !== undefined && c.namespace !== undefined && cm.namespace !== c.namespace) continue;
        const v = cm.data.get(ref.key);
        if (v !== undefined) values.add(v);
      }
      const at = c[ref.field];
      if (values.size !== 1 || !at) continue;
      resolved[ref.field] = known([...values][0], at.range, at.pointer);
    }
    return resolved;
  });
}
