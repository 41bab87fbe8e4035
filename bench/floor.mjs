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

// The engine's own classifier (a small dependency-free module of the build), so the floor
// reads exactly the files discovery reads.
const { ALWAYS_SKIPPED_DIRS, classifyFile, isAgentUsersDir } = await import(new URL('../dist/file-kinds.js', import.meta.url).href).catch(() => {
  throw new Error('bench/floor.mjs needs the build: run `npm run build` first');
});

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
    const agentDir = isAgentUsersDir(path.basename(abs), names);
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
        const kind = classifyFile(rel);
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
