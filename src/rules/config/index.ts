import type { Rule } from '../types.js';
import invalidJson from './invalid-json.js';
import bom from './bom.js';
import leadingContent from './leading-content.js';
import commentBreaksPrecheck from './comment-breaks-precheck.js';
import trailingComma from './trailing-comma.js';
import rootNotObject from './root-not-object.js';
import duplicateKey from './duplicate-key.js';
import trailingContent from './trailing-content.js';
import quotedNumber from './quoted-number.js';
import quotedFlagValue from './quoted-flag-value.js';
import flagTypeMismatch from './flag-type-mismatch.js';
import stringBoolean from './string-boolean.js';
import nullValue from './null-value.js';
import wrongType from './wrong-type.js';
import int32Overflow from './int32-overflow.js';
import valueRejected from './value-rejected.js';
import valueCapped from './value-capped.js';
import outOfDocumentedRange from './out-of-documented-range.js';
import unknownKey from './unknown-key.js';
import workingIpInvalid from './working-ip-invalid.js';
import missingDataServer from './missing-data-server.js';
import plaintextAccessKey from './plaintext-access-key.js';
import editionAssumed from './edition-assumed.js';

/** ilogtail_config.json / loongcollector_config.json: syntax as the agent reads it, types, ranges, keys. */
export const configRules: readonly Rule[] = [
  // syntax (src/readers/agent-json.ts)
  invalidJson,
  bom,
  leadingContent,
  commentBreaksPrecheck,
  trailingComma,
  rootNotObject,
  duplicateKey,
  trailingContent,
  // types and ranges (schemas/ilogtail_config.schema.json)
  quotedNumber,
  quotedFlagValue,
  flagTypeMismatch,
  stringBoolean,
  nullValue,
  wrongType,
  int32Overflow,
  valueRejected,
  valueCapped,
  outOfDocumentedRange,
  // keys (src/knowledge/agent-keys.ts) and meaning
  unknownKey,
  workingIpInvalid,
  missingDataServer,
  editionAssumed,
  plaintextAccessKey,
];
