/**
 * Well-formedness of each machine-readable output: JSON parses, SARIF validates against the
 * vendored 2.1.0 schema, JUnit is well-formed XML (fast-xml-parser's validator: a real XML
 * parser in-process, where hostile.test.ts spawns Python's expat once per run; per input that
 * would cost more than the lint).
 */
import { XMLValidator } from 'fast-xml-parser';
import { validateSarif } from './sarif-schema.mjs';

/** Each returns a problem description, or undefined when the text is valid. */
export const OUTPUT_CHECKS = {
  json(text) {
    JSON.parse(text);
  },
  sarif(text) {
    const log = JSON.parse(text);
    if (!validateSarif(log)) return `SARIF does not validate: ${JSON.stringify(validateSarif.errors.slice(0, 3))}`;
  },
  junit(text) {
    const verdict = XMLValidator.validate(text);
    if (verdict !== true) return `JUnit is not well-formed XML: ${JSON.stringify(verdict.err)}`;
  },
};

export function checkOutput(format, text) {
  try {
    return OUTPUT_CHECKS[format](text);
  } catch (err) {
    return `${format} output does not parse: ${err.message}`;
  }
}
