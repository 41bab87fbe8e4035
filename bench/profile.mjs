#!/usr/bin/env node
// Where logtail-lint's time goes: runs it once under --cpu-prof on a generated repo and prints the
// functions with the most self time, then the same time rolled up by module.
//   node bench/profile.mjs [--size 10k] [--top 25] [--bin bin/logtail-lint.js] [--cache unchanged|changed]
// --cache: profile a warm `--cache` run instead (after an unprofiled cold run that fills the cache),
// with nothing changed, or after the first host's ilogtail_config.json moved region (as bench/run.mjs does).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { WORK_DIR, ensureRepo } from './generate.mjs';
import { oneHostMoved } from './lib/cache-change.mjs';

// Native frames, named for the roll-up by module printed after the flat list.
const NATIVE = [
  ['(garbage collector)', /^\(garbage collector\)$/],
  ['(idle: waiting for I/O)', /^\(idle\)$/],
  ['(fs calls)', /^(readdir|fstat|close|openFileHandle|read|lstat|open|stat|realpath|readFileHandle)$/],
  ['web-tree-sitter (wasm)', /^wasm-function/],
];
/** Per dist/ file: the lines where esbuild's `// <path>` module comments are. */
const markers = new Map();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    size: { type: 'string', default: '10k' },
    top: { type: 'string', default: '25' },
    bin: { type: 'string', default: 'bin/logtail-lint.js' },
    cache: { type: 'string' },
  },
});
if (opts.cache !== undefined && !['unchanged', 'changed'].includes(opts.cache)) {
  console.error('--cache takes unchanged or changed');
  process.exit(2);
}

const repo = ensureRepo(opts.size, { log: (m) => console.error(m) });
const profDir = path.join(WORK_DIR, 'profile');
rmSync(profDir, { recursive: true, force: true });
mkdirSync(profDir, { recursive: true });
const lintArgs = [path.resolve(ROOT, opts.bin), '--no-config-lookup', '--format', 'json', '-o', path.join(profDir, 'lint.json')];
if (opts.cache) lintArgs.push('--cache', '--cache-location', path.join(profDir, 'lint-cache'));
lintArgs.push('.');
const lint = (extra) => {
  const run = spawnSync(process.execPath, [...extra, ...lintArgs], { cwd: repo.dir, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0 && run.status !== 1) process.exit(2);
};
let restore = () => {};
if (opts.cache) {
  lint([]); // the cold run, which fills the cache
  if (opts.cache === 'changed') {
    const { file: changed, original, moved } = oneHostMoved(repo.dir);
    restore = () => writeFileSync(changed, original);
    process.on('exit', restore);
    writeFileSync(changed, moved);
  }
}
lint(['--cpu-prof', '--cpu-prof-dir', profDir]);
restore();

const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
const { total, rows, byModule } = selfTimes(JSON.parse(readFileSync(path.join(profDir, file), 'utf8')));
console.log(
  `logtail-lint${opts.cache ? ` --cache (warm, ${opts.cache === 'changed' ? 'one file changed' : 'nothing changed'})` : ''} on ${opts.size} (${repo.total} files): ${(total / 1000).toFixed(0)} ms sampled; profile in ${path.relative(ROOT, profDir)}/${file}`,
);
console.log('self ms     %  function  location');
const line = (us, label) => `${(us / 1000).toFixed(0).padStart(7)}  ${((100 * us) / total).toFixed(1).padStart(4)}  ${label}`;
for (const [key, us] of rows.slice(0, Number(opts.top))) console.log(line(us, key));
console.log('\nby module (esbuild keeps a `// <path>` comment above each bundled module)');
for (const [name, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) console.log(line(us, name));

/** Self time (µs) per function and location, largest first. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const byModule = new Map();
  let sum = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    // Sample i lasts until sample i+1: its duration is timeDeltas[i + 1].
    const us = profile.timeDeltas[i + 1] ?? 0;
    const { callFrame: f } = nodes.get(profile.samples[i]);
    const src = f.url.startsWith('file:') ? path.relative(ROOT, fileURLToPath(f.url)) : f.url;
    const key = `${f.functionName || '(anonymous)'}  ${src ? `${src}:${f.lineNumber + 1}` : ''}`.trim();
    self.set(key, (self.get(key) ?? 0) + us);
    const mod = NATIVE.find(([, re]) => re.test(key))?.[0] ?? moduleOf(f.url, f.lineNumber) ?? (src || '(native)');
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
    sum += us;
  }
  return { total: sum, rows: [...self].sort((a, b) => b[1] - a[1]), byModule };
}

/** The bundled module a line of a dist/ file belongs to: `node_modules/<package>` or `src/<dir>/<file>`. */
function moduleOf(url, line) {
  if (!url.startsWith('file:')) return undefined;
  if (!markers.has(url)) {
    const list = [];
    readFileSync(fileURLToPath(url), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const m = /^\/\/ (node_modules\/(?:@[^/]+\/)?[^/]+|src\/\S+)/.exec(text);
        if (m) list.push([i, m[1]]);
      });
    markers.set(url, list);
  }
  let found;
  for (const [at, name] of markers.get(url)) {
    if (at > line) break;
    found = name;
  }
  return found;
}
