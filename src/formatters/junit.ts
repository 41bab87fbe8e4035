/** JUnit XML, for CI systems that only understand test reports: one failing test case per finding. */
import type { Diagnostic } from '../core/diagnostic.js';
import { docsUrlOf, escapeXmlAttribute as attr, escapeXmlText as text } from './shared.js';
import { sortDiagnostics } from '../core/report-order.js';
import type { Formatter, FormatterContext } from './types.js';

const SUITE = 'logtail-lint';

function testcase(d: Diagnostic, ctx: FormatterContext): string {
  const { line, column } = d.range.start;
  const docsUrl = docsUrlOf(d.ruleId, ctx);
  const body = [d.message, `at ${d.file}:${line}:${column}`, ...(docsUrl ? [`docs: ${docsUrl}`] : [])].join('\n');
  return [
    `    <testcase classname="${attr(d.file)}" name="${attr(`${d.ruleId} at ${line}:${column}`)}">`,
    `      <failure type="${attr(d.severity)}" message="${attr(d.message)}">${text(body)}</failure>`,
    `    </testcase>`,
  ].join('\n');
}

export const junit: Formatter = (diagnostics, ctx) => {
  // With no findings there is nothing per file to report, but CI still wants one passing test.
  const cases =
    diagnostics.length === 0
      ? [`    <testcase classname="${SUITE}" name="${SUITE}"/>`]
      : sortDiagnostics(diagnostics).map((d) => testcase(d, ctx));
  const counts = `tests="${cases.length}" failures="${diagnostics.length}" errors="0"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITE}" ${counts}>`,
    `  <testsuite name="${SUITE}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
  ].join('\n');
};
