import type { DiscoverProblem } from '../engine/discover.js';
import type { ReadFile } from '../engine/read.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Facts } from './facts.js';

/**
 * The model every rule reads: what the readers found, joined into projects, machine groups and
 * host bundles. Built once per run and never changed by a rule.
 */
export interface Fleet {
  /** Absolute folder that paths are relative to. */
  cwd: string;
  config: ResolvedConfig;
  readFiles: readonly ReadFile[];
  discoverProblems: readonly DiscoverProblem[];
  facts: Facts;
}

export function buildFleet(input: Omit<Fleet, never>): Fleet {
  return input;
}
