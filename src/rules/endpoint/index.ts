import type { Rule } from '../rule.js';

export const endpointRules: readonly Rule[] = [];
