import type { ValidateFunction } from 'ajv';
export declare const validateSarif: ValidateFunction;
