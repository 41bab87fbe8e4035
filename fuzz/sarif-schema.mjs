import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

/**
 * The vendored schema is the normative OASIS errata01 copy, which declares draft-04
 * (`$schema` draft-04, root `id`). Ajv 8 rejects both spellings but implements every
 * keyword the schema uses identically in draft-07, so only those two root keys are adapted.
 * Plain .mjs so that both the fuzzer (node, no TypeScript) and the tests use this one copy.
 */
function loadSarifSchema() {
  const raw = JSON.parse(readFileSync(new URL('../test/fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
  const { $schema: _draft, id, ...rest } = raw;
  return { $id: id, ...rest };
}

/** Validates a parsed SARIF log against the SARIF 2.1.0 schema (test/fixtures/README.md). */
export const validateSarif = new Ajv({ strict: false, validateFormats: false, allErrors: true }).compile(loadSarifSchema());
