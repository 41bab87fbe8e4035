/**
 * Output files are written through a temporary file and a rename, so a symlink a repository put
 * where a report goes (`out.sarif -> ~/.bashrc`) is replaced, never followed; a linked folder
 * leading out of the tree is refused; `--init` never writes through a link, even a dangling one.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { node24Missing, runAction } from '../delivery/runner.js';
import { runBin } from './run-bin.js';

const BAD = { '.logtail-lint.json': '{}\n', 'a.json': '{"a": 1}\0\n' };

describe('output files never follow a link out', () => {
  it('-o over a symlink replaces the link; the file it pointed at is untouched', () => {
    const outside = writeTree({ bashrc: 'export SAFE=1\n' });
    const dir = writeTree({ ...BAD, 'out.sarif': { symlink: path.join(outside, 'bashrc') } });
    const r = runBin(['-f', 'sarif', '-o', 'out.sarif', '.'], dir);
    expect(r.status, r.stderr).toBe(1);
    expect(readFileSync(path.join(outside, 'bashrc'), 'utf8')).toBe('export SAFE=1\n');
    expect(lstatSync(path.join(dir, 'out.sarif')).isFile()).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('-o into a linked folder that leads out of the tree is refused, and nothing is written there', () => {
    const outside = writeTree({ '.keep': '' });
    const dir = writeTree({ ...BAD, reports: { symlink: outside } });
    const r = runBin(['-f', 'json', '-o', 'reports/out.json', '.'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^logtail-lint: cannot write --output-file reports\/out\.json \(.*reports leads out of .* through a symlink\)\.\n$/);
    expect(existsSync(path.join(outside, 'out.json'))).toBe(false);
  });

  it('-o to a path outside the tree that the user names is written as asked', () => {
    const outside = writeTree({ '.keep': '' });
    const dir = writeTree(BAD);
    expect(runBin(['-f', 'json', '-o', path.join(outside, 'r/out.json'), '.'], dir).status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(outside, 'r/out.json'), 'utf8')).diagnostics).toHaveLength(1);
  });

  it('--init never writes through a dangling .logtail-lint.json link', () => {
    const outside = writeTree({ '.keep': '' });
    const dir = writeTree({ '.logtail-lint.json': { symlink: path.join(outside, 'created-by-init') } });
    const r = runBin(['--init'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('(EEXIST); not overwriting anything.');
    expect(existsSync(path.join(outside, 'created-by-init'))).toBe(false);
  });

  it.skipIf(node24Missing() !== undefined && !process.env.CI)('the Action: a sarif-file symlink in the repository is replaced, not followed', () => {
    const outside = writeTree({ 'target.sh': 'echo safe\n' });
    const ws = writeTree({ ...BAD, 'logtail-lint.sarif': { symlink: path.join(outside, 'target.sh') } });
    const r = runAction(ws, { inputs: { 'sarif-file': 'logtail-lint.sarif' } });
    expect(r.status, r.stderr).toBe(1);
    expect(readFileSync(path.join(outside, 'target.sh'), 'utf8')).toBe('echo safe\n');
    expect(lstatSync(path.join(ws, 'logtail-lint.sarif')).isFile()).toBe(true);
    const linked = writeTree({ ...BAD, reports: { symlink: outside } });
    const refused = runAction(linked, { inputs: { 'sarif-file': 'reports/out.sarif' } });
    expect(refused.failures[0]).toMatch(/^::error::logtail-lint: cannot write sarif-file reports\/out\.sarif \(.*through a symlink\)\.$/);
    expect(existsSync(path.join(outside, 'out.sarif'))).toBe(false);
  });
});
