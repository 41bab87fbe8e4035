/**
 * ROS intrinsic functions, evaluated as far as a template states their result before a stack
 * exists (docs/reference/iac-and-editions.md §2, R3 Functions.md, R4):
 *
 * - `Ref` of a parameter gives its `Default` (a `CommaDelimitedList` default is split on commas);
 *   a parameter without one, a pseudo parameter (`ALIYUN::Region`) or a resource is known only at
 *   deploy time. `Ref: ALIYUN::NoValue` removes the property.
 * - `Fn::GetAtt` of a resource is known only at deploy time, but WHICH resource and attribute it
 *   reads is recorded (a `source`), with what the attribute holds (src/knowledge/iac-attributes.ts).
 * - `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::Sub`, `Fn::FindInMap` are computed when their
 *   arguments are known; otherwise they pass their sources on.
 * - `Fn::If` takes the branch its condition decides (`Fn::Equals`, `Fn::Not`, `Fn::And`,
 *   `Fn::Or`, `Condition` over known values); an undecidable condition leaves both branches
 *   possible, and their sources are marked `conditional`.
 * - Every other function (`Fn::Jq`, `Fn::Base64Encode`, …) is unknown, with the sources of the
 *   functions inside it.
 *
 * The YAML short forms (`!Ref X`, `!GetAtt A.B`, `!Join [...]`, `!Fn::Select [...]`) are the same
 * functions: a tagged node's argument is the node itself.
 */
import { getEntry, get, type DNode, type DScalar } from '../core/doc-tree.js';
import { rosAttribute, type AttributeShape, type AttributeYield } from '../knowledge/iac-attributes.js';

/** A resource attribute a value is read from. */
export interface RosSource {
  resource: string;
  resourceType?: string;
  /** Undefined for a `Ref` of the resource itself. */
  attribute?: string;
  yields?: AttributeYield;
  shape?: AttributeShape;
  /** Only one way the stack may go: reached through an `Fn::If` the linter cannot decide. */
  conditional?: boolean;
  /** The function that picks from or reshapes it (`Fn::Select`, `Fn::Jq`); undefined when taken as is. */
  through?: string;
  /** The `Fn::GetAtt` / `Ref` as written. */
  node: DNode;
}

export type RosValue =
  /** A string (number, boolean) spelled in the file: the template literal, or a parameter's Default. */
  | { kind: 'scalar'; node: DScalar }
  /** A string the functions computed; `span` is where the file spells it verbatim, if it does (a piece of a Default). */
  | { kind: 'computed'; value: string; node: DNode; span?: [number, number] }
  | { kind: 'list'; node: DNode; items: Array<{ use: DNode; value: RosValue }> }
  /** `Ref: ALIYUN::NoValue`: the property is removed. */
  | { kind: 'novalue'; node: DNode }
  /** Known only at deploy time (or a shape no reader needs, such as a plain map). */
  | { kind: 'open'; node: DNode; sources: RosSource[]; shape?: AttributeShape };

interface Parameter {
  type?: string;
  defaultNode?: DNode;
}

/** What a template declares that its functions refer to. */
export class RosScope {
  private readonly parameters = new Map<string, Parameter>();
  readonly resourceTypes = new Map<string, string>();
  private readonly resourceProperties = new Map<string, DNode>();
  private readonly conditions = new Map<string, DNode>();
  /**
   * Conditions and name properties are evaluated once: a template can refer to each many times
   * (`C2: !And [C1, C1]`, `C3: !And [C2, C2]`, …), and re-evaluating would double per level.
   */
  private readonly conditionCache = new Map<string, boolean | undefined>();
  private readonly propertyCache = new Map<string, RosValue>();
  private readonly mappings?: DNode;

  constructor(doc: DNode) {
    const params = get(doc, 'Parameters');
    if (params?.type === 'map') {
      for (const e of params.entries) {
        const type = plainString(get(e.value, 'Type'));
        const d = getEntry(e.value, 'Default');
        // `Default: null` disables validation; whether the property then gets '' or nothing is not stated per resource: unknown.
        const defaultNode = d && !(d.value.type === 'scalar' && d.value.value === null && !d.value.tag) ? d.value : undefined;
        this.parameters.set(e.key, { ...(type ? { type } : {}), ...(defaultNode ? { defaultNode } : {}) });
      }
    }
    const resources = get(doc, 'Resources');
    if (resources?.type === 'map') {
      for (const e of resources.entries) {
        const t = plainString(get(e.value, 'Type'));
        if (t) this.resourceTypes.set(e.key, t);
        const props = get(e.value, 'Properties');
        if (props) this.resourceProperties.set(e.key, props);
      }
    }
    const conditions = get(doc, 'Conditions');
    if (conditions?.type === 'map') for (const e of conditions.entries) this.conditions.set(e.key, e.value);
    this.mappings = get(doc, 'Mappings');
  }

  /** What the node evaluates to. */
  resolve(node: DNode): RosValue {
    return this.evaluate(node, 0);
  }

  private evaluate(node: DNode, depth: number): RosValue {
    if (depth > MAX_DEPTH || node.damaged) return open(node);
    const fn = intrinsic(node);
    if (fn) return this.call(fn.name, fn.arg, node, depth + 1);
    if (node.type === 'scalar') return { kind: 'scalar', node };
    if (node.type === 'seq') return { kind: 'list', node, items: node.items.map((i) => ({ use: i, value: this.evaluate(i, depth + 1) })) };
    return open(node);
  }

  private call(name: string, arg: DNode, node: DNode, depth: number): RosValue {
    switch (name) {
      case 'Ref':
        return this.ref(arg, node, depth);
      case 'Fn::GetAtt':
        return this.getAtt(arg, node, depth);
      case 'Fn::Join':
        return this.join(arg, node, depth);
      case 'Fn::Select':
        return this.select(arg, node, depth);
      case 'Fn::Split':
        return this.split(arg, node, depth);
      case 'Fn::If':
        return this.if(arg, node, depth);
      case 'Fn::Sub':
        return this.sub(arg, node, depth);
      case 'Fn::FindInMap':
        return this.findInMap(arg, node, depth);
      default:
        return { kind: 'open', node, sources: this.nestedSources(arg, name, depth) };
    }
  }

  private ref(arg: DNode, node: DNode, depth: number): RosValue {
    const name = argString(arg);
    if (name === undefined) return open(node);
    if (name === 'ALIYUN::NoValue') return { kind: 'novalue', node };
    const p = this.parameters.get(name);
    if (p) {
      if (!p.defaultNode) return open(node);
      const d = p.defaultNode;
      if (p.type === 'CommaDelimitedList' && d.type === 'scalar' && !d.tag && typeof d.value === 'string') return commaList(d);
      return this.evaluate(d, depth);
    }
    const resourceType = this.resourceTypes.get(name);
    if (resourceType) return { kind: 'open', node, sources: [{ resource: name, resourceType, yields: 'resource-value', node }] };
    return open(node); // a pseudo parameter, or a name the template does not declare
  }

  private getAtt(arg: DNode, node: DNode, depth: number): RosValue {
    let resource: string | undefined;
    let attribute: string | undefined;
    if (arg.type === 'seq') {
      resource = argString(arg.items[0]);
      attribute = argString(arg.items[1]);
    } else {
      const dotted = argString(arg);
      if (dotted !== undefined) {
        // Short form `!GetAtt A.B`: logical IDs may hold dots, so split at the last one (nested stacks: `Stack.Outputs.Name`).
        const outputs = dotted.indexOf('.Outputs.');
        const cut = outputs > 0 ? outputs : dotted.lastIndexOf('.');
        if (cut > 0) {
          resource = dotted.slice(0, cut);
          attribute = dotted.slice(cut + 1);
        }
      }
    }
    if (resource === undefined || attribute === undefined) return open(node);
    const resourceType = this.resourceTypes.get(resource);
    // An SLS resource's name attributes are its own properties (sls-regions-and-iac D.2: GetAtt returns ProjectName and GroupName).
    const own = resourceType ? NAME_ATTRIBUTES[resourceType]?.[attribute] : undefined;
    const ownNode = own ? get(this.resourceProperties.get(resource), own) : undefined;
    if (ownNode && depth <= MAX_DEPTH) {
      const key = `${resource}\0${own}`;
      let v = this.propertyCache.get(key);
      if (!v) {
        this.propertyCache.set(key, open(ownNode)); // a property that refers to itself stays unknown
        v = this.evaluate(ownNode, depth + 1);
        this.propertyCache.set(key, v);
      }
      if (textOf(v) !== undefined) return v;
    }
    const row = rosAttribute(resourceType, attribute);
    const source: RosSource = { resource, attribute, node, ...(resourceType ? { resourceType } : {}), ...(row ? { yields: row.yields, shape: row.shape } : {}) };
    return { kind: 'open', node, sources: [source], ...(row ? { shape: row.shape } : {}) };
  }

  private join(arg: DNode, node: DNode, depth: number): RosValue {
    const [delimNode, listNode] = arg.type === 'seq' ? arg.items : [];
    if (!delimNode || !listNode) return open(node);
    const delim = textOf(this.evaluate(delimNode, depth));
    const list = this.evaluate(listNode, depth);
    if (list.kind !== 'list') return { kind: 'open', node, sources: through(sourcesOf(list), 'Fn::Join'), shape: 'scalar' };
    const parts = list.items.map((i) => textOf(i.value));
    if (delim !== undefined && parts.every((p) => p !== undefined) && fits(parts as string[], delim)) return { kind: 'computed', value: parts.join(delim), node };
    return {
      kind: 'open',
      node,
      sources: through(
        list.items.flatMap((i) => sourcesOf(i.value)),
        'Fn::Join',
      ),
      shape: 'scalar',
    };
  }

  private select(arg: DNode, node: DNode, depth: number): RosValue {
    const [indexNode, listNode, defaultNode] = arg.type === 'seq' ? arg.items : [];
    if (!indexNode || !listNode) return open(node);
    const index = textOf(this.evaluate(indexNode, depth));
    const list = this.evaluate(listNode, depth);
    const slice = index !== undefined && index.includes(':');
    const picked = { kind: 'open' as const, node, sources: through(sourcesOf(list), 'Fn::Select'), shape: (slice ? 'list' : 'scalar') as AttributeShape };
    if (list.kind !== 'list' || index === undefined) return picked;
    if (slice) {
      const items = sliceOf(list.items, index);
      return items ? { kind: 'list', node, items } : picked;
    }
    if (!/^-?\d+$/.test(index.trim())) return picked;
    const i = Number(index.trim());
    const at = i < 0 ? list.items.length + i : i;
    if (at >= 0 && at < list.items.length) return list.items[at].value;
    // Out of range: the optional third argument, else an empty string (R3 Functions.md L358, R4).
    return defaultNode ? this.evaluate(defaultNode, depth) : { kind: 'computed', value: '', node };
  }

  private split(arg: DNode, node: DNode, depth: number): RosValue {
    const [delimNode, stringNode] = arg.type === 'seq' ? arg.items : [];
    if (!delimNode || !stringNode) return open(node);
    const delim = textOf(this.evaluate(delimNode, depth));
    const value = this.evaluate(stringNode, depth);
    const text = textOf(value);
    if (delim === undefined || delim === '' || text === undefined) return { kind: 'open', node, sources: through(sourcesOf(value), 'Fn::Split'), shape: 'list' };
    const base = spanOf(value);
    const items: Array<{ use: DNode; value: RosValue }> = [];
    let from = 0;
    for (const piece of text.split(delim)) {
      const span: [number, number] | undefined = base ? [base[0] + from, base[0] + from + piece.length] : undefined;
      from += piece.length + delim.length;
      // Whether Fn::Split trims spaces is UNVERIFIED (the 2021 and current docs disagree): such a piece is unknown.
      const v: RosValue = piece.trim() !== piece ? open(node) : { kind: 'computed', value: piece, node, ...(span ? { span } : {}) };
      items.push({ use: node, value: v });
    }
    return { kind: 'list', node, items };
  }

  private if(arg: DNode, node: DNode, depth: number): RosValue {
    const [condNode, whenTrue, whenFalse] = arg.type === 'seq' ? arg.items : [];
    if (!condNode || !whenTrue || !whenFalse) return open(node);
    const name = argString(condNode);
    const decided = name === undefined ? undefined : this.condition(name, depth);
    if (decided !== undefined) return this.evaluate(decided ? whenTrue : whenFalse, depth);
    const a = this.evaluate(whenTrue, depth);
    const b = this.evaluate(whenFalse, depth);
    const ta = textOf(a);
    if (ta !== undefined && ta === textOf(b)) return a;
    const sources = [...sourcesOf(a), ...sourcesOf(b)].map((s) => ({ ...s, conditional: true }));
    const shape = shapeOf(a) !== undefined && shapeOf(a) === shapeOf(b) ? shapeOf(a) : undefined;
    return { kind: 'open', node, sources, ...(shape ? { shape } : {}) };
  }

  /** A named condition's truth, when the template decides it; undefined when only deploy time does. */
  private condition(name: string, depth: number): boolean | undefined {
    const node = this.conditions.get(name);
    if (!node || depth > MAX_DEPTH) return undefined;
    if (this.conditionCache.has(name)) return this.conditionCache.get(name);
    this.conditionCache.set(name, undefined); // a condition that refers to itself is undecided
    const t = this.truth(node, depth + 1);
    this.conditionCache.set(name, t);
    return t;
  }

  private truth(node: DNode, depth: number): boolean | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const fn = intrinsic(node);
    if (!fn) {
      if (node.type === 'scalar' && typeof node.value === 'boolean') return node.value;
      return undefined;
    }
    const items = fn.arg.type === 'seq' ? fn.arg.items : [];
    switch (fn.name) {
      case 'Fn::Equals': {
        if (items.length !== 2) return undefined;
        const [a, b] = items.map((i) => textOf(this.evaluate(i, depth)));
        return a === undefined || b === undefined ? undefined : a === b;
      }
      case 'Fn::Not': {
        const t = items.length === 1 ? this.truth(items[0], depth + 1) : undefined;
        return t === undefined ? undefined : !t;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const all = items.map((i) => this.truth(i, depth + 1));
        const and = fn.name === 'Fn::And';
        if (all.includes(!and)) return !and; // one false decides And, one true decides Or
        return all.length > 0 && all.every((t) => t !== undefined) ? and : undefined;
      }
      case 'Condition': {
        const name = argString(fn.arg);
        return name === undefined ? undefined : this.condition(name, depth);
      }
      default:
        return undefined;
    }
  }

  private sub(arg: DNode, node: DNode, depth: number): RosValue {
    const [templateNode, varsNode] = arg.type === 'seq' ? arg.items : [arg, undefined];
    const template = templateNode && argString(templateNode);
    if (template === undefined) return open(node);
    const sources: RosSource[] = [];
    let known = true;
    const value = template.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return '${' + inner.slice(1) + '}'; // `${!Literal}` escapes
      const name = inner.trim();
      const bound = get(varsNode, name);
      let v: RosValue;
      if (bound) v = this.evaluate(bound, depth);
      else if (this.parameters.has(name) || this.resourceTypes.has(name) || name.startsWith('ALIYUN::')) v = this.ref(scalarNode(name, node), node, depth);
      else if (name.includes('.')) v = this.getAtt(scalarNode(name, node), node, depth);
      else v = open(node);
      const t = textOf(v);
      if (t === undefined) {
        known = false;
        sources.push(...sourcesOf(v));
        return whole;
      }
      return t;
    });
    // `replace` cannot run away: each `${}` is replaced by a value already within MAX_COMPUTED.
    return known && value.length <= MAX_COMPUTED ? { kind: 'computed', value, node } : { kind: 'open', node, sources: through(sources, 'Fn::Sub'), shape: 'scalar' };
  }

  private findInMap(arg: DNode, node: DNode, depth: number): RosValue {
    const keys = arg.type === 'seq' ? arg.items.map((i) => textOf(this.evaluate(i, depth))) : [];
    if (keys.length !== 3 || keys.some((k) => k === undefined)) return open(node);
    const found = get(get(get(this.mappings, keys[0]!), keys[1]!), keys[2]!);
    return found ? this.evaluate(found, depth) : open(node);
  }

  /** Sources of the functions written inside an argument of a function the linter does not evaluate. */
  private nestedSources(arg: DNode, fn: string, depth: number): RosSource[] {
    const out: RosSource[] = [];
    const stack: DNode[] = [arg];
    let budget = 1000;
    while (stack.length > 0 && budget-- > 0) {
      const n = stack.pop()!;
      if (n !== arg && intrinsic(n)) {
        out.push(...sourcesOf(this.evaluate(n, depth)));
        continue;
      }
      if (n.type === 'seq') stack.push(...n.items);
      else if (n.type === 'map') for (const e of n.entries) stack.push(e.value);
    }
    return through(out, fn);
  }
}

const MAX_DEPTH = 64;

/**
 * Longest string the functions compute: a template whose joins feed each other doubles a name per
 * level, and nothing the agent or SLS reads is this long anyway (a group name is at most 128 bytes).
 */
const MAX_COMPUTED = 65_536;

function fits(parts: readonly string[], delim: string): boolean {
  let n = delim.length * Math.max(0, parts.length - 1);
  for (const p of parts) if ((n += p.length) > MAX_COMPUTED) return false;
  return true;
}

/** `Fn::GetAtt` attributes of SLS resources that return one of the resource's own properties. */
const NAME_ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'ALIYUN::SLS::MachineGroup': { GroupName: 'GroupName', ProjectName: 'ProjectName' },
  'ALIYUN::SLS::Project': { Name: 'Name' },
};

const open = (node: DNode): RosValue => ({ kind: 'open', node, sources: [] });

/** `{Ref: X}`, `{"Fn::Join": [...]}` (a map with one such key) or a short-form tag; undefined for anything else. */
export function intrinsic(node: DNode): { name: string; arg: DNode } | undefined {
  if (node.tag) {
    const t = node.tag.slice(1);
    const name = t === 'Ref' || t === 'Condition' || t.startsWith('Fn::') ? t : `Fn::${t}`;
    return { name, arg: node };
  }
  if (node.type !== 'map' || node.entries.length !== 1) return undefined;
  const key = node.entries[0].key;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? { name: key, arg: node.entries[0].value } : undefined;
}

/** A function argument that must be a plain string (a logical ID, an attribute name); a tag is the function's own. */
function argString(node: DNode | undefined): string | undefined {
  if (node?.type !== 'scalar' || typeof node.value !== 'string') return undefined;
  return node.value;
}

function plainString(node: DNode | undefined): string | undefined {
  return node?.type === 'scalar' && !node.tag && typeof node.value === 'string' ? node.value : undefined;
}

/** The text of a value known before deploy (a number or boolean as written), else undefined. */
export function textOf(v: RosValue): string | undefined {
  if (v.kind === 'computed') return v.value;
  if (v.kind !== 'scalar') return undefined;
  const val = v.node.value;
  if (val === null) return undefined;
  return typeof val === 'string' ? val : String(val);
}

/** Where the file spells the value verbatim: a computed piece's span, or a plain scalar's own characters. */
function spanOf(v: RosValue): [number, number] | undefined {
  if (v.kind === 'computed') return v.span;
  if (v.kind !== 'scalar' || typeof v.node.value !== 'string') return undefined;
  const quoted = v.node.style === 'double' || v.node.style === 'single' || v.node.style === 'json';
  const start = quoted ? v.node.start + 1 : v.node.start;
  const end = quoted ? v.node.end - 1 : v.node.end;
  return v.node.style !== 'block' && end - start === v.node.value.length ? [start, end] : undefined;
}

/** Every resource attribute a value reads, at any depth. */
export function sourcesOf(v: RosValue): RosSource[] {
  if (v.kind === 'open') return v.sources;
  if (v.kind === 'list') return v.items.flatMap((i) => sourcesOf(i.value));
  return [];
}

function shapeOf(v: RosValue): AttributeShape | undefined {
  if (v.kind === 'list') return 'list';
  if (v.kind === 'scalar' || v.kind === 'computed') return 'scalar';
  return v.kind === 'open' ? v.shape : undefined;
}

const through = (sources: RosSource[], fn: string): RosSource[] => sources.map((s) => (s.through ? s : { ...s, through: fn }));

/** A `CommaDelimitedList` default: its pieces, each at its place in the default when the file spells it verbatim. */
function commaList(d: DScalar): RosValue {
  const value = d.value as string;
  return {
    kind: 'list',
    node: d,
    items: value.split(',').map((piece, i, all) => {
      const before = all.slice(0, i).reduce((n, p) => n + p.length + 1, 0);
      const base = spanOf({ kind: 'scalar', node: d });
      const span: [number, number] | undefined = base ? [base[0] + before, base[0] + before + piece.length] : undefined;
      return { use: d, value: { kind: 'computed', value: piece, node: d, ...(span ? { span } : {}) } };
    }),
  };
}

/** `start:stop[:step]` of a literal list, as Python slices (R3 Functions.md L326–362); undefined when the index is not one. */
function sliceOf<T>(items: T[], index: string): T[] | undefined {
  const m = /^\s*(-?\d*)\s*:\s*(-?\d*)\s*(?::\s*(-?\d+)\s*)?$/.exec(index);
  if (!m) return undefined;
  const step = m[3] ? Number(m[3]) : 1;
  if (step <= 0) return undefined;
  const n = items.length;
  const norm = (s: string, dflt: number) => (s === '' ? dflt : Math.max(0, Math.min(n, Number(s) < 0 ? n + Number(s) : Number(s))));
  const out: T[] = [];
  for (let i = norm(m[1], 0); i < norm(m[2], n); i += step) out.push(items[i]);
  return out;
}

/** A stand-in scalar for a name inside `Fn::Sub` (`${Param}`), positioned at the Sub. */
function scalarNode(value: string, at: DNode): DScalar {
  return { type: 'scalar', value, style: 'plain', start: at.start, end: at.end, pointer: at.pointer };
}
