import type { Rule } from '../rule.js';

export const machineGroupRules: readonly Rule[] = [];
