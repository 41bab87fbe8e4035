import type { Rule } from '../types.js';
import unknown from './unknown.js';
import retired from './retired.js';
import decommissioning from './decommissioning.js';
import unverified from './unverified.js';
import installSuffixInCluster from './install-suffix-in-cluster.js';

/** Region IDs: unknown, closed or closing wherever they are named; unverified or suffixed in the agent config. */
export const regionRules: readonly Rule[] = [unknown, retired, decommissioning, unverified, installSuffixInCluster];
