import type { Rule } from '../rule.js';

export const userDefinedIdRules: readonly Rule[] = [];
