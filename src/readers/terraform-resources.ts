import type { EntrySource, Facts, MachineGroupFact } from '../facts/index.js';
import { terraformAttribute } from '../knowledge/iac-attributes.js';
import { unknown, type Value } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';

/**
 * The resources the Terraform readers turn into facts: alicloud's, and Apsara Stack's
 * (`alibabacloudstack_*`, the same schema as `alicloud_log_*`: docs/reference/iac-and-editions.md §6).
 */
export const TERRAFORM_RESOURCES = new Set([
  'alicloud_log_project',
  'alicloud_log_machine_group',
  'alicloud_sls_machine_group',
  'alicloud_logtail_attachment',
  'alibabacloudstack_log_project',
  'alibabacloudstack_log_machine_group',
  'alibabacloudstack_logtail_attachment',
]);

/** Text a Terraform file must hold to be worth parsing. */
export const TERRAFORM_SNIFF = /alicloud|alibabacloudstack/i;

/** One resource block as either Terraform syntax (HCL or JSON) exposes it. */
export interface ResourceView {
  file: string;
  format: 'terraform' | 'terraform-json' | 'terraform-plan';
  address: string;
  /** The resource header: where findings about the resource as a whole point. */
  range: Range;
  providerAlias?: string;
  /** The provider's region, when the syntax states it per resource (plan JSON). */
  region?: Value<string>;
  /**
   * The project resource an argument refers to (`alicloud_log_project.main`), when it does.
   * Default: read from the argument's expression text.
   */
  projectRef?(name: string): string | undefined;
  /** A top-level argument's value; undefined when absent or null. */
  attr(name: string): Value<string> | undefined;
  /** An argument of a nested block (`group_attribute { group_topic = … }`). */
  nestedAttr(block: string, name: string): Value<string> | undefined;
  /** A list argument, with the ranges of entries that read an instance's public IP, and the resource attributes it reads. */
  list(name: string): { identifiers: Value<Array<Value<string>>>; publicIpSources: Range[]; entrySources: EntrySource[] };
}

/**
 * Which argument of which resource means what (provider schema, docs/reference/sls-regions-and-iac.md §D.1): one
 * mapping for both syntaxes, so they cannot drift apart.
 */
export function emitResource(type: string, view: ResourceView, facts: Facts): void {
  const { file, format, address, range, providerAlias } = view;
  // An Apsara Stack region is not a public-cloud SLS region (iac-and-editions §6): never judged as one, never joined with alicloud providers.
  const stack = type.startsWith('alibabacloudstack_');
  const region = stack ? unknown('alibabacloudstack provider region', range) : view.region;
  const base = { file, format, address, range, ...(providerAlias && !stack ? { providerAlias } : {}), ...(region ? { region } : {}) };
  const required = (name: string): Value<string> => view.attr(name) ?? { known: false, expression: '', range };
  type = stack ? type.replace(/^alibabacloudstack_/, 'alicloud_') : type;

  if (type === 'alicloud_log_project') {
    facts.projects.push({ ...base, name: view.attr('project_name') ?? required('name') });
    return;
  }
  if (type === 'alicloud_logtail_attachment') {
    const project = view.attr('project');
    const configName = view.attr('logtail_config_name');
    const projectRef = view.projectRef ? view.projectRef('project') : project && !project.known ? projectRefOf(project.expression) : undefined;
    facts.attachments.push({
      file,
      format,
      address,
      range,
      ...(project ? { project } : {}),
      ...(projectRef ? { projectRef } : {}),
      ...(configName ? { configName } : {}),
      groupName: required('machine_group_name'),
    });
    return;
  }
  // alicloud_log_machine_group (project, name, identify_type default ip, identify_list, topic) or
  // alicloud_sls_machine_group (project_name, group_name, machine_identify_type, machine_list, group_attribute).
  const log = type === 'alicloud_log_machine_group';
  const { identifiers, publicIpSources, entrySources } = view.list(log ? 'identify_list' : 'machine_list');
  const fact: MachineGroupFact = { ...base, name: required(log ? 'name' : 'group_name'), identifiers, publicIpSources, entrySources };
  const projectAttr = log ? 'project' : 'project_name';
  const project = view.attr(projectAttr);
  if (project) fact.project = project;
  const ref = view.projectRef ? view.projectRef(projectAttr) : project && !project.known ? projectRefOf(project.expression) : undefined;
  if (ref) fact.projectRef = ref;
  const identifyType = view.attr(log ? 'identify_type' : 'machine_identify_type');
  if (identifyType) fact.identifyType = identifyType;
  if (log) fact.identifyTypeDefault = 'ip';
  const topic = log ? view.attr('topic') : view.nestedAttr('group_attribute', 'group_topic');
  if (topic) fact.topic = topic;
  facts.machineGroups.push(fact);
}

/** `alicloud_log_project.main.project_name` (or `.name`, `.id`; or an `alibabacloudstack_log_project`) → `alicloud_log_project.main`. */
export function projectRefOf(expr: string): string | undefined {
  return /^\s*(?:\$\{\s*)?((?:alicloud|alibabacloudstack)_log_project\.[A-Za-z_][\w-]*)\.(?:project_name|name|id)\s*(?:\}\s*)?$/.exec(expr)?.[1];
}

/**
 * `alicloud.hz` (or `"${alicloud.hz}"` in JSON syntax, or the quoted `"alicloud.hz"` of Terraform 0.11,
 * which Terraform still accepts with a deprecation warning) → `hz`.
 */
export function providerAliasOf(expr: string): string | undefined {
  const bare = /^\s*"(.*)"\s*$/s.exec(expr)?.[1] ?? expr;
  return /^\s*(?:\$\{\s*)?alicloud\.([A-Za-z_][\w-]*)\s*(?:\}\s*)?$/.exec(bare)?.[1];
}

/**
 * A traversal (`alicloud_instance.web[0].private_ip`, `data.x.y.z`). It starts only where a word
 * starts and an index is at most 256 characters, so a long word or an unclosed `[` costs one pass,
 * not one per character (`identify_list =aaaa…` of 64,000 letters took 5 s; a fuzz finding).
 */
const REFERENCE = /(?<![\w-])[A-Za-z_][\w-]*(?:\[[^\]\n]{0,256}\])?(?:\.[A-Za-z_*][\w-]*(?:\[[^\]\n]{0,256}\])?)+/g;

/** Whether an expression's text reads a `public_ip` attribute (isPublicIpReference). */
export function readsPublicIp(text: string): boolean {
  if (!text.includes('public_ip')) return false;
  for (const m of text.matchAll(REFERENCE)) if (isPublicIpReference(m[0])) return true;
  return false;
}

/**
 * The resource attributes an expression reads (`alicloud_instance.web[*].private_ip`,
 * `alicloud_instance.web.*.private_ip`, `data.alicloud_instances.x.instances[0].private_ip`):
 * what `identify_list` is built from. Variables, locals and module outputs are not resources.
 */
export function terraformEntrySources(text: string, range: Range, fills: EntrySource['fills']): EntrySource[] {
  if (!text.includes('.')) return [];
  const call = /^\s*(?:\$\{\s*)?([a-z][a-z0-9_]*)\s*\(/.exec(text)?.[1];
  const out: EntrySource[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const parts = m[0]
      .replace(/\[[^\]]*\]/g, '')
      .split('.')
      .filter((p) => p !== '*');
    const data = parts[0] === 'data';
    const [type, name] = data ? [`data.${parts[1]}`, parts[2]] : [parts[0], parts[1]];
    const attribute = parts[parts.length - 1];
    if (!name || parts.length < (data ? 4 : 3) || /^(?:var|local|module|each|count|path|terraform|self)$/.test(parts[0])) continue;
    const row = terraformAttribute(type, attribute);
    const yields = row?.yields ?? (attribute === 'public_ip' ? 'public-ip' : attribute === 'private_ip' ? 'private-ip' : undefined);
    out.push({
      resource: `${type}.${name}`,
      resourceType: type,
      attribute,
      ...(yields ? { yields } : {}),
      ...(row ? { shape: row.shape } : {}),
      fills,
      ...(call ? { through: call } : {}),
      range,
    });
  }
  return out;
}

/** A module's folder: where its provider blocks apply. */
export const dirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

/** A reference to a resource's `public_ip` (not a variable or local that happens to be named so). */
export function isPublicIpReference(ref: string): boolean {
  return /\.public_ip$/.test(ref.replace(/\[[^\]]*\]/g, '')) && !/^(var|local)\./.test(ref);
}
