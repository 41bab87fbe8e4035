import type { Rule } from '../types.js';
import tooLarge from './too-large.js';
import binary from './binary.js';
import notUtf8 from './not-utf8.js';
import unreadable from './unreadable.js';
import symlinkOutsideTree from './symlink-outside-tree.js';
import parseError from './parse-error.js';

/** Problems with a file as a whole: it could not be read, decoded or parsed. */
export const fileRules: readonly Rule[] = [tooLarge, binary, notUtf8, unreadable, symlinkOutsideTree, parseError];
