import type { Rule } from '../types.js';
import invalidName from './invalid-name.js';
import shortName from './short-name.js';
import disputedNameCharacters from './disputed-name-characters.js';
import invalidIdentifyType from './invalid-identify-type.js';
import emptyIdentifyList from './empty-identify-list.js';
import invalidIp from './invalid-ip.js';
import customIdsInIpGroup from './custom-ids-in-ip-group.js';
import ipsInUserdefinedGroup from './ips-in-userdefined-group.js';
import duplicateIdentifier from './duplicate-identifier.js';
import duplicateName from './duplicate-name.js';
import tooManyGroups from './too-many-groups.js';
import publicIp from './public-ip.js';
import implicitDefaultProvider from './implicit-default-provider.js';
import attachmentUnknownGroup from './attachment-unknown-group.js';

/** Machine groups in any IaC format (docs/reference/sls-regions-and-iac.md §C, §D). */
export const machineGroupRules: readonly Rule[] = [
  invalidName,
  shortName,
  disputedNameCharacters,
  invalidIdentifyType,
  emptyIdentifyList,
  invalidIp,
  customIdsInIpGroup,
  ipsInUserdefinedGroup,
  duplicateIdentifier,
  duplicateName,
  tooManyGroups,
  publicIp,
  implicitDefaultProvider,
  attachmentUnknownGroup,
];
