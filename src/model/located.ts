import type { ResolvedConfig } from '../config/types.js';
import { jsonPointer } from '../core/pointer.js';
import path from 'node:path';
import { FILE_START } from '../core/source-file.js';
import type { Value } from '../core/value.js';
import type { Located } from './types.js';

/** A known, non-empty string value as a Located; undefined for Unknown, absent or empty values. */
export function knownString(v: Value<string> | undefined, file: string): Located | undefined {
  if (!v || !v.known || typeof v.value !== 'string' || v.value === '') return undefined;
  return v.pointer === undefined ? { value: v.value, file, range: v.range } : { value: v.value, file, range: v.range, pointer: v.pointer };
}

/**
 * Finds positions inside `.logtail-lint.json`, so that related locations can point at a
 * declared project or host: the config stage recorded where each declaration is written; a run
 * without a config file points at the start of `.logtail-lint.json`.
 */
export interface ConfigLocator {
  /** The config file relative to cwd, or undefined when the run has no config file. */
  readonly file?: string;
  at(p: ReadonlyArray<string | number>): { file: string; range: Located['range']; pointer: string };
}

export function configLocator(cwd: string, config: Pick<ResolvedConfig, 'configFile' | 'places'>): ConfigLocator {
  const file = config.configFile ? path.relative(cwd, config.configFile).split(path.sep).join('/') : undefined;
  return {
    file,
    at(p) {
      const pointer = jsonPointer(p);
      return { file: file ?? '.logtail-lint.json', range: config.places[pointer] ?? FILE_START, pointer };
    },
  };
}
