/** The starter config `--init` writes: valid JSONC, every section explained. */
export function starterConfig(): string {
  return `{
  // Editor completion and validation for this file.
  "$schema": "./node_modules/logtail-lint/schemas/logtail-lint.schema.json",

  // Severity per rule: "off", "info", "warn" or "error". \`npx logtail-lint rules\` lists them.
  "rules": {},

  // gitignore-style patterns that are never read (node_modules and .git always are skipped).
  "ignores": [],

  // SLS projects the repository does not define itself (no Terraform or ROS for them):
  // their region and owner account let logtail-lint join hosts to machine groups.
  // { "name": "my-project", "region": "cn-hangzhou", "ownerAccountId": "1234567890123456" }
  "projects": [],

  // Facts about the hosts that receive a folder of agent files.
  // { "path": "hosts/idc-*", "ecs": false }
  "hosts": []
}
`;
}
