import type { Position, Range } from './diagnostic.js';

/** What discovery decided a file is, by its name and place in the tree. */
export type FileKind =
  | 'agent-config' // ilogtail_config.json, loongcollector_config.json, instance_config/local/*.json
  | 'user-defined-id' // user_defined_id
  | 'users-entry' // any entry of a users/ directory next to the agent's files
  | 'app-info' // app_info.json observed on a host
  | 'terraform' // *.tf
  | 'terraform-json' // *.tf.json
  | 'json' // other .json: sniffed for plan JSON, ROS, SLS API / aliyunlog CLI machine groups
  | 'yaml' // .yaml/.yml: sniffed for ROS, Kubernetes, SLS API machine groups, cloud-init
  | 'script'; // *.sh, Dockerfile, cloud-init user data: sniffed for install commands

/** A discovered file: its identity before any byte is read. */
export interface DiscoveredFile {
  /** Path relative to the lint root, `/`-separated: what diagnostics print. */
  path: string;
  absPath: string;
  kind: FileKind;
  /** For users-entry: true when the entry is a directory (the agent still takes its name). */
  isDirectory?: boolean;
  /** For users-entry: true for the users/ folder itself rather than an entry inside it. */
  usersDir?: boolean;
}

/**
 * Text of one file with the line index that turns offsets into positions.
 * Offsets are UTF-16 code-unit indexes into `text`.
 */
export class SourceFile {
  readonly lineStarts: number[];

  constructor(
    readonly file: DiscoveredFile,
    readonly text: string,
    /** True when the bytes started with a UTF-8 BOM. The BOM stays in `text` as U+FEFF, so offsets match the bytes the agent sees. */
    readonly hasBom: boolean,
  ) {
    this.lineStarts = computeLineStarts(text);
  }

  get path(): string {
    return this.file.path;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // Editors hide a BOM: after it, line 1 columns count from the first visible character.
    const bom = this.hasBom && lo === 0 && clamped > 0 ? 1 : 0;
    return { line: lo + 1, column: clamped - this.lineStarts[lo] + 1 - bom };
  }

  offsetAt(pos: Position): number {
    const start = this.lineStarts[Math.min(pos.line, this.lineStarts.length) - 1] ?? 0;
    const bom = this.hasBom && pos.line === 1 && pos.column > 1 ? 1 : 0;
    return Math.min(start + pos.column - 1 + bom, this.text.length);
  }

  rangeOf(offset: number, length: number): Range {
    return { start: this.positionAt(offset), end: this.positionAt(offset + Math.max(0, length)) };
  }

  /** The text of a 1-based line without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line] ?? this.text.length;
    const text = this.text.slice(start, next).replace(/\r?\n$/, '');
    return line === 1 && this.hasBom ? text.slice(1) : text;
  }
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) starts.push(i + 1);
  }
  return starts;
}

/** A whole-file range for files that have no text worth pointing into. */
export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };

// ---------------------------------------------------------------- what reading a file gave

export type ReadProblem =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary'; offset: number }
  /** `offset`: the byte of the first invalid sequence; `charOffset`: where that is in the (lenient) text. */
  | { kind: 'not-utf8'; offset: number; charOffset: number }
  /** `advice`: what to do, when "check its permissions" is not it. */
  | { kind: 'unreadable'; message: string; advice?: string };

/** The file as it was when read (fstat of the open file): `--fix` writes only over exactly this file. */
export interface ReadStat {
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  gid: number;
  nlink: number;
}

export interface ReadFile {
  file: DiscoveredFile;
  /** Undefined when the bytes could not be turned into text worth parsing (too large, binary, unreadable). */
  source?: SourceFile;
  size: number;
  problems: ReadProblem[];
  /** Set for a regular file that was read. */
  stat?: ReadStat;
}

/** What discovery could not walk into. */
export type DiscoverProblem =
  | { kind: 'symlink-outside-tree'; path: string; target: string }
  | { kind: 'unreadable-dir'; path: string; message: string }
  /** A symlink whose target does not exist or that loops: nothing to read (`target` as the link says it). */
  | { kind: 'broken-symlink'; path: string; target: string; loop: boolean };
