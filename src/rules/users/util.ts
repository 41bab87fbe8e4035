import type { Fleet } from '../../model/fleet.js';
import type { UsersEntryFact } from '../../facts/index.js';
import { isTemplated } from '../../core/template.js';

/**
 * Entries of users/ folders the agent reads as account IDs: every entry whose name does not
 * start with `.` (docs/reference/agent-config.md §3). The users/ folder itself is not an entry, and a name
 * that is a template placeholder (`{{ account_id }}`) is unknown until rendered.
 */
export function accountEntries(fleet: Fleet): UsersEntryFact[] {
  return fleet.usersEntries.filter((e) => !e.usersDir && e.file !== e.dir && e.name !== '' && !e.name.startsWith('.') && !isTemplated(e.name));
}

/** `1234567890123456.txt` → `1234567890123456`: an ID with an extension added. */
export function idWithExtension(name: string): { id: string; extension: string } | undefined {
  const m = /^(\d+)((?:\.[A-Za-z0-9_-]+)+)$/.exec(name);
  return m ? { id: m[1], extension: m[2] } : undefined;
}
