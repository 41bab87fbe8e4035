import type { Rule } from '../rule.js';

export const hostRules: readonly Rule[] = [];
