/**
 * Helpers for the machine-group rules: IP address classification, the attribute names each
 * format uses, and which project a group belongs to.
 */
import path from 'node:path';
import type { MachineGroupFact } from '../../facts/index.js';
import type { Known, Value } from '../../core/value.js';
import type { MachineGroup } from '../../model/fleet.js';
import type { RuleContext } from '../types.js';

// ---------------------------------------------------------------- IP addresses

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);

/** A dotted-quad IPv4 address, as the agent reports it (no leading zeros, no spaces). */
export function isIpv4(s: string): boolean {
  return IPV4.test(s);
}

/** An IPv6 address (loose: hex groups and colons, at most one `::`). */
export function isIpv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s) || !s.includes(':')) return false;
  if ((s.match(/::/g) ?? []).length > 1) return false;
  const groups = s.split(':');
  return groups.length >= 3 && groups.length <= 8 && groups.every((g) => g === '' || /^[0-9a-fA-F]{1,4}$/.test(g) || isIpv4(g));
}

export function isIp(s: string): boolean {
  return isIpv4(s) || isIpv6(s);
}

/** Every known entry is a name (custom identifier or host name), and there is at least one. */
export function allCustom(entries: ReadonlyArray<Known<string>>): boolean {
  return entries.length > 0 && entries.every((e) => classifyEntry(e.value).kind === 'other');
}

export type EntryKind =
  /** An IP address. */
  | { kind: 'ip' }
  /** Meant as an IP but not one the agent can report. */
  | { kind: 'ip-like'; why: string; suggestion?: string }
  /** A name: a custom identifier or a host name. */
  | { kind: 'other'; hostname: boolean };

/**
 * What an identifier list entry is. `ip-like` covers the mistakes seen in real groups
 * (docs/reference/real-world-patterns.md): CIDR ranges, `ip:port`, placeholders `X.X.X.X` / `192.168.XX.XX`,
 * and dotted numbers that are not valid addresses.
 */
export function classifyEntry(raw: string): EntryKind {
  if (isIp(raw)) return { kind: 'ip' };
  const s = raw.trim();
  if (s !== raw && isIp(s)) return { kind: 'ip-like', why: 'has whitespace around the address', suggestion: s };
  if (s === '') return { kind: 'ip-like', why: 'is empty' };
  const cidr = /^([\d.]+)\/(\d{1,3})$/.exec(s);
  if (cidr && isIpv4(cidr[1])) return { kind: 'ip-like', why: 'is a CIDR range; machine groups match single addresses, not ranges' };
  const port = /^([\d.]+):(\d{1,5})$/.exec(s);
  if (port && isIpv4(port[1])) return { kind: 'ip-like', why: 'has a port; the agent reports the bare address', suggestion: port[1] };
  const range = /^([\d.]+)\s*-\s*([\d.]+)$/.exec(s);
  if (range && isIpv4(range[1]) && (isIpv4(range[2]) || /^\d{1,3}$/.test(range[2]))) return { kind: 'ip-like', why: 'is a range; list each address' };
  if (/^[\dxX*#]{1,3}(?:\.[\dxX*#]{1,3}){3}$/.test(s) && /[xX*#]/.test(s)) return { kind: 'ip-like', why: 'is a placeholder (a masked or sample address from the docs)' };
  if (/^(?:https?:\/\/)?[\d.]+(?::\d+)?\/?$/.test(s) && /\d/.test(s) && s.includes('.')) {
    const lead = /^\d+(?:\.\d+){3}$/.test(s) && s.split('.').some((o) => o.length > 1 && o.startsWith('0'));
    return { kind: 'ip-like', why: lead ? 'has leading zeros; the agent reports `10.0.0.1`, never `010.000.000.001`' : 'is not a valid IPv4 address' };
  }
  if (/^https?:\/\//i.test(s)) return { kind: 'ip-like', why: 'is a URL, not an address' };
  const hostname = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(s) && /[A-Za-z]/.test(s);
  return { kind: 'other', hostname };
}

// ---------------------------------------------------------------- names and types

/**
 * What is certainly wrong with a machine group name, or an empty list: every source on the name
 * rule (docs/reference/sls-regions-and-iac.md §C.2: the CreateMachineGroup API S11, the console docs S3,
 * the ROS resource reference S12) rejects these. Capitals and `.` are left to {@link disputedNameCharacters}.
 */
export function nameProblems(name: string): string[] {
  const problems: string[] = [];
  const bytes = Buffer.byteLength(name);
  if (bytes < 2) problems.push(`it is ${bytes === 0 ? 'empty' : 'one character long'} (minimum 2)`);
  if (bytes > 128) problems.push(`it is ${bytes} bytes long (maximum 128)`);
  const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))];
  if (bad.length > 0) problems.push(`it has ${bad.map((c) => (c === ' ' ? 'spaces' : `"${c}"`)).join(', ')}`);
  if (name !== '' && !/^[a-zA-Z0-9]/.test(name)) problems.push('it does not start with a letter or digit');
  if (name.length > 1 && !/[a-zA-Z0-9]$/.test(name)) problems.push('it does not end with a letter or digit');
  return problems;
}

/**
 * The characters of a name the sources disagree on (§C.2): the CreateMachineGroup API (S11) and the
 * console docs (S3) allow only lowercase letters, digits, `-` and `_`; the ROS resource reference (S12)
 * allows letters and `.`, and the vendor's own ROS templates default to names such as `DefaultSLSGroupTest`.
 */
export function disputedNameCharacters(name: string): string[] {
  const found: string[] = [];
  if (/[A-Z]/.test(name)) found.push('capital letters');
  if (name.includes('.')) found.push('"."');
  return found;
}

/** A valid name close to `name`: lowercased, other characters made `-`, ends trimmed. */
export function suggestName(name: string): string | undefined {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 128)
    .replace(/[-_]+$/, '');
  return s.length >= 2 && s !== name ? s : undefined;
}

/** The valid type a misspelt one clearly means: `IP`, `userDefined`, `user_defined`, `user-defined`. */
export function normalizeIdentifyType(value: string): 'ip' | 'userdefined' | undefined {
  const n = value.trim().toLowerCase().replace(/[-_\s]/g, '');
  return n === 'ip' || n === 'userdefined' ? n : undefined;
}

// ---------------------------------------------------------------- formats

export interface FieldNames {
  name: string;
  type: string;
  list: string;
  project: string;
}

/** The attribute names a group's format uses (docs/reference/sls-regions-and-iac.md §C.1, §D). */
export function fieldNames(g: Pick<MachineGroupFact, 'format' | 'address'>): FieldNames {
  switch (g.format) {
    case 'terraform':
    case 'terraform-json':
    case 'terraform-plan':
      return /(^|\.)alicloud_sls_machine_group\./.test(g.address)
        ? { name: 'group_name', type: 'machine_identify_type', list: 'machine_list', project: 'project_name' }
        : { name: 'name', type: 'identify_type', list: 'identify_list', project: 'project' };
    case 'ros':
      return { name: 'GroupName', type: 'MachineIdentifyType', list: 'MachineList', project: 'ProjectName' };
    case 'aliyunlog-cli':
      return { name: 'group_name', type: 'machine_type', list: 'machine_list', project: '--project_name' };
    case 'crossplane':
      return { name: 'metadata.name', type: 'spec.forProvider.machineIDType', list: 'spec.forProvider.machineIDList', project: 'spec.forProvider.project' };
    default:
      return { name: 'groupName', type: 'machineIdentifyType', list: 'machineList', project: 'project' };
  }
}

/**
 * Where to change a value, for messages: the field, or, when a ROS template takes the value from a
 * parameter's Default (docs/reference/iac-and-editions.md §2), that Default.
 */
export function writtenIn(v: Value<string>, field: string): string {
  const param = v.pointer && /^\/Parameters\/([^/]+)\/Default$/.exec(v.pointer)?.[1];
  return param ? `the Default of parameter ${param.replace(/~1/g, '/').replace(/~0/g, '~')} (which ${field} refers to)` : field;
}

export const IDENTIFY_TYPES = ['ip', 'userdefined'] as const;

/** How the group identifies machines, when known and valid; `defaulted` when the format's default applies. */
export function effectiveType(g: MachineGroupFact): { type: 'ip' | 'userdefined'; defaulted: boolean } | undefined {
  if (g.identifyType === undefined) {
    const d = g.identifyTypeDefault;
    return d === 'ip' || d === 'userdefined' ? { type: d, defaulted: true } : undefined;
  }
  if (!g.identifyType.known) return undefined;
  const v = g.identifyType.value;
  return v === 'ip' || v === 'userdefined' ? { type: v, defaulted: false } : undefined;
}

/** The entries of the identifier list that are known strings (none when the list is one expression). */
export function knownEntries(g: MachineGroupFact): Array<Known<string>> {
  if (!g.identifiers.known) return [];
  return g.identifiers.value.filter((v): v is Known<string> => v.known && typeof v.value === 'string');
}

export function knownString(v: Value<string> | undefined): Known<string> | undefined {
  return v && v.known && typeof v.value === 'string' ? v : undefined;
}

// ---------------------------------------------------------------- projects

/**
 * A key for the project a group belongs to, or undefined when the repo cannot say (an
 * expression). Groups with the same key are in the same project: the same project name, or the
 * same project resource when its name is an expression; an unresolved reference still
 * identifies the resource within its folder (Terraform module).
 */
export function projectKey(g: MachineGroup): { key: string; label: string } | undefined {
  if (g.projectName !== undefined) return { key: `name\0${g.projectName}`, label: g.projectName };
  if (g.project) return { key: `id\0${g.project.id}`, label: g.project.address };
  const ref = g.fact.projectRef;
  if (!ref) return undefined;
  return { key: `ref\0${path.posix.dirname(g.file)}\0${ref}`, label: ref };
}

/**
 * Findings about one machine group name its resource, as `terraform plan` and ROS errors do
 * (`alicloud_log_machine_group.db: …`, `ROS resource DbGroup: …`), so a file with many groups
 * reads at a glance. SLS API and aliyunlog files hold one body each: the path says enough.
 */
export function reportFor(report: RuleContext['report'], g: Pick<MachineGroupFact, 'format' | 'address'>): RuleContext['report'] {
  const where = g.format.startsWith('terraform') ? g.address : g.format === 'ros' ? `ROS resource ${g.address}` : g.format === 'crossplane' ? `Crossplane ${g.address}` : undefined;
  const address = resourceAddress(g);
  return where ? (finding) => report({ ...finding, message: `${where}: ${finding.message}`, ...(address ? { address } : {}) }) : report;
}

/** The Terraform address or ROS logical ID of a resource (what survives edits around it); undefined for other formats, which have a pointer. */
export function resourceAddress(r: Pick<MachineGroupFact, 'format' | 'address'>): string | undefined {
  return r.format.startsWith('terraform') || r.format === 'ros' ? r.address : undefined;
}
