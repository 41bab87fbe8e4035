import type { ContainerFact, Facts } from '../facts/index.js';
import type { Unknown } from '../core/value.js';
import type { TextFile } from './reader.js';

/** A ConfigMap's literal `data`, kept to resolve `configMapKeyRef` env values. */
export interface ConfigMapData {
  name: string;
  namespace?: string;
  data: Map<string, string>;
}

export type ContainerField = 'userId' | 'userDefinedId' | 'configPath' | 'workingIp';

/** An env value that names a ConfigMap key, to resolve once every file was read. */
export interface ConfigMapRef {
  fact: ContainerFact;
  field: ContainerField;
  name: string;
  key: string;
  namespace?: string;
  value: Unknown;
}

/** What one run of the readers keeps between files (per `Facts`, so runs never share it). */
export interface RunState {
  configMaps: ConfigMapData[];
  refs: ConfigMapRef[];
  /** YAML files that mention a ConfigMap and nothing else of ours: parsed only if a ref needs them. */
  deferred: TextFile[];
}

const states = new WeakMap<Facts, RunState>();

export function runState(facts: Facts): RunState {
  let s = states.get(facts);
  if (!s) {
    s = { configMaps: [], refs: [], deferred: [] };
    states.set(facts, s);
  }
  return s;
}

export function peekRunState(facts: Facts): RunState | undefined {
  return states.get(facts);
}
