import { defineRule } from '../types.js';

export default defineRule({
  id: 'file/parse-error',
  severity: 'error',
  scope: 'file',
  description: 'A Terraform, YAML or JSON file could not be parsed, so its machine groups were not checked',
  check({ fleet, report }) {
    for (const p of fleet.parseProblems) {
      report({
        file: p.file,
        range: p.range,
        message: `${p.message} Fix the syntax so logtail-lint (and ${toolFor(p.format)}) can read the rest of this file.`,
      });
    }
  },
});

function toolFor(format: string): string {
  if (format === 'hcl' || format.startsWith('terraform')) return 'Terraform';
  if (format === 'yaml') return 'kubectl / ROS';
  return 'the tool that applies it';
}
