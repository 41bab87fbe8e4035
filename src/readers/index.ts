import type { FileKind } from '../engine/source-file.js';
import { readAgentConfig } from './agent-config.js';
import type { Reader } from './reader.js';

/** Which reader turns each kind of file into facts. Kinds without one are not read yet. */
export const readers: Partial<Record<FileKind, Reader>> = {
  'agent-config': readAgentConfig,
};
