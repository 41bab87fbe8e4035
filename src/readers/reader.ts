import type { ReadFile } from '../engine/read.js';
import type { SourceFile } from '../core/source-file.js';
import type { Facts } from '../facts/index.js';

/** A file that was read into text. */
export type TextFile = ReadFile & { source: SourceFile };

/**
 * Turns one file into facts, appended to `facts`. A reader never judges and never throws on
 * bad input: what it cannot parse becomes a `parseProblems` fact with a position.
 */
export type Reader = (file: TextFile, facts: Facts) => void | Promise<void>;
