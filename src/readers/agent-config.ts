/**
 * ilogtail_config.json and its LoongCollector siblings, read once into the agent's view
 * (src/facts/agent-config.ts): the agent parser's verdict on the text (./agent-json.ts), a
 * jsonc-parser tree for values, the top-level keys with the occurrence that wins, and every
 * region and endpoint the file names. Every later stage reads this fact; none re-reads the file.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { commentEnd, elementsOf, isTemplatedNode, lastProperty, propertiesOf, safeParseTree, type PropertyEntry } from '../core/json-tree.js';
import type { SourceFile } from '../core/source-file.js';
import { known, unknown } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';
import type { AgentConfigFact, AgentSite, AgentSites, DataGroup, DataServerEntryShape, DataServerListShape, Facts, SiteKind } from '../facts/index.js';
import { COMMUNITY_EDITION_KEYS, SLS_EDITION_KEYS } from '../knowledge/agent-keys.js';
import { parseEndpoint, type EndpointRole, type ParsedEndpoint } from '../knowledge/endpoints.js';
import { analyzeAgentJson } from './agent-json.js';
import type { FileReader, TextFile } from './types.js';

export const agentConfigReader: FileReader = { name: 'agent config (ilogtail_config.json)', kinds: ['agent-config'], read: readAgentConfig };

function readAgentConfig(file: TextFile, facts: Facts): void {
  const { source } = file;
  // A BOM is the syntax rules' business; a space keeps every offset where it was.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  const tree = text.trim() === '' ? { errors: [] } : safeParseTree(withoutRawControls(text), { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const path = file.file.path;
  const name = path.slice(path.lastIndexOf('/') + 1);
  const partial = name !== 'ilogtail_config.json' && name !== 'loongcollector_config.json';
  // A tree jsonc-parser rebuilt around errors holds values the file does not (`0x10` read as
  // 0, a template read as `{}`): value rules get no tree for such a file, only the syntax
  // findings. Trailing commas and comments alter no value, so they keep the tree.
  const root = tree.errors.length === 0 ? tree.root : undefined;
  const properties = root?.type === 'object' ? propertiesOf(root) : [];
  const settings = new Map<string, PropertyEntry>(properties.map((p) => [p.key, p]));
  facts.agentConfigs.push({
    file: path,
    source,
    role: partial ? 'partial' : 'main',
    product: name === 'ilogtail_config.json' ? 'ilogtail' : 'loongcollector',
    syntax: analyzeAgentJson(source.text),
    root,
    parseErrors: tree.errors,
    tooDeep: tree.tooDeep,
    properties,
    settings,
    sites: readSites(path, source, root, settings),
    objectStart: root?.type === 'object' ? source.rangeOf(root.offset, 1) : undefined,
    editionKeys: root ? editionKeysOf(source, settings) : editionKeysInText(source),
    dataServerList: dataServerListShape(source, settings.get('data_server_list')?.valueNode, root !== undefined),
  });
}

const EDITION_KEYS = new Set([...SLS_EDITION_KEYS, ...COMMUNITY_EDITION_KEYS]);
/** A key as JSON writes it, found in the text of a file whose tree could not be built. */
const EDITION_KEY_TEXT = new RegExp(`"(${[...EDITION_KEYS].join('|')})"\\s*:`, 'g');

function editionKeysOf(source: SourceFile, settings: ReadonlyMap<string, PropertyEntry>): AgentConfigFact['editionKeys'] {
  const out: Array<{ key: string; range: Range }> = [];
  for (const [key, p] of settings) if (EDITION_KEYS.has(key)) out.push({ key, range: source.rangeOf(p.keyNode.offset, p.keyNode.length) });
  return out;
}

function editionKeysInText(source: SourceFile): AgentConfigFact['editionKeys'] {
  const out: Array<{ key: string; range: Range }> = [];
  for (const m of source.text.matchAll(EDITION_KEY_TEXT)) out.push({ key: m[1], range: source.rangeOf(m.index, m[1].length + 2) });
  return out;
}

function dataServerListShape(source: SourceFile, value: JsonNode | undefined, hasTree: boolean): DataServerListShape {
  const range = (n: JsonNode) => source.rangeOf(n.offset, n.length);
  if (!hasTree || !value) return { kind: 'absent' };
  if (value.type === 'null') return { kind: 'null', range: range(value) };
  if (value.type !== 'array') return { kind: 'not-array', range: range(value) };
  const entries = (value.children ?? []).map((entry): DataServerEntryShape => {
    const fields: DataServerEntryShape['fields'] = {};
    if (entry.type === 'object')
      for (const field of ['cluster', 'endpoint'] as const) {
        const node = lastProperty(entry, field)?.valueNode;
        if (node) fields[field] = { range: range(node), blank: node.type === 'string' && String(node.value).trim() === '' };
      }
    return { range: range(entry), object: entry.type === 'object', fields };
  });
  return { kind: 'array', range: range(value), entries };
}

/**
 * jsoncpp accepts raw control characters (a newline, a tab) inside strings; jsonc-parser does
 * not. Each becomes a space, so offsets stay put and the value rules see the rest of the file.
 */
export function withoutRawControls(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      else if (c < 0x20) {
        (out ??= []).push(text.slice(from, i), ' ');
        from = i + 1;
      }
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x2f /* / */) {
      i = commentEnd(text, i);
    }
  }
  return out ? out.join('') + text.slice(from) : text;
}

// ---------------------------------------------------------------- regions and endpoints

/** Hosts of a fleet share a handful of endpoints: parse each distinct one once (the results are read-only). */
const endpointCache = new Map<string, ParsedEndpoint>();
function parsedEndpoint(raw: string, role: EndpointRole): ParsedEndpoint {
  const key = `${role}\0${raw}`;
  let e = endpointCache.get(key);
  if (!e) {
    if (endpointCache.size > 10_000) endpointCache.clear();
    e = parseEndpoint(raw, role);
    endpointCache.set(key, e);
  }
  return e;
}

function readSites(file: string, source: SourceFile, root: JsonNode | undefined, settings: ReadonlyMap<string, PropertyEntry>): AgentSites {
  const control: AgentSite[] = [];
  const groups: DataGroup[] = [];
  const all: AgentSite[] = [];
  const placeholders: string[] = [];
  const out: AgentSites = { file, control, groups, all, placeholders };
  if (!root) return out;
  const value = (key: string) => settings.get(key)?.valueNode;
  const site = (node: JsonNode | undefined, kind: SiteKind, field: string, pointer: string): AgentSite | undefined => {
    if (isTemplatedNode(node)) placeholders.push(pointer);
    if (!node || node.type !== 'string' || typeof node.value !== 'string' || isTemplatedNode(node)) return undefined;
    const s: AgentSite = { file, kind, field, pointer, value: node.value, offset: node.offset, length: node.length, range: source.rangeOf(node.offset, node.length) };
    if (kind === 'config-server' || kind === 'data-endpoint') s.parsed = parsedEndpoint(node.value, kind === 'config-server' ? 'config-server' : 'data-server');
    all.push(s);
    return s;
  };

  const cfg = site(value('config_server_address'), 'config-server', 'config_server_address', '/config_server_address');
  if (cfg) control.push(cfg);
  elementsOf(value('config_servers')).forEach((n, i) => {
    const s = site(n, 'config-server', `config_servers[${i}]`, `/config_servers/${i}`);
    if (s) control.push(s);
  });
  const primary = site(value('primary_region'), 'primary-region', 'primary_region', '/primary_region');
  if (primary) control.push(primary);

  elementsOf(value('data_server_list')).forEach((entry, i) => {
    const field = `data_server_list[${i}]`;
    const region = site(lastProperty(entry, 'cluster')?.valueNode, 'cluster', `${field}.cluster`, `/data_server_list/${i}/cluster`);
    const endpoint = site(lastProperty(entry, 'endpoint')?.valueNode, 'data-endpoint', `${field}.endpoint`, `/data_server_list/${i}/endpoint`);
    if (region || endpoint) groups.push({ field, region, endpoints: endpoint ? [endpoint] : [] });
  });
  elementsOf(value('data_servers')).forEach((entry, i) => {
    const field = `data_servers[${i}]`;
    const region = site(lastProperty(entry, 'region')?.valueNode, 'data-region', `${field}.region`, `/data_servers/${i}/region`);
    const endpoints: AgentSite[] = [];
    elementsOf(lastProperty(entry, 'endpoint_list')?.valueNode).forEach((n, j) => {
      const s = site(n, 'data-endpoint', `${field}.endpoint_list[${j}]`, `/data_servers/${i}/endpoint_list/${j}`);
      if (s) endpoints.push(s);
    });
    if (region || endpoints.length > 0) groups.push({ field, region, endpoints });
  });
  all.sort((a, b) => a.offset - b.offset);

  const port = value('data_server_port');
  if (port && port.type === 'number' && typeof port.value === 'number') {
    out.dataServerPort = { value: port.value, range: source.rangeOf(port.offset, port.length), pointer: '/data_server_port' };
  }
  const ip = value('working_ip');
  if (ip?.type === 'string' && typeof ip.value === 'string') {
    const range = source.rangeOf(ip.offset, ip.length);
    out.workingIp = isTemplatedNode(ip) ? unknown(ip.value, range, '/working_ip') : known(ip.value, range, '/working_ip');
  }
  return out;
}
