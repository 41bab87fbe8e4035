import type { ReadFile, FileKind, SourceFile } from '../core/source-file.js';
import type { DNode } from '../core/doc-tree.js';
import type { Facts } from '../facts/index.js';

/** A file that was read into text. */
export type TextFile = ReadFile & { source: SourceFile };

/**
 * Turns one file of the kinds it takes into facts, appended to `facts`. A reader never judges
 * and never throws on bad input: what it cannot parse becomes a `parseProblems` fact with a
 * position. (If it throws anyway, that is a bug: the engine records it and goes on.)
 */
export interface FileReader {
  /** What it reads, for messages: `Terraform (.tf)`. */
  readonly name: string;
  /** The discovery kinds it reads (src/core/file-kinds.ts). */
  readonly kinds: readonly FileKind[];
  /** A cheap raw-text test: a file that fails it is not parsed at all. */
  readonly sniff?: RegExp;
  read(file: TextFile, facts: Facts): void | Promise<void>;
}

/** What a document reader gets for one parsed JSON or YAML document. */
export interface DocContext {
  file: string;
  source: SourceFile;
  facts: Facts;
}

/**
 * Reads one kind of parsed JSON/YAML document (a ROS template, a Kubernetes object…). The
 * structured-file reader parses each file once and hands every document to the first document
 * reader that recognizes it.
 */
export interface DocumentReader {
  readonly name: string;
  readonly formats: readonly ('json' | 'yaml')[];
  /** Text a file must contain for this reader to want it parsed. */
  readonly sniff: RegExp;
  /** Text that makes a file surely this reader's: only then is a parse failure reported. */
  readonly claims?: RegExp;
  /** Is this document one this reader reads? */
  detect(doc: DNode, file: TextFile): boolean;
  read(doc: DNode, ctx: DocContext): void;
  /** The part of the document whose strings are scanned for shell commands (default: all of it). */
  shellScope?(doc: DNode): DNode | undefined;
}
