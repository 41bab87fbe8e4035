/** The SARIF 2.1.0 validator, shared with the fuzzer (fuzz/sarif-schema.mjs). */
export { validateSarif } from '../../fuzz/sarif-schema.mjs';
