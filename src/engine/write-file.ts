/**
 * How `--fix` writes a file: never in place. The new text goes to a temporary file in the same
 * folder, with the original's mode (and owner, where the process may set it), is flushed to disk,
 * and is renamed over the original only if the original is still exactly the file that was read.
 * rename(2) within one folder is atomic, so a run killed at any point leaves the old file or the
 * new one, never a mix (at worst a `.logtail-lint-*.tmp` file beside it).
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import type { ReadStat } from '../core/source-file.js';

export type ReplaceOutcome = { ok: true } | { ok: false; reason: string };

/** The temporary file's name: short (the original's name may be near NAME_MAX), hidden, and of no kind logtail-lint reads. */
export const TEMP_FILE = /^\.logtail-lint-[0-9a-f]{16}\.tmp$/;

/**
 * Replace the file at `absPath` by `output`, if it is still the file that was read: the same
 * inode, size, modification time and bytes (`read`, `readBytes`). A link is followed to its
 * target (the link stays a link); a file with several hard links is left alone (a rename would
 * split them).
 */
export function replaceFile(absPath: string, read: ReadStat, readBytes: Uint8Array, output: Uint8Array): ReplaceOutcome {
  let target: string;
  try {
    target = realpathSync(absPath);
  } catch (err) {
    return { ok: false, reason: `it cannot be found any more (${(err as NodeJS.ErrnoException).code ?? err})` };
  }
  const changed = changedSinceRead(target, read, readBytes);
  if (changed) return { ok: false, reason: changed };
  if (read.nlink > 1) return { ok: false, reason: `it has ${read.nlink} hard links, and writing a new file would split them; fix it by hand` };

  const temp = path.join(path.dirname(target), `.logtail-lint-${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    for (let at = 0; at < output.length;) at += writeSync(fd, output, at, output.length - at);
    fchmodSync(fd, read.mode & 0o7777);
    if (fstatSync(fd).uid !== read.uid || fstatSync(fd).gid !== read.gid) {
      try {
        fchownSync(fd, read.uid, read.gid);
      } catch {
        // Not permitted (not root, another owner): the new file is the writer's, as any editor's would be.
      }
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // The last look before the rename: the window in which another writer goes unseen is this short.
    const changedMeanwhile = changedSinceRead(target, read, readBytes);
    if (changedMeanwhile) throw new Refused(changedMeanwhile);
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    return { ok: false, reason: err instanceof Refused ? err.message : `it could not be written (${(err as NodeJS.ErrnoException).code ?? err})` };
  }
  syncFolder(path.dirname(target));
  return { ok: true };
}

class Refused extends Error {}

/** Why `target` is not the file that was read any more, or undefined when it is. */
function changedSinceRead(target: string, read: ReadStat, readBytes: Uint8Array): string | undefined {
  let now;
  try {
    now = lstatSync(target);
  } catch (err) {
    return `it cannot be found any more (${(err as NodeJS.ErrnoException).code ?? err})`;
  }
  if (!now.isFile() || now.dev !== read.dev || now.ino !== read.ino) return 'it was replaced on disk after it was read';
  if (now.size !== read.size || now.mtimeMs !== read.mtimeMs) return 'it changed on disk after it was read';
  let bytes: Buffer;
  try {
    bytes = readFileSync(target);
  } catch (err) {
    return `it cannot be read any more (${(err as NodeJS.ErrnoException).code ?? err})`;
  }
  return bytes.equals(readBytes) ? undefined : 'it changed on disk after it was read';
}

/** Make the rename itself durable (best effort: not every file system lets a folder be synced). */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // nothing more to do
  }
}

/**
 * Write an output file (`-o`, the Action's `sarif-file`) whole, through a temporary file renamed
 * over the target: a symlink a repository put at that path is replaced, never followed, so a link
 * such as `out.sarif -> ~/.bashrc` cannot make a run overwrite another file. When the path is
 * inside `root` (the folder linted, the workspace), its folder must really be there too: a linked
 * folder leading out of it is refused. Folders are created as needed.
 */
export function writeOutputFile(file: string, data: string, root: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const rootReal = realpathSync(root);
  if (isInside(path.resolve(file), path.resolve(root)) && !isInside(realpathSync(dir), rootReal)) {
    throw Object.assign(new Error(`${dir} leads out of ${root} through a symlink`), { code: 'ESYMLINKOUT' });
  }
  const temp = path.join(dir, `.logtail-lint-${randomBytes(8).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx', mode: 0o644 });
    renameSync(temp, file);
  } catch (err) {
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    throw err;
  }
}

const isInside = (p: string, root: string) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
