import type { Facts, MachineGroupFact } from '../facts/index.js';
import type { Value } from '../core/value.js';
import type { Range } from '../core/diagnostic.js';

/** The alicloud resources the Terraform readers turn into facts. */
export const TERRAFORM_RESOURCES = new Set(['alicloud_log_project', 'alicloud_log_machine_group', 'alicloud_sls_machine_group', 'alicloud_logtail_attachment']);

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
  /** A list argument, with the ranges of entries that read an instance's public IP. */
  list(name: string): { identifiers: Value<Array<Value<string>>>; publicIpSources: Range[] };
}

/**
 * Which argument of which resource means what (provider schema, docs/reference/sls-regions-and-iac.md §D.1): one
 * mapping for both syntaxes, so they cannot drift apart.
 */
export function emitResource(type: string, view: ResourceView, facts: Facts): void {
  const { file, format, address, range, providerAlias, region } = view;
  const base = { file, format, address, range, ...(providerAlias ? { providerAlias } : {}), ...(region ? { region } : {}) };
  const required = (name: string): Value<string> => view.attr(name) ?? { known: false, expression: '', range };

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
  const { identifiers, publicIpSources } = view.list(log ? 'identify_list' : 'machine_list');
  const fact: MachineGroupFact = { ...base, name: required(log ? 'name' : 'group_name'), identifiers, publicIpSources };
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

/** `alicloud_log_project.main.project_name` (or `.name`, `.id`) → `alicloud_log_project.main`. */
export function projectRefOf(expr: string): string | undefined {
  return /^\s*(?:\$\{\s*)?(alicloud_log_project\.[A-Za-z_][\w-]*)\.(?:project_name|name|id)\s*(?:\}\s*)?$/.exec(expr)?.[1];
}

/** `alicloud.hz` (or `"${alicloud.hz}"` in JSON syntax) → `hz`. */
export function providerAliasOf(expr: string): string | undefined {
  return /^\s*(?:\$\{\s*)?alicloud\.([A-Za-z_][\w-]*)\s*(?:\}\s*)?$/.exec(expr)?.[1];
}

/** A module's folder: where its provider blocks apply. */
export const dirname = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

/** A reference to a resource's `public_ip` (not a variable or local that happens to be named so). */
export function isPublicIpReference(ref: string): boolean {
  return /\.public_ip$/.test(ref.replace(/\[[^\]]*\]/g, '')) && !/^(var|local)\./.test(ref);
}
