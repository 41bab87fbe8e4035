import { ruleMetadata } from '../engine/lint.js';
import type { CliIO } from './main.js';

export function printRules(io: CliIO): number {
  const rules = [...ruleMetadata().values()];
  const width = Math.max(...rules.map((r) => r.id.length));
  const lines = rules.map((r) => `${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fix ' : '    '} ${r.description}`);
  io.stdout(`${'rule'.padEnd(width)}  severity  fix  description\n${lines.join('\n')}\n\n${rules.length} rules. Docs: docs/rules/<rule>.md\n`);
  return 0;
}
