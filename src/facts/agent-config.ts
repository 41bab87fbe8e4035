/**
 * ilogtail_config.json and its LoongCollector siblings as the agent reads them: the verdict of the
 * agent's own parser (its pre-check and jsoncpp 1.8.4), the value tree, and the agent's view of
 * the values: every top-level key with the occurrence that wins (the last), and every place the
 * file names a region or an endpoint. Built once by src/readers/agent-config.ts; everything else
 * reads it.
 */
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import type { Range } from '../core/diagnostic.js';
import type { PropertyEntry } from '../core/json-tree.js';
import type { SourceFile } from '../core/source-file.js';
import type { Value } from '../core/value.js';
import type { ParsedEndpoint } from '../knowledge/endpoints.js';

export type AgentConfigRole =
  /** ilogtail_config.json or loongcollector_config.json: the whole startup config. */
  | 'main'
  /** LoongCollector instance_config/local/*.json or a config.d/*.json: merged on top of the main file. */
  | 'partial';

export interface AgentConfigFact {
  file: string;
  source: SourceFile;
  role: AgentConfigRole;
  product: 'ilogtail' | 'loongcollector';
  /** How the agent's own parser reads the text: src/readers/agent-json.ts. */
  syntax: AgentJsonAnalysis;
  /**
   * The value tree (jsonc-parser; comments and trailing commas tolerated, as they alter no
   * value). Undefined when nothing parsed, or when jsonc-parser had to rebuild the tree around
   * an error (it would hold values the file does not): then only the syntax is judged.
   */
  root?: JsonNode;
  /** Errors jsonc-parser met (offsets into source.text). */
  parseErrors: ParseError[];
  /** Nesting deeper than jsoncpp's stack limit (1000): no tree was built; the agent rejects it too. */
  tooDeep?: { depth: number; offset: number };
  /** The root object's properties in order, a repeated key each time; [] unless the root is an object. */
  properties: readonly PropertyEntry[];
  /** The occurrence the agent keeps of each top-level key: the last. */
  settings: ReadonlyMap<string, PropertyEntry>;
  /** Where the file names regions and endpoints, as the agent reads them; empty when there is no value tree (`root`). */
  sites: AgentSites;
  // The fields below are plain data (no tree, no text): the model and fleet-scoped rules read
  // them on cached facts too (src/engine/cache-codec.ts FILE_ONLY_FIELDS).
  /** Where the root object opens (its `{`), when the root is an object: where a note about the whole file points. */
  objectStart?: Range;
  /**
   * The top-level keys that tell the agent's edition (SLS_EDITION_KEYS, COMMUNITY_EDITION_KEYS),
   * the occurrence the agent keeps; in a file with no value tree, every place its text names one
   * (the agent rejects the file, but the keys still show what it was written for).
   */
  editionKeys: ReadonlyArray<{ key: string; range: Range }>;
  /** `data_server_list` as the agent reads it (the last occurrence), for config/missing-data-server. */
  dataServerList: DataServerListShape;
}

/** The shape of `data_server_list`: absent, null, another type (config/wrong-type's), or an array and what each entry lacks. */
export type DataServerListShape = { kind: 'absent' } | { kind: 'null' | 'not-array'; range: Range } | { kind: 'array'; range: Range; entries: DataServerEntryShape[] };

export interface DataServerEntryShape {
  range: Range;
  /** False for an entry that is not an object (config/wrong-type's). */
  object: boolean;
  /** Each of `cluster` and `endpoint` the entry has (the last occurrence), and whether its value is a blank string. */
  fields: Partial<Record<'cluster' | 'endpoint', { range: Range; blank: boolean }>>;
}

// ---------------------------------------------------------------- regions and endpoints

export type SiteKind = 'cluster' | 'primary-region' | 'data-region' | 'config-server' | 'data-endpoint';

/** One string value that names a region or an endpoint. */
export interface AgentSite {
  file: string;
  kind: SiteKind;
  /** How messages name the place: `data_server_list[0].cluster`. */
  field: string;
  pointer: string;
  value: string;
  /** UTF-16 offsets of the JSON string literal, quotes included (what a fix replaces). */
  offset: number;
  length: number;
  range: Range;
  /** Config servers and endpoints only. */
  parsed?: ParsedEndpoint;
}

export interface DataGroup {
  /** `data_server_list[0]` or `data_servers[1]`. */
  field: string;
  /** `cluster` or `region`. */
  region?: AgentSite;
  endpoints: AgentSite[];
}

/**
 * Places read (a config.d / instance_config partial on its own): `config_server_address` and
 * LoongCollector `config_servers[]` (config servers), `primary_region`, `data_server_list[]`
 * (`cluster`, `endpoint`) and `data_servers[]` (`region`, `endpoint_list[]`). Only string values
 * that are not template placeholders: a wrong type is the config/ rules' business.
 */
export interface AgentSites {
  file: string;
  /** config_server_address, config_servers[] and primary_region. */
  control: AgentSite[];
  groups: DataGroup[];
  /** Every site, in document order. */
  all: AgentSite[];
  /** Pointers of region and endpoint places that hold a template placeholder (rendered at deploy time). */
  placeholders: string[];
  /** Top-level `data_server_port` when it is a number. */
  dataServerPort?: { value: number; range: Range; pointer: string };
  /**
   * `working_ip` as the agent reads it: a string (a placeholder is Unknown); undefined when absent
   * or not a string. An empty string means "detect the IP".
   */
  workingIp?: Value<string>;
}

// ---------------------------------------------------------------- the agent's parser

export type AgentJsonFactKind =
  // ---- the file as a whole
  /** Empty, or only whitespace: the pre-check and jsoncpp reject it. */
  | 'empty'
  /** Only comments (and whitespace): there is no JSON value at all. */
  | 'no-value'
  /** A UTF-8 BOM at offset 0: the pre-check sees byte 0xEF where it wants `{`. */
  | 'bom'
  /** Text before the root that the pre-check rejects: a CR, \f, NBSP, a comment, stray text. */
  | 'leading-content'
  /** A comment whose `"`, `{` or `}` make the pre-check's brace count fail. */
  | 'comment-breaks-precheck'
  /** The pre-check's brace count goes negative or does not end at 0 for another reason. */
  | 'precheck-unbalanced'
  /** The root value is an array or a scalar. */
  | 'root-not-object'
  /** Non-comment text after the root value: jsoncpp ignores it (`failIfExtra=false`). */
  | 'trailing-content'
  // ---- syntax jsoncpp 1.8.4 rejects
  | 'trailing-comma'
  | 'single-quote'
  | 'unquoted-key'
  /** NaN, Infinity, -Infinity (`allowSpecialFloats=false`). */
  | 'special-number'
  | 'hex-number'
  | 'leading-plus'
  /** A number jsoncpp's reader cannot convert (`1e`, `-`). */
  | 'invalid-number'
  /** A bad escape sequence inside a string (`\x`, `\u12`, a lone surrogate half). */
  | 'bad-escape'
  | 'unterminated-string'
  | 'unterminated-comment'
  | 'missing-colon'
  | 'missing-comma'
  /** A value was expected (`{"a": }`, `[1,,2]`). */
  | 'value-expected'
  /** A token that has no place here (a stray word, `]` closing a `{`, `\f` between tokens). */
  | 'unexpected-token'
  /** The text ends inside an object or array. */
  | 'unclosed'
  /** More than 1000 nested values (jsoncpp `stackLimit`). */
  | 'nesting-limit'
  // ---- accepted by the agent, but worth knowing
  /** A key repeated in one object: the last value wins. */
  | 'duplicate-key';

export interface AgentJsonFact {
  kind: AgentJsonFactKind;
  /** UTF-16 offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
  /**
   * The offending text (leading content, a comment, a number) or the key; for unexpected-token
   * and value-expected, what was expected there.
   */
  detail?: string;
  /** duplicate-key: where the earlier occurrence of the key is. */
  first?: { start: number; end: number };
  /**
   * leading-content / bom: spans that can simply be deleted to make the pre-check pass (the
   * region is only whitespace). Absent when deleting would lose content (a comment, stray text).
   */
  removable?: Array<[number, number]>;
  /** unclosed: the closing token that is missing; trailing-comma: the token after the comma. */
  expected?: '}' | ']';
}

export interface AgentJsonAnalysis {
  facts: AgentJsonFact[];
  /** Does `IsValidJson` accept the text? */
  precheckPasses: boolean;
  /** Does jsoncpp 1.8.4 parse the text (ignoring the pre-check)? */
  parserAccepts: boolean;
  /** The root value, when there is one. */
  root?: { start: number; end: number; type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null' | 'invalid' };
  /** Every comment, in order. */
  comments: Array<{ start: number; end: number }>;
  /** True when the fact list was cut short (thousands of problems in a binary-ish file). */
  truncated: boolean;
}
