import type { Facts } from '../facts/index.js';
import { SHELL_SNIFF, scanShellText } from './shell.js';
import { readStructured } from './structured.js';
import type { FileReader, TextFile } from './types.js';

/**
 * Shell and PowerShell scripts, Dockerfiles and cloud-init user data: install commands and
 * identity-file writes. User data that is really `#cloud-config` YAML is read as YAML.
 */
export const scriptReader: FileReader = { name: 'scripts, Dockerfiles and cloud-init user data', kinds: ['script'], sniff: SHELL_SNIFF, read: readScript };

function readScript(file: TextFile, facts: Facts): void {
  const { text } = file.source;
  if (/^\uFEFF?\s*#cloud-config/.test(text)) return readStructured(file, facts, 'yaml');
  scanShellText(text, 0, file.source, file.file.path, facts);
}
