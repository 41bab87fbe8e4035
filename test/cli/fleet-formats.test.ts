/** `-f summary` and `-f html` through the built bin, as a user runs them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { FLEET_TREE } from '../formatters/fleet-fixture.js';
import { runBin } from './run-bin.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('fleet view formats (spawned bin)', () => {
  it('-f summary prints the fleet view of examples/ as Markdown; findings still set the exit code', () => {
    const r = runBin(['examples/', '-f', 'summary'], ROOT);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^# logtail-lint: fleet view\n\n\*\*7 hosts \(6 folders of agent files, 1 container\)\*\* · \*\*5 machine groups\*\* in 1 project · \*\*3 joins\*\*/);
    expect(r.stdout).toContain('| `examples/hosts/web-03`');
    expect(r.stdout).toContain('`web-prod\\r`, `api-prod\\r`');
    expect(r.stdout.endsWith('\n')).toBe(true);
  });

  it('-f html -o writes one page whose file links are relative to its folder; stylish still goes to stdout', () => {
    const dir = writeTree(FLEET_TREE);
    const r = runBin(['--no-config-lookup', '-f', 'html', '-o', 'out/report.html', '-f', 'stylish'], dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('user-defined-id/crlf');
    const page = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<a href="../hosts/crlf/etc/ilogtail/user_defined_id#L1" class="loc"');
    // Without -o the links are relative to the working directory.
    const stdout = runBin(['--no-config-lookup', '-f', 'html'], dir).stdout;
    expect(stdout).toContain('<a href="hosts/crlf/etc/ilogtail/user_defined_id#L1" class="loc"');
  });

  it("docs/fleet-view.md's excerpt is what -f summary prints for examples/", () => {
    const doc = readFileSync(path.join(ROOT, 'docs/fleet-view.md'), 'utf8');
    const excerpt = /```markdown\n([\s\S]*?)```/.exec(doc)![1].split('\n').filter((l) => l !== '');
    expect(excerpt.length).toBeGreaterThan(8);
    const real = new Set(runBin(['examples/', '-f', 'summary'], ROOT).stdout.split('\n'));
    expect(excerpt.filter((l) => !real.has(l))).toEqual([]);
  });

  it('--help lists the two formats', () => {
    expect(runBin(['--help'], ROOT).stdout).toContain('stylish (default), json, sarif, github, junit, summary (the fleet\n                               view as Markdown), html (one self-contained page); repeatable');
  });
});
