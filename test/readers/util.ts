import { decode, readFacts } from '../../src/engine/read.js';
import type { DiscoveredFile, FileKind } from '../../src/core/source-file.js';
import type { Facts } from '../../src/facts/index.js';
import { type Value } from '../../src/core/value.js';
import { resolveContainers } from '../../src/model/containers.js';
import type { TextFile } from '../../src/readers/types.js';
import type { Range } from '../../src/core/diagnostic.js';

/** A file as the engine hands it to a reader. */
export function textFile(path: string, content: string | Uint8Array, kind: FileKind, extra: Partial<DiscoveredFile> = {}): TextFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const r = decode({ path, absPath: '/nowhere/' + path, kind, ...extra }, bytes);
  if (!r.source) throw new Error('not text');
  return r as TextFile;
}

/** Run the registered readers over files (path → content). */
export async function read(files: Record<string, string>, kinds: Record<string, FileKind> = {}): Promise<Facts> {
  const files_ = Object.entries(files).map(([path, content]) => textFile(path, content, kinds[path] ?? kindOf(path)));
  const { facts, readerFailures } = await readFacts(files_);
  if (readerFailures.length > 0) throw readerFailures[0].error;
  // ConfigMap references are resolved by the model; reader tests see them as the rules do.
  return { ...facts, containers: resolveContainers(facts.containers, facts.configMaps) };
}

function kindOf(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'user_defined_id') return 'user-defined-id';
  if (name === 'app_info.json') return 'app-info';
  if (name.endsWith('.tf.json')) return 'terraform-json';
  if (name.endsWith('.tf')) return 'terraform';
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'yaml';
  return 'script';
}

/** `line:col-line:col` */
export function span(r: Range | { range: Range }): string {
  const { start, end } = 'range' in r ? r.range : r;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** A Value in a compact comparable form: `'x' @1:2-1:5` or `?expr @1:2-1:5`. */
export function v(value: Value<unknown> | undefined): string | undefined {
  if (!value) return undefined;
  const where = ` @${span(value.range)}`;
  if (!value.known) return `?${value.expression}${where}`;
  if (Array.isArray(value.value)) return `[${(value.value as Array<Value<unknown>>).map((x) => v(x)).join(', ')}]${where}`;
  return `${JSON.stringify(value.value)}${where}`;
}
