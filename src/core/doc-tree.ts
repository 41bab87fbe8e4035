/**
 * One tree shape for JSON and YAML documents (built by the readers, src/readers/doc.ts), so that
 * the ROS, SLS API, Kubernetes, plan and agent-config readers and the rules that look at values
 * are written once. Offsets are UTF-16 indexes into the file text; `start`/`end` cover the value
 * as written (quotes included). Reading a repeated key gives its LAST value, as jsoncpp,
 * JSON.parse and most YAML loaders do.
 */
export type DNode = DMap | DSeq | DScalar | DOther;

interface DBase {
  readonly start: number;
  readonly end: number;
  /** JSON pointer of the node (`/Resources/Group/Properties/MachineList/0`). */
  readonly pointer: string;
  /** A non-standard YAML tag such as ROS's `!Ref` (the value is then an expression). */
  tag?: string;
  /**
   * A syntax error lies inside or before this node, so the parser rebuilt it around the error:
   * its value, and whether a key is missing from it, are not what the file says. Readers make
   * such values unknown (src/readers/doc.ts), so no rule calls them empty or missing.
   */
  readonly damaged?: boolean;
}

export interface DMap extends DBase {
  type: 'map';
  entries: DEntry[];
}

export interface DEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: DNode;
}

export interface DSeq extends DBase {
  type: 'seq';
  items: DNode[];
}

/** How a string scalar is written: decides how to map its decoded text back to the source. */
export type ScalarStyle = 'json' | 'plain' | 'double' | 'single' | 'block';

export interface DScalar extends DBase {
  type: 'scalar';
  value: string | number | boolean | null;
  style: ScalarStyle;
}

/** An alias, or a node past the depth limit: only its text is usable. */
export interface DOther extends DBase {
  type: 'other';
}

export function get(node: DNode | undefined, key: string): DNode | undefined {
  if (node?.type !== 'map') return undefined;
  // Duplicate keys: the last one wins, as in JSON.parse and most YAML loaders.
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i].key === key) return node.entries[i].value;
  return undefined;
}

export function getEntry(node: DNode | undefined, key: string): DEntry | undefined {
  if (node?.type !== 'map') return undefined;
  for (let i = node.entries.length - 1; i >= 0; i--) if (node.entries[i].key === key) return node.entries[i];
  return undefined;
}

export function getPath(node: DNode | undefined, ...keys: string[]): DNode | undefined {
  let n = node;
  for (const k of keys) n = get(n, k);
  return n;
}

/** The string of a string scalar, else undefined. */
export function scalarString(node: DNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || node.tag || typeof node.value !== 'string') return undefined;
  return node.value;
}


/** Every node of the tree, depth first, in document order (iterative: no recursion limit). */
export function* walk(root: DNode): Generator<DNode> {
  const stack: DNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    if (n.type === 'map') for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i].value);
    else if (n.type === 'seq') for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
  }
}
