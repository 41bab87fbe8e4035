import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Write a file so that a reader sees the old content or the new, never half of it: a temp file
 * in the same folder (rename is atomic only within one file system), then a rename over it.
 * `data` is the content, or a function that writes it in pieces (a large cache, without one
 * buffer holding it all).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array | ((write: (chunk: Uint8Array) => void) => void)): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'w');
    const write = (chunk: Uint8Array) => {
      for (let at = 0; at < chunk.length;) at += writeSync(fd!, chunk, at);
    };
    if (typeof data === 'function') data(write);
    else write(typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, file);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
}
