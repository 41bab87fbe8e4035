/** Helpers more than one formatter needs: ordering, counting, fingerprints, escaping. */
import { createHash } from 'node:crypto';
import { SEVERITY_RANK, type Diagnostic } from '../types.js';
import type { FormatterContext } from './types.js';

export { countBySeverity, type Counts as SeverityCounts } from '../engine/report.js';

/** `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// Plain code-unit comparison, not localeCompare: output must not depend on the machine's locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reading order: file, position, then most severe first, then rule and message as tie-breakers. */
export function compareByLocation(a: Diagnostic, b: Diagnostic): number {
  return (
    compareStrings(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message)
  );
}

/** Sorted copy, so every format lists findings in the same order whatever order the engine produced. */
export function sortByLocation(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(compareByLocation);
}

export function docsUrlOf(ruleId: string, ctx: FormatterContext): string | undefined {
  return ctx.rules.get(ruleId)?.docsUrl;
}

/**
 * The engine fills `fingerprint`; this fallback keeps formatters total when a
 * diagnostic skipped the report stage (NUL separators keep fields from running together).
 */
export function fingerprintOf(d: Diagnostic): string {
  if (d.fingerprint) return d.fingerprint;
  return createHash('sha256')
    .update([d.ruleId, d.file, d.pointer ?? d.message].join('\0'))
    .digest('hex');
}

// --- GitHub workflow commands (same rules as @actions/core's command.ts) ---

/** Escapes the message part of a workflow command (after `::`). */
export function escapeGithubData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a `key=value` property; `:` and `,` would otherwise end the value. */
export function escapeGithubProperty(value: string): string {
  return escapeGithubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// --- XML ---

// Everything outside XML 1.0's Char production: C0 controls but TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Only reached in attributes: parsers normalise raw whitespace there to spaces, so keep it as references.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeXmlText(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\r]/g, (c) => XML_ENTITIES[c]);
}

export function escapeXmlAttribute(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => XML_ENTITIES[c]);
}
