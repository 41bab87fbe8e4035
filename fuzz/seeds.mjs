/**
 * Realistic seed files, read from the repository: examples/, test/fixtures/real/, the reader
 * fixtures and the file blocks of the rule docs' examples. Each seed is sorted into its reader
 * family by the same path classification discovery uses (dist/file-kinds.js), then by content for
 * the kinds discovery sniffs (.json, .yaml). The list is sorted, so a seed number means the same
 * file on every machine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyFile } from '../dist/file-kinds.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEED_DIRS = ['examples', 'test/fixtures/real', 'test/fixtures/readers'];
const DOCS_DIR = 'docs/rules';

/** The family of a file by its path and text, or undefined when no fuzzed reader takes it. */
export function familyOf(relPath, text) {
  const kind = /(^|\/)users\/[^/]+$/.test(relPath) ? 'users-entry' : classifyFile(relPath);
  switch (kind) {
    case 'agent-config':
    case 'user-defined-id':
    case 'users-entry':
    case 'app-info':
    case 'terraform':
    case 'terraform-json':
      return kind;
    case 'json':
      if (/"(resource_changes|planned_values|prior_state)"/.test(text)) return 'terraform-plan';
      return /ROSTemplateFormatVersion/.test(text) ? 'ros-json' : undefined;
    case 'yaml':
      if (/ROSTemplateFormatVersion/.test(text)) return 'ros-yaml';
      if (/^#cloud-config/.test(text)) return 'script';
      return /^\s*kind:/m.test(text) ? 'kubernetes' : undefined;
    case 'script':
      return 'script';
    default:
      return undefined;
  }
}

function walk(dir, out = []) {
  for (const name of readdirSync(path.join(REPO_ROOT, dir)).sort()) {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(REPO_ROOT, rel)).isDirectory()) walk(rel, out);
    else out.push(rel);
  }
  return out;
}

/** `{ path, text }` of every file block (```lang file=<path>) in the rule docs. */
function docBlocks() {
  const blocks = [];
  for (const page of walk(DOCS_DIR).filter((p) => p.endsWith('.md'))) {
    const lines = readFileSync(path.join(REPO_ROOT, page), 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```\S*.*\bfile=(\S+)/.exec(lines[i]);
      if (!open) continue;
      const end = lines.indexOf('```', i + 1);
      if (end < 0) break;
      blocks.push({ path: open[1], text: `${lines.slice(i + 1, end).join('\n')}\n`, from: `${page}:${i + 1}` });
      i = end;
    }
  }
  return blocks;
}

let cache;
/** family name -> [{ path (where it was found), text, from }] */
export function seedsByFamily() {
  if (cache) return cache;
  cache = new Map();
  const files = SEED_DIRS.flatMap((d) => walk(d)).map((p) => ({ path: p, text: readFileSync(path.join(REPO_ROOT, p), 'utf8'), from: p }));
  for (const seed of [...files, ...docBlocks()]) {
    const family = familyOf(seed.path, seed.text);
    if (!family) continue;
    if (!cache.has(family)) cache.set(family, []);
    cache.get(family).push(seed);
  }
  return cache;
}
