import type { Rule } from '../types.js';
import identityMatchesNoGroup from './identity-matches-no-group.js';
import unusedGroupIdentifier from './unused-group-identifier.js';
import regionMismatch from './region-mismatch.js';
import missingAccountFile from './missing-account-file.js';
import usersNotProjectOwner from './users-not-project-owner.js';
import networkUnreachable from './network-unreachable.js';
import internetOnEcs from './internet-on-ecs.js';
import appInfoIpMismatch from './app-info-ip-mismatch.js';
import identifierSharedAcrossProjects from './identifier-shared-across-projects.js';
import accountIdAsIdentifier from './account-id-as-identifier.js';

/** Joins across files: a host's identity, region, account and network against its machine groups. */
export const hostRules: readonly Rule[] = [
  identityMatchesNoGroup,
  unusedGroupIdentifier,
  regionMismatch,
  missingAccountFile,
  usersNotProjectOwner,
  networkUnreachable,
  internetOnEcs,
  appInfoIpMismatch,
  identifierSharedAcrossProjects,
  accountIdAsIdentifier,
];
