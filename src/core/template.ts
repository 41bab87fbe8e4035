/** Unresolved template syntax: Terraform/shell `${...}`, Kubernetes `$(VAR)`, Helm/Jinja `{{ }}`, HCL `%{ }`. */
const TEMPLATE = /\$\{|\$\(|\{\{|%\{/;

/**
 * True when `s` holds a template placeholder: a repo that renders the value at deploy time.
 * Such a value is unknown and never judged.
 */
export function isTemplated(s: string): boolean {
  return TEMPLATE.test(s);
}
