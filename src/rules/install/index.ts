import type { Rule } from '../types.js';
import unknownRegion from './unknown-region.js';
import retiredRegion from './retired-region.js';
import decommissioningRegion from './decommissioning-region.js';
import vpcSuffix from './vpc-suffix.js';
import autoRegion from './auto-region.js';
import downloadRegionMismatch from './download-region-mismatch.js';
import appendUserDefinedId from './append-user-defined-id.js';
import invalidAccountId from './invalid-account-id.js';
import placeholderIdentity from './placeholder-identity.js';

/** Logtail install commands and identity writes in scripts, cloud-init and Dockerfiles (SLS reference §B.1). */
export const installRules: readonly Rule[] = [
  unknownRegion,
  retiredRegion,
  decommissioningRegion,
  vpcSuffix,
  autoRegion,
  downloadRegionMismatch,
  appendUserDefinedId,
  invalidAccountId,
  placeholderIdentity,
];
