/** Types of ./families.mjs (the names only; the tests need no more). */
export declare const FAMILY_NAMES: string[];
