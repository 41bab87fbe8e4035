import type { Rule } from '../types.js';
import nonNumericId from './non-numeric-id.js';
import fileExtension from './file-extension.js';
import idLength from './id-length.js';
import nonEmptyFile from './non-empty-file.js';
import directory from './directory.js';
import exampleAccountId from './example-account-id.js';

/** `users/<account-id>` entries: the agent takes each entry's name as an account ID (agent-config.md §3). */
export const usersRules: readonly Rule[] = [nonNumericId, fileExtension, idLength, nonEmptyFile, directory, exampleAccountId];
