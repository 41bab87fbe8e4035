import type { Rule } from '../types.js';
import empty from './empty.js';
import crlf from './crlf.js';
import bom from './bom.js';
import blankLine from './blank-line.js';
import duplicate from './duplicate.js';
import surroundingTab from './surrounding-tab.js';
import internalSpace from './internal-space.js';
import beyondReadLimit from './beyond-read-limit.js';
import placeholder from './placeholder.js';

/** The `user_defined_id` file: one custom identifier per line (docs/reference/agent-config.md §4, docs/reference/sls-regions-and-iac.md §C.5). */
export const userDefinedIdRules: readonly Rule[] = [empty, crlf, bom, blankLine, duplicate, surroundingTab, internalSpace, beyondReadLimit, placeholder];
