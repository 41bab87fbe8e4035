/** Helpers more than one formatter needs: ordering, counting, fingerprints, escaping. */
import type { FormatterContext } from './types.js';


/** `1 error`, `2 errors`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function docsUrlOf(ruleId: string, ctx: FormatterContext): string | undefined {
  return ctx.rules.get(ruleId)?.docsUrl;
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
