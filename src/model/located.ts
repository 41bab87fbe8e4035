import { findNodeAtLocation, type JSONPath, type Node as JsonNode } from 'jsonc-parser';
import path from 'node:path';
import { FILE_START, type ReadFile } from '../core/source-file.js';
import type { Value } from '../core/value.js';
import type { Located } from './types.js';

/** A known, non-empty string value as a Located; undefined for Unknown, absent or empty values. */
export function knownString(v: Value<string> | undefined, file: string): Located | undefined {
  if (!v || !v.known || typeof v.value !== 'string' || v.value === '') return undefined;
  return v.pointer === undefined ? { value: v.value, file, range: v.range } : { value: v.value, file, range: v.range, pointer: v.pointer };
}

/** RFC 6901 pointer of a JSON path. */
export function jsonPointer(p: JSONPath): string {
  return p.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/**
 * Finds positions inside `.logtail-lint.json`, so that related locations can point at a
 * declared project or host. The file is read by discovery when it lies in the linted tree;
 * otherwise (or when it does not parse) the location is the file's start.
 */
export interface ConfigLocator {
  /** The config file relative to cwd, or undefined when the run has no config file. */
  readonly file?: string;
  at(p: JSONPath): { file: string; range: Located['range']; pointer: string };
}

export function configLocator(cwd: string, configFile: string | undefined, readFiles: readonly ReadFile[], parse: (text: string) => JsonNode | undefined): ConfigLocator {
  if (!configFile) return { at: (p) => ({ file: '.logtail-lint.json', range: FILE_START, pointer: jsonPointer(p) }) };
  const file = path.relative(cwd, configFile).split(path.sep).join('/');
  const source = readFiles.find((f) => f.file.path === file)?.source;
  let root: JsonNode | undefined | null = null;
  return {
    file,
    at(p) {
      if (root === null) root = source ? parse(source.text) : undefined;
      const node = root ? findNodeAtLocation(root, p) : undefined;
      const range = node && source ? source.rangeOf(node.offset, node.length) : FILE_START;
      return { file, range, pointer: jsonPointer(p) };
    },
  };
}
