import type { Rule } from '../rule.js';

export const regionRules: readonly Rule[] = [];
