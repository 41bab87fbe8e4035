/**
 * The reader registry: every file reader, each one entry (which file kinds it takes, a cheap
 * raw-text sniff, and `read`). The engine hands each text file to the readers of its kind; JSON
 * and YAML documents go on to the document readers of src/readers/documents.ts. How to add a
 * reader: src/readers/README.md.
 */
import { agentConfigReader } from './agent-config.js';
import { appInfoReader } from './app-info.js';
import { scriptReader } from './script.js';
import { jsonReader, yamlReader } from './structured.js';
import { terraformJsonReader } from './terraform-json.js';
import { terraformReader } from './terraform.js';
import type { FileReader } from './types.js';
import { userDefinedIdReader } from './user-defined-id.js';
import { usersEntryReader } from './users-entry.js';

export type { DocContext, DocumentReader, FileReader, TextFile } from './types.js';

export const FILE_READERS: readonly FileReader[] = [
  agentConfigReader,
  userDefinedIdReader,
  usersEntryReader,
  appInfoReader,
  jsonReader,
  yamlReader,
  scriptReader,
  terraformReader,
  terraformJsonReader,
];
