/**
 * Every rule logtail-lint runs. Each subject folder exports its own list, so adding a rule
 * touches only its folder's index.
 */
import type { Rule } from './types.js';
import { fileRules } from './file/index.js';
import { configRules } from './config/index.js';
import { regionRules } from './region/index.js';
import { endpointRules } from './endpoint/index.js';
import { usersRules } from './users/index.js';
import { userDefinedIdRules } from './user-defined-id/index.js';
import { machineGroupRules } from './machine-group/index.js';
import { installRules } from './install/index.js';
import { hostRules } from './host/index.js';
import { doctorRules } from './doctor/index.js';

export const allRules: readonly Rule[] = [
  ...fileRules,
  ...configRules,
  ...regionRules,
  ...endpointRules,
  ...usersRules,
  ...userDefinedIdRules,
  ...machineGroupRules,
  ...installRules,
  ...hostRules,
  ...doctorRules,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.id, r]));

/** Every ID a config or suppression may name: the rules' own, and the former IDs they took over. */
export const knownRuleIds: ReadonlySet<string> = new Set([...allRules.map((r) => r.id), ...allRules.flatMap((r) => r.formerIds ?? [])]);
