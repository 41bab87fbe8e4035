/** GitHub Actions workflow commands: each finding becomes an inline annotation on the PR. */
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import { escapeGithubData, escapeGithubProperty } from './shared.js';
import { sortDiagnostics } from '../core/report-order.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

function annotation(d: Diagnostic): string {
  const { start, end } = d.range;
  const properties: [string, string | number][] = [
    ['file', d.file],
    ['line', start.line],
    ['col', start.column],
    ['endLine', end.line],
    ['endColumn', end.column],
    ['title', d.ruleId],
  ];
  const props = properties.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(',');
  return `::${COMMAND[d.severity]} ${props}::${escapeGithubData(d.message)}`;
}

export const github: Formatter = (diagnostics) => sortDiagnostics(diagnostics).map(annotation).join('\n');
