#!/usr/bin/env node
// Where logtail-lint's time goes: runs it once under --cpu-prof on a generated repo and prints the
// functions with the most self time.
//   node bench/profile.mjs [--size 10k] [--top 25] [--bin bin/logtail-lint.js]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { WORK_DIR, ensureRepo } from './generate.mjs';

// A coarse roll-up printed after the flat list: a bundle hides which package a function is from.
const CATEGORIES = [
  ['garbage collector', /^\(garbage collector\)/],
  ['idle (waiting for I/O)', /^\(idle\)/],
  ['fs calls (libuv round trips)', /^(readdir|fstat|close|openFileHandle|read|lstat|open|stat|realpath|readFileHandle)$/],
  ['tree-sitter (wasm)', /wasm/],
  ['module compile/load', /node:internal\/(modules|bootstrap)/],
];

const OTHER = 'JavaScript (parsers, readers, model, rules, report)';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: { size: { type: 'string', default: '10k' }, top: { type: 'string', default: '25' }, bin: { type: 'string', default: 'bin/logtail-lint.js' } },
});

const repo = ensureRepo(opts.size, { log: (m) => console.error(m) });
const profDir = path.join(WORK_DIR, 'profile');
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const args = ['--cpu-prof', '--cpu-prof-dir', profDir, path.resolve(ROOT, opts.bin), '--no-config-lookup', '--format', 'json', '-o', path.join(profDir, 'lint.json'), '.'];
const run = spawnSync(process.execPath, args, { cwd: repo.dir, stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0 && run.status !== 1) process.exit(2);

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const { total, rows } = selfTimes(JSON.parse(readFileSync(path.join(profDir, file), 'utf8')));
console.log(`logtail-lint on ${opts.size} (${repo.total} files): ${(total / 1000).toFixed(0)} ms sampled; profile in ${path.relative(ROOT, profDir)}/${file}`);
console.log('self ms     %  function  location');
const line = (us, label) => `${(us / 1000).toFixed(0).padStart(7)}  ${((100 * us) / total).toFixed(1).padStart(4)}  ${label}`;
for (const [key, us] of rows.slice(0, Number(opts.top))) console.log(line(us, key));
const rollup = new Map([...CATEGORIES.map(([name]) => [name, 0]), [OTHER, 0]]);
for (const [key, us] of rows) {
  const name = CATEGORIES.find(([, re]) => re.test(key))?.[0] ?? OTHER;
  rollup.set(name, rollup.get(name) + us);
}
console.log('\nby category');
for (const [name, us] of rollup) console.log(line(us, name));

/** Self time (µs) per function and location, largest first. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // Sample i lasts until sample i+1: its duration is timeDeltas[i + 1].
    const us = profile.timeDeltas[i + 1] ?? 0;
    const { callFrame: f } = nodes.get(profile.samples[i]);
    const src = f.url.startsWith('file:') ? path.relative(ROOT, fileURLToPath(f.url)) : f.url;
    const key = `${f.functionName || '(anonymous)'}  ${src ? `${src}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
    sum += us;
  }
  return { total: sum, rows: [...self].sort((a, b) => b[1] - a[1]) };
}
