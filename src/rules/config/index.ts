import type { Rule } from '../rule.js';

export const configRules: readonly Rule[] = [];
