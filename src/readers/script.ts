import type { Facts } from '../facts/index.js';
import { isDockerfile, readDockerfile } from './dockerfile.js';
import { SCRIPT_SNIFF, scanShellText } from './shell.js';
import { readStructured } from './structured.js';
import type { FileReader, TextFile } from './types.js';

/**
 * Shell and PowerShell scripts, Dockerfiles and cloud-init user data: install commands,
 * identity-file writes and `docker run -e` settings of the agent's env vars; in a Dockerfile
 * also its `ENV`/`ARG` settings and agent `FROM` images. User data that is really
 * `#cloud-config` YAML is read as YAML.
 */
export const scriptReader: FileReader = { name: 'scripts, Dockerfiles and cloud-init user data', kinds: ['script'], sniff: SCRIPT_SNIFF, read: readScript };

function readScript(file: TextFile, facts: Facts): void {
  const { text } = file.source;
  if (/^\uFEFF?\s*#cloud-config/.test(text)) return readStructured(file, facts, 'yaml');
  if (isDockerfile(file.file.path)) readDockerfile(file.source, file.file.path, facts);
  scanShellText(text, 0, file.source, file.file.path, facts);
}
