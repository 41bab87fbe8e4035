import type { Rule } from '../rule.js';

export const usersRules: readonly Rule[] = [];
