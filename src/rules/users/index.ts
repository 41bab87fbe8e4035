import type { Rule } from '../types.js';
import nonNumericId from './non-numeric-id.js';
import fileExtension from './file-extension.js';
import idLength from './id-length.js';
import nonEmptyFile from './non-empty-file.js';
import directory from './directory.js';
import exampleAccountId from './example-account-id.js';
import envItemSpaces from './env-item-spaces.js';

/**
 * The accounts a host serves: `users/<account-id>` entries, whose names the agent takes as account
 * IDs, and a container's ALIYUN_LOGTAIL_USER_ID (docs/reference/agent-config.md §3).
 */
export const usersRules: readonly Rule[] = [nonNumericId, fileExtension, idLength, nonEmptyFile, directory, exampleAccountId, envItemSpaces];
