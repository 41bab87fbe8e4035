import { promises as fs } from 'node:fs';
import { mapLimit } from './concurrency.js';
import { SourceFile, type DiscoveredFile } from './source-file.js';

export type ReadProblem =
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'binary'; offset: number }
  | { kind: 'not-utf8'; offset: number }
  | { kind: 'unreadable'; message: string };

export interface ReadFile {
  file: DiscoveredFile;
  /** Undefined when the bytes could not be turned into text worth parsing (too large, binary, unreadable). */
  source?: SourceFile;
  size: number;
  problems: ReadProblem[];
}

export interface ReadOptions {
  maxFileSize: number;
  concurrency?: number;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Read every discovered file once, with a bounded number of open files. */
export function readAll(files: readonly DiscoveredFile[], options: ReadOptions): Promise<ReadFile[]> {
  return mapLimit(files, options.concurrency ?? 32, (f) => readOne(f, options));
}

export async function readOne(file: DiscoveredFile, options: ReadOptions): Promise<ReadFile> {
  if (file.kind === 'users-entry') return readUsersEntry(file);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file.absPath, 'r');
    const { size } = await handle.stat();
    if (size > options.maxFileSize) {
      return { file, size, problems: [{ kind: 'too-large', size, limit: options.maxFileSize }] };
    }
    const bytes = await handle.readFile();
    return decode(file, bytes);
  } catch (err) {
    return { file, size: 0, problems: [{ kind: 'unreadable', message: (err as NodeJS.ErrnoException).code ?? String(err) }] };
  } finally {
    await handle?.close();
  }
}

/** Turn bytes into a SourceFile, recording binary content and invalid UTF-8 as problems. */
export function decode(file: DiscoveredFile, bytes: Uint8Array): ReadFile {
  const size = bytes.length;
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul !== -1) return { file, size, problems: [{ kind: 'binary', offset: nul }] };
  const hasBom = size >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const problems: ReadProblem[] = [];
  let text: string;
  try {
    // The BOM stays in the text (as U+FEFF) so positions match what the agent sees.
    text = utf8Strict.decode(bytes.subarray(hasBom ? 3 : 0));
    if (hasBom) text = '\uFEFF' + text;
  } catch {
    text = utf8Lenient.decode(bytes);
    problems.push({ kind: 'not-utf8', offset: firstInvalidUtf8(bytes) });
  }
  return { file, size, problems, source: new SourceFile(file, text, hasBom) };
}

async function readUsersEntry(file: DiscoveredFile): Promise<ReadFile> {
  try {
    const st = await fs.lstat(file.absPath);
    return { file, size: st.isFile() ? st.size : 0, problems: [], source: new SourceFile(file, '', false) };
  } catch (err) {
    return { file, size: 0, problems: [{ kind: 'unreadable', message: (err as NodeJS.ErrnoException).code ?? String(err) }] };
  }
}

/** Byte offset of the first invalid UTF-8 sequence (for the diagnostic's position). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : (b & 0xf8) === 0xf0 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
