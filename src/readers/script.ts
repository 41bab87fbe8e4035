import type { Reader } from './reader.js';
import { SHELL_SNIFF, scanShellText } from './shell.js';
import { readStructured } from './structured.js';

/**
 * Shell and PowerShell scripts, Dockerfiles and cloud-init user data: install commands and
 * identity-file writes. User data that is really `#cloud-config` YAML is read as YAML.
 */
export const readScript: Reader = (file, facts) => {
  const { text } = file.source;
  if (!SHELL_SNIFF.test(text)) return;
  if (/^\uFEFF?\s*#cloud-config/.test(text)) return readStructured(file, facts, 'yaml');
  scanShellText(text, 0, file.source, file.file.path, facts);
};
