import { ruleMetadata } from '../engine/lint.js';
import type { CliIO } from './main.js';

export function printRules(io: CliIO): number {
  const rules = [...ruleMetadata().values()];
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fix ' : '    '} ${r.description}`);
  const former = rules.flatMap((r) => (r.formerIds ?? []).map((id) => `  ${id} → ${r.id}`));
  const renamed = former.length === 0 ? '' : `\nFormer IDs, still accepted in the config, --rule and suppressions:\n${former.join('\n')}\n`;
  io.stdout(`${'rule'.padEnd(width)}  severity  fix  description\n${lines.join('\n')}\n\n${rules.length} rules. Docs: docs/rules/<rule>.md\n${renamed}`);
  return 0;
}
