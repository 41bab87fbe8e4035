import type { Rule } from '../types.js';
import vpcSuffix from './vpc-suffix.js';
import autoRegion from './auto-region.js';
import downloadRegionMismatch from './download-region-mismatch.js';
import appendUserDefinedId from './append-user-defined-id.js';
import invalidAccountId from './invalid-account-id.js';
import placeholderIdentity from './placeholder-identity.js';
import echoEInSh from './echo-e-in-sh.js';
import folderNotCreated from './folder-not-created.js';
import userLogConfigWrite from './user-log-config-write.js';
import envNameFlagValue from './env-name-flag-value.js';

/** Logtail install commands and identity writes in scripts, cloud-init and Dockerfiles (docs/reference/sls-regions-and-iac.md §B.1). */
export const installRules: readonly Rule[] = [
  vpcSuffix,
  autoRegion,
  downloadRegionMismatch,
  appendUserDefinedId,
  invalidAccountId,
  placeholderIdentity,
  echoEInSh,
  folderNotCreated,
  userLogConfigWrite,
  envNameFlagValue,
];
