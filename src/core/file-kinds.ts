import type { FileKind } from './source-file.js';

/** Names of the agent's own files: one in a folder makes a sibling `users/` an account folder. */
export const AGENT_FILE_NAMES = new Set([
  'ilogtail_config.json',
  'loongcollector_config.json',
  'user_defined_id',
  'app_info.json',
]);

/** Folder names the agent keeps `users/` in (`/etc/ilogtail`, `C:\LogtailData`, LoongCollector's `conf`). */
const AGENT_DIR_NAMES = new Set(['ilogtail', 'logtaildata', 'loongcollector']);

/** Is `users/` inside `parentDir` the agent's account folder? */
export function isAgentUsersDir(parentDirName: string, siblingNames: readonly string[]): boolean {
  if (AGENT_DIR_NAMES.has(parentDirName.toLowerCase())) return true;
  return siblingNames.some((n) => AGENT_FILE_NAMES.has(n));
}

// .tftpl / .tpl: Terraform templatefile() user data, where install commands usually live.
const SCRIPT_EXTENSIONS = ['.sh', '.bash', '.ps1', '.tftpl', '.tpl'];
const SCRIPT_NAMES = /^(dockerfile(\..+)?|.+\.dockerfile|containerfile|user[-_]data(\..+)?|cloud-init(\..+)?)$/i;

/**
 * The kind of a regular file from its path alone, or undefined when logtail-lint has nothing
 * to read in it. `relPath` is `/`-separated.
 */
export function classifyFile(relPath: string): FileKind | undefined {
  const slash = relPath.lastIndexOf('/');
  const name = relPath.slice(slash + 1);
  const lower = name.toLowerCase();
  if (name === 'ilogtail_config.json' || name === 'loongcollector_config.json') return 'agent-config';
  if (lower.endsWith('.json') && /(^|\/)instance_config\/local\/[^/]+$/.test(relPath)) return 'agent-config';
  if (name === 'user_defined_id') return 'user-defined-id';
  if (name === 'app_info.json') return 'app-info';
  if (lower.endsWith('.tf')) return 'terraform';
  if (lower.endsWith('.tf.json')) return 'terraform-json';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (SCRIPT_EXTENSIONS.some((e) => lower.endsWith(e)) || SCRIPT_NAMES.test(name)) return 'script';
  return undefined;
}

/** Folders discovery never enters, whatever the ignores say. */
export const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
