#!/usr/bin/env node
// Where logtail-lint's time goes: runs it once under --cpu-prof on a generated repo and prints the
// functions with the most self time.   node bench/profile.mjs [--size 10k] [--top 25]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { WORK_DIR, ensureRepo } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({ options: { size: { type: 'string', default: '10k' }, top: { type: 'string', default: '25' } } });

const repo = ensureRepo(opts.size, { log: (m) => console.error(m) });
const profDir = path.join(WORK_DIR, 'profile');
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const args = ['--cpu-prof', '--cpu-prof-dir', profDir, path.join(ROOT, 'bin/logtail-lint.js'), '--no-config-lookup', '--format', 'json', '-o', path.join(profDir, 'lint.json'), '.'];
const run = spawnSync(process.execPath, args, { cwd: repo.dir, stdio: ['ignore', 'ignore', 'inherit'] });
if (run.status !== 0 && run.status !== 1) process.exit(2);

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(profDir, file), 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
// Sample i lasts until sample i+1: its duration is timeDeltas[i + 1].
const self = new Map();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const us = profile.timeDeltas[i + 1] ?? 0;
  const { callFrame: f } = nodes.get(profile.samples[i]);
  const src = f.url.startsWith('file:') ? path.relative(ROOT, fileURLToPath(f.url)) : f.url;
  const where = src ? `${src}:${f.lineNumber + 1}` : '';
  const key = `${f.functionName || '(anonymous)'}  ${where}`.trim();
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
}
console.log(`logtail-lint on ${opts.size} (${repo.total} files): ${(total / 1000).toFixed(0)} ms sampled; profile in ${path.relative(ROOT, profDir)}/${file}`);
console.log('self ms    %  function  location');
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) {
  console.log(`${(us / 1000).toFixed(0).padStart(7)}  ${((100 * us) / total).toFixed(1).padStart(4)}  ${key}`);
}
