/**
 * The model built from real file text: a small repository written to a temporary folder and
 * run through the real pipeline (discover → read → model), so model tests see the facts the
 * readers really produce.
 */
import { lintTree, type Tree } from '../helpers.js';
import type { Fleet } from '../../src/model/fleet.js';
import type { Range } from '../../src/core/diagnostic.js';

/** The fleet of a repository; `config` is the `.logtail-lint.json` content, if any. */
export async function fleetOf(tree: Tree, config?: Record<string, unknown>): Promise<Fleet> {
  const files: Tree = config ? { ...tree, '.logtail-lint.json': JSON.stringify(config) } : tree;
  return (await lintTree(files)).fleet;
}

/** `line:col-line:col`. */
export function span(x: { range: Range }): string {
  const { start, end } = x.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}
