#!/usr/bin/env node
// Builds what runs: the CLI + library (code-split, so parsers load only when needed) into dist/,
// and with --action the GitHub Action as one committed file in dist/action/.
//   node scripts/build.mjs                 CLI, library, type declarations
//   node scripts/build.mjs --action [--outdir DIR]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdirArg = args.includes('--outdir') ? args[args.indexOf('--outdir') + 1] : undefined;

// The wasm files the HCL reader loads at run time, copied next to the bundle that loads them.
const WASM = [
  'node_modules/web-tree-sitter/web-tree-sitter.wasm',
  'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
];

const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** A hash of what the build is made of (sources, schemas, locked dependencies): the lint cache is only reused by the same build. */
function buildId() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else hash.update(`${path.relative(root, p)}\0`).update(readFileSync(p));
    }
  };
  for (const dir of ['src', 'schemas']) walk(path.join(root, dir));
  hash.update(readFileSync(path.join(root, 'package-lock.json')));
  return hash.digest('hex').slice(0, 12);
}

const common = {
  bundle: true,
  // src/core/version.ts: only the version string goes into bundles, not package.json.
  define: { __LOGTAIL_LINT_VERSION__: JSON.stringify(version), __LOGTAIL_LINT_BUILD__: JSON.stringify(buildId()) },
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // jsonc-parser's UMD build does a dynamic require that breaks in a bundle; its ESM build works.
  mainFields: ['module', 'main'],
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __logtailLintRequire } from 'node:module'; const require = __logtailLintRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

function copyWasm(outdir) {
  for (const file of WASM) copyFileSync(path.join(root, file), path.join(outdir, path.basename(file)));
}

if (args.includes('--action')) {
  const outdir = path.resolve(root, outdirArg ?? 'dist/action');
  mkdirSync(outdir, { recursive: true });
  // One file, no chunks: GitHub runs `main:` straight from the repository checkout.
  // The SLS SDK (doctor --cloud only) is an optional peer with a native lz4 binding esbuild cannot bundle.
  await build({ ...common, entryPoints: ['src/action.ts'], outfile: path.join(outdir, 'index.js'), splitting: false, external: ['@alicloud/*'] });
  copyWasm(outdir);
} else {
  const outdir = path.resolve(root, outdirArg ?? 'dist');
  // Chunk names carry content hashes and declarations follow the sources: clear old ones so a
  // local `npm pack` ships only these.
  for (const f of ['cli.js', 'index.js', 'file-kinds.js', 'chunks', 'types']) rmSync(path.join(outdir, f), { force: true, recursive: true });
  await build({
    ...common,
    // file-kinds: what discovery reads, for tools that must match it (bench/floor.mjs).
    entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts', 'file-kinds': 'src/core/file-kinds.ts' },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    // @actions/core belongs to the Action only: keep it out of the CLI. The SLS SDK is an optional
    // peer dependency that doctor --cloud loads with import() from node_modules (native lz4 binding).
    external: ['@actions/core', '@alicloud/*'],
  });
  copyWasm(outdir);
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
}
