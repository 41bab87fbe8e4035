/**
 * Facts built by hand for model and host/ rule tests, with real ranges: every value is found in
 * a small source text by a needle, so tests can assert exact positions.
 */
import { DEFAULT_MAX_FILE_SIZE, type ResolvedConfig } from '../../src/config/types.js';
import type { ReadFile } from '../../src/engine/read.js';
import { SourceFile, type FileKind } from '../../src/core/source-file.js';
import { emptyFacts, type AgentConfigFact, type AppInfoFact, type ContainerFact, type Facts, type InstallCommandFact, type MachineGroupFact, type ProjectFact, type ProviderFact, type UserDefinedIdFact, type UsersEntryFact } from '../../src/facts/index.js';
import { type Value, unknown, known } from '../../src/core/value.js';
import { buildFleet, type Fleet } from '../../src/model/fleet.js';
import { agentConfigReader } from '../../src/readers/agent-config.js';
import type { Rule } from '../../src/rules/types.js';
import type { Diagnostic, Range } from '../../src/core/diagnostic.js';

export const CWD = '/repo';

export function config(extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { baseDir: CWD, rules: {}, ignores: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, projects: [], hosts: [], externalIdentifiers: [], suppressions: [], ...extra };
}

/** A text file with needle-based positions. */
export class Doc {
  readonly source: SourceFile;
  constructor(
    readonly file: string,
    readonly text: string,
    kind: FileKind = 'terraform',
  ) {
    this.source = new SourceFile({ path: file, absPath: `${CWD}/${file}`, kind }, text, false);
  }

  offset(needle: string, after = ''): number {
    const start = after === '' ? 0 : this.text.indexOf(after);
    if (start < 0) throw new Error(`"${after}" not in ${this.file}`);
    const from = start + after.length;
    const i = this.text.indexOf(needle, from);
    if (i < 0) throw new Error(`"${needle}" not in ${this.file} after "${after}"`);
    return i;
  }

  range(needle: string, after = ''): Range {
    return this.source.rangeOf(this.offset(needle, after), needle.length);
  }

  /** A known string: the needle is the literal as written (`"web"`), the value is without quotes. */
  str(needle: string, after = ''): Value<string> {
    return known(needle.replace(/^"|"$/g, ''), this.range(needle, after));
  }

  /** An expression only apply time knows (`var.region`). */
  expr(needle: string, after = ''): Value<string> {
    return unknown(needle, this.range(needle, after));
  }
}

export interface GroupSpec {
  address: string;
  name: string;
  project?: string;
  projectRef?: string;
  type?: string;
  /** Literal needles (`"web-1"`) or `{ expr }` entries; a string for a whole-list expression. */
  ids: Array<string | { expr: string }> | string;
  region?: string;
  providerAlias?: string;
  format?: MachineGroupFact['format'];
}

/** A Terraform `alicloud_log_machine_group` from its block in `doc` (needles searched after the address). */
export function group(doc: Doc, g: GroupSpec): MachineGroupFact {
  const after = g.address.replace(/^([a-z_]+)\./, '"$1" "') + '"';
  const a = doc.text.includes(after) ? after : g.address;
  const val = (n: string) => (/^"/.test(n) ? doc.str(n, a) : doc.expr(n, a));
  return {
    file: doc.file,
    format: g.format ?? 'terraform',
    address: g.address,
    project: g.project === undefined ? undefined : val(g.project),
    projectRef: g.projectRef,
    name: val(g.name),
    identifyType: g.type === undefined ? undefined : val(g.type),
    identifyTypeDefault: 'ip',
    identifiers:
      typeof g.ids === 'string'
        ? unknown(g.ids, doc.range(g.ids, a))
        : known(
            g.ids.map((i) => (typeof i === 'string' ? doc.str(i, a) : doc.expr(i.expr, a))),
            doc.range('[', a),
          ),
    region: g.region === undefined ? undefined : val(g.region),
    publicIpSources: [],
    providerAlias: g.providerAlias,
    range: doc.range(a),
  };
}

export function project(doc: Doc, p: { address: string; name: string; region?: string; owner?: string; providerAlias?: string; format?: ProjectFact['format'] }): ProjectFact {
  const after = p.address.replace(/^([a-z_]+)\./, '"$1" "') + '"';
  const a = doc.text.includes(after) ? after : p.address;
  const val = (n: string) => (/^"/.test(n) ? doc.str(n, a) : doc.expr(n, a));
  return {
    file: doc.file,
    format: p.format ?? 'terraform',
    address: p.address,
    name: val(p.name),
    region: p.region === undefined ? undefined : val(p.region),
    ownerAccountId: p.owner === undefined ? undefined : val(p.owner),
    providerAlias: p.providerAlias,
    range: doc.range(a),
  };
}

/** `provider "alicloud"` blocks: the n-th block of the file (alias and region needles inside it). */
export function provider(doc: Doc, p: { region?: string; alias?: string; nth?: number }): ProviderFact {
  let from = -1;
  for (let i = 0; i <= (p.nth ?? 0); i++) from = doc.text.indexOf('provider "alicloud"', from + 1);
  const rangeOf = (n: string) => doc.source.rangeOf(doc.text.indexOf(n, from), n.length);
  const dir = doc.file.includes('/') ? doc.file.slice(0, doc.file.lastIndexOf('/')) : '.';
  return {
    file: doc.file,
    moduleDir: dir,
    alias: p.alias,
    region: p.region === undefined ? undefined : /^"/.test(p.region) ? known(p.region.slice(1, -1), rangeOf(p.region)) : unknown(p.region, rangeOf(p.region)),
    range: rangeOf('provider "alicloud"'),
  };
}

/** user_defined_id as the reader records it (agent-config.md §4). */
export function userDefinedId(file: string, text: string): UserDefinedIdFact {
  const d = new Doc(file, text, 'user-defined-id');
  let offset = 0;
  const lines = text.split('\n').map((raw, i) => {
    const start = offset;
    offset += raw.length + 1;
    const lead = raw.length - raw.replace(/^ +/, '').length;
    const id = raw.replace(/^ +| +$/g, '');
    return { line: i + 1, raw, id, range: d.source.rangeOf(start + lead, id.length), beyondReadLimit: start >= 8192 };
  });
  if (text.endsWith('\n')) lines.pop();
  return { file, source: d.source, lines: lines.filter((l) => l.id !== ''), hasBom: false, hasCrlf: text.includes('\r\n'), byteLength: text.length };
}

export function agentConfig(file: string, text: string): AgentConfigFact {
  const facts = emptyFacts();
  const d = new Doc(file, text, 'agent-config');
  void agentConfigReader.read({ file: d.source.file, source: d.source, size: text.length, problems: [] }, facts);
  return facts.agentConfigs[0];
}

export function appInfo(file: string, text: string, ip: string): AppInfoFact {
  const d = new Doc(file, text, 'app-info');
  return { file, source: d.source, ip: d.str(`"${ip}"`) };
}

export function usersEntries(dir: string, ...names: string[]): UsersEntryFact[] {
  return [
    { file: dir, dir, name: 'users', isDirectory: true, size: 0, usersDir: true },
    ...names.map((name) => ({ file: `${dir}/${name}`, dir, name, isDirectory: false, size: 0 })),
  ];
}

export function container(doc: Doc, c: { workload: string; container: string; userId?: string; userDefinedId?: string; configPath?: string; workingIp?: string }): ContainerFact {
  const val = (n: string | undefined) => (n === undefined ? undefined : /^"/.test(n) ? doc.str(n, c.container) : doc.expr(n, c.container));
  return {
    file: doc.file,
    workload: c.workload,
    container: c.container,
    userId: val(c.userId),
    userDefinedId: val(c.userDefinedId),
    configPath: val(c.configPath),
    workingIp: val(c.workingIp),
    range: doc.range(c.container),
  };
}

export function installCommand(doc: Doc, param: string): InstallCommandFact {
  return { file: doc.file, tool: 'logtail.sh', param: /^"/.test(param) ? doc.str(param) : known(param, doc.range(param)), range: doc.range(param) };
}

export function fleetOf(facts: Partial<Facts>, cfg: Partial<ResolvedConfig> = {}, docs: Doc[] = []): Fleet {
  const readFiles: ReadFile[] = docs.map((d) => ({ file: d.source.file, source: d.source, size: d.text.length, problems: [] }));
  return buildFleet({ cwd: CWD, config: config(cfg), readFiles, discoverProblems: [], facts: { ...emptyFacts(), ...facts } });
}

/** Run one rule on a fleet; returns diagnostics with the rule's default severity. */
export function runRule(rule: Rule, fleet: Fleet): Diagnostic[] {
  const out: Diagnostic[] = [];
  rule.check({ fleet, report: (f) => out.push({ ruleId: rule.id, severity: rule.severity, ...f }) });
  return out;
}

/** `line:col-line:col`. */
export function span(x: { range: Range }): string {
  const { start, end } = x.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** `file@line:col-line:col` of each related location. */
export function relatedSpans(d: Diagnostic): string[] {
  return (d.related ?? []).map((r) => `${r.file}@${span(r)}`);
}
