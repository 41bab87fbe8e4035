import type { FileKind } from '../core/source-file.js';
import { type Facts } from '../facts/index.js';
import { known } from '../core/value.js';
import { readAgentConfig } from './agent-config.js';
import { readAppInfo } from './app-info.js';
import { isTemplated } from '../core/template.js';
import type { Reader } from './reader.js';
import { readScript } from './script.js';
import { peekRunState } from './state.js';
import { collectDeferredConfigMaps, readJson, readYaml } from './structured.js';
import { readTerraformJson } from './terraform-json.js';
import { readTerraform } from './terraform.js';
import { readUserDefinedId } from './user-defined-id.js';
import { readUsersEntry } from './users-entry.js';

/** Which reader turns each kind of file into facts. Kinds without one are not read yet. */
export const readers: Partial<Record<FileKind, Reader>> = {
  'agent-config': readAgentConfig,
  'user-defined-id': readUserDefinedId,
  'users-entry': readUsersEntry,
  'app-info': readAppInfo,
  json: readJson,
  yaml: readYaml,
  script: readScript,
  terraform: readTerraform,
  'terraform-json': readTerraformJson,
};

/**
 * Call once after every file was read: joins what needs more than one file. Today that is
 * Kubernetes `valueFrom.configMapKeyRef` env values, resolved to the literal in a ConfigMap of
 * that name (and namespace, when both say one) from any YAML file of the repo. A reference that
 * matches no ConfigMap, or ConfigMaps that disagree, stays unknown.
 */
export function finishReading(facts: Facts): void {
  const state = peekRunState(facts);
  if (!state || state.refs.length === 0) return;
  collectDeferredConfigMaps(facts, new Set(state.refs.map((r) => r.name)));
  for (const ref of state.refs) {
    const values = new Set<string>();
    for (const cm of state.configMaps) {
      if (cm.name !== ref.name || (cm.namespace !== undefined && ref.namespace !== undefined && cm.namespace !== ref.namespace)) continue;
      const v = cm.data.get(ref.key);
      if (v !== undefined) values.add(v);
    }
    if (values.size !== 1) continue;
    const [value] = values;
    if (isTemplated(value) || ref.fact[ref.field] !== ref.value) continue;
    ref.fact[ref.field] = known(value, ref.value.range, ref.value.pointer);
  }
  state.refs = [];
}
