#!/usr/bin/env node
// The floor: the least any tool must do to lint what logtail-lint lints. It finds the same files
// with the same skip rules, reads each once and parses the ones logtail-lint's readers parse,
// with the same parsers, and does nothing else: no model, no rules, no report.
//   node bench/floor.mjs [--async] <dir>   prints {"files": N, "bytes": B, "parsed": {kind: n}}
// I/O is synchronous by default, the cheapest way for one thread; --async does it the way
// src/engine does (fs.promises, at most 32 files in flight) to show what that style costs.
import { promises as fsp } from 'node:fs';
import * as fss from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ignore from 'ignore';
import { PARSERS } from './lib/floor-parsers.mjs';

// Copied from src/engine/file-kinds.ts (the floor must classify exactly as discovery does).
const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const AGENT_FILE_NAMES = new Set(['ilogtail_config.json', 'loongcollector_config.json', 'user_defined_id', 'app_info.json']);
const AGENT_DIR_NAMES = new Set(['ilogtail', 'logtaildata', 'loongcollector']);
const SCRIPT_NAMES = /^(dockerfile(\..+)?|.+\.dockerfile|containerfile|user[-_]data(\..+)?|cloud-init(\..+)?)$/i;

function classify(rel, name) {
  const lower = name.toLowerCase();
  if (name === 'ilogtail_config.json' || name === 'loongcollector_config.json') return 'agent-config';
  if (lower.endsWith('.json') && /(^|\/)instance_config\/local\/[^/]+$/.test(rel)) return 'agent-config';
  if (name === 'user_defined_id') return 'user-defined-id';
  if (name === 'app_info.json') return 'app-info';
  if (lower.endsWith('.tf')) return 'terraform';
  if (lower.endsWith('.tf.json')) return 'terraform-json';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.sh') || lower.endsWith('.bash') || lower.endsWith('.ps1') || SCRIPT_NAMES.test(name)) return 'script';
  return undefined;
}

/** Walk like src/engine/discover.ts: readdir, nested .gitignore via `ignore`, users/ entries. */
async function discover(root, fs) {
  const files = [];
  const ignored = (rel, dir, matchers) =>
    matchers.some((m) => {
      if (m.base !== '' && !rel.startsWith(m.base + '/')) return false;
      const sub = m.base === '' ? rel : rel.slice(m.base.length + 1);
      return m.ig.ignores(dir ? sub + '/' : sub);
    });
  const stack = [{ abs: root, rel: '', matchers: [] }];
  while (stack.length > 0) {
    const { abs, rel: relDir, matchers: inherited } = stack.pop();
    const entries = await fs.readdir(abs, { withFileTypes: true });
    let matchers = inherited;
    if (entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      matchers = [...inherited, { base: relDir, ig: ignore().add(await fs.readFile(path.join(abs, '.gitignore'), 'utf8')) }];
    }
    const names = entries.map((e) => e.name);
    const agentDir = AGENT_DIR_NAMES.has(path.basename(abs).toLowerCase()) || names.some((n) => AGENT_FILE_NAMES.has(n));
    for (const e of entries) {
      const rel = relDir === '' ? e.name : `${relDir}/${e.name}`;
      const entryAbs = path.join(abs, e.name);
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || ignored(rel, true, matchers)) continue;
        if (e.name === 'users' && agentDir) {
          // Every entry of the agent's users/ folder is an account ID: the engine lstat()s each.
          files.push({ kind: 'users-entry', abs: entryAbs });
          for (const u of await fs.readdir(entryAbs, { withFileTypes: true })) {
            if (!u.name.startsWith('.') && !ignored(`${rel}/${u.name}`, u.isDirectory(), matchers)) files.push({ kind: 'users-entry', abs: path.join(entryAbs, u.name) });
          }
          continue;
        }
        stack.push({ abs: entryAbs, rel, matchers });
      } else if (e.isFile()) {
        if (ignored(rel, false, matchers)) continue;
        const kind = classify(rel, e.name);
        if (kind) files.push({ kind, abs: entryAbs });
      }
    }
  }
  return files;
}

/** At most `limit` files in flight (src/engine/read.ts allows 32). */
async function forEachLimit(items, limit, worker) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await worker(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** The few fs calls the floor makes, synchronous or promise-based, behind one shape. */
const SYNC_FS = { readdir: async (...a) => fss.readdirSync(...a), readFile: async (...a) => fss.readFileSync(...a), lstat: async (p) => fss.lstatSync(p) };

export async function floor(root, { async = false } = {}) {
  const fs = async ? fsp : SYNC_FS;
  const files = await discover(path.resolve(root), fs);
  const parsed = {};
  let bytes = 0;
  await forEachLimit(files, async ? 32 : 1, async (f) => {
    if (f.kind === 'users-entry') {
      await fs.lstat(f.abs);
      return;
    }
    const buf = await fs.readFile(f.abs);
    bytes += buf.length;
    const parse = PARSERS[f.kind];
    if (parse && (await parse(buf.toString('utf8')))) parsed[f.kind] = (parsed[f.kind] ?? 0) + 1;
  });
  return { files: files.length, bytes, parsed };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: node bench/floor.mjs [--async] <dir>');
    process.exit(2);
  }
  console.log(JSON.stringify(await floor(dir, { async: args.includes('--async') })));
}
