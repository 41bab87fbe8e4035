import type { Rule } from '../rule.js';

export const installRules: readonly Rule[] = [];
