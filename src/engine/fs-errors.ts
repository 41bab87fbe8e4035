/** How discovery and reading name what the file system did, in words a user can act on. */
import type { Stats } from 'node:fs';

/** What kind of file a non-regular one is, for the message; undefined for a regular file. */
export function notRegular(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isFIFO()) return 'FIFO (named pipe)';
  if (stat.isSocket()) return 'socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'device';
  if (stat.isDirectory()) return 'folder';
  return 'special file';
}

/**
 * The error code of a failed read, said plainly where the code alone misleads: Node reads names
 * as UTF-8, so a name that is not valid UTF-8 comes back with U+FFFD and cannot be opened by it.
 */
export function errorText(err: unknown, absPath: string): string {
  const code = (err as NodeJS.ErrnoException).code ?? String(err);
  if (code === 'ENOENT' && absPath.includes('\uFFFD')) return 'ENOENT: its name, or a folder name above it, is not valid UTF-8';
  if (code === 'ELOOP') return 'ELOOP: a symlink loop';
  return code;
}
