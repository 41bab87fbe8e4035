import type { Rule } from '../rule.js';
import invalidJson from './invalid-json.js';
import bom from './bom.js';
import leadingContent from './leading-content.js';
import commentBreaksPrecheck from './comment-breaks-precheck.js';
import trailingComma from './trailing-comma.js';
import rootNotObject from './root-not-object.js';
import duplicateKey from './duplicate-key.js';
import trailingContent from './trailing-content.js';

/** ilogtail_config.json / loongcollector_config.json: syntax as the agent reads it, types, ranges, keys. */
export const configRules: readonly Rule[] = [
  invalidJson,
  bom,
  leadingContent,
  commentBreaksPrecheck,
  trailingComma,
  rootNotObject,
  duplicateKey,
  trailingContent,
];
