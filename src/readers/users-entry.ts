import type { Facts } from '../facts/index.js';
import type { FileReader, TextFile } from './types.js';

/**
 * An entry of an agent users/ folder: the agent takes every non-dot entry NAME as an account ID,
 * whatever its type or contents (docs/reference/agent-config.md §3). The folder itself arrives too
 * (`usersDir: true`) and is recorded so that rules can see an empty users/ folder.
 */
export const usersEntryReader: FileReader = { name: 'users/ entries', kinds: ['users-entry'], read: readUsersEntry };

function readUsersEntry(file: TextFile, facts: Facts): void {
  const { path } = file.file;
  if (file.file.usersDir) {
    facts.usersEntries.push({ file: path, dir: path, name: basename(path), isDirectory: true, size: 0, usersDir: true });
    return;
  }
  const slash = path.lastIndexOf('/');
  facts.usersEntries.push({
    file: path,
    dir: slash === -1 ? '' : path.slice(0, slash),
    name: basename(path),
    isDirectory: file.file.isDirectory === true,
    size: file.size,
  });
}

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);
