/**
 * Baselines (`--write-baseline`, `--baseline`, the config's `baseline`): keyed by what survives
 * edits, so moved findings stay matched and changed values come back as new.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint, type LintResult } from '../../src/engine/lint.js';
import { baselineEntries, formatBaseline, readBaseline, writeBaseline } from '../../src/engine/baseline.js';
import { main } from '../../src/cli/main.js';
import { writeTree } from '../helpers.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of examples/ (real files with 21 planted mistakes) to edit. */
function examplesCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'logtail-lint-baseline-'));
  made.push(dir);
  cpSync(EXAMPLES, dir, { recursive: true });
  return dir;
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

/** Lint `dir` and record every finding in `<dir>/<name>`; returns the findings recorded. */
async function record(dir: string, name = '.logtail-lint-baseline.json'): Promise<LintResult> {
  const result = await lint({ cwd: dir });
  writeBaseline(path.join(dir, name), baselineEntries(result.diagnostics, result.source, path.join(dir, name), dir));
  return result;
}

const brief = (r: LintResult) => r.diagnostics.map((d) => `${d.ruleId} ${d.file}:${d.range.start.line}`);

describe('baseline', () => {
  it('a run against its own baseline reports nothing, and writing it again gives the same bytes', async () => {
    const dir = examplesCopy();
    const before = await record(dir);
    expect(before.diagnostics.length).toBe(21);
    const file = path.join(dir, '.logtail-lint-baseline.json');
    const text = readFileSync(file, 'utf8');
    const after = await lint({ cwd: dir, baseline: '.logtail-lint-baseline.json' });
    expect(after.diagnostics).toEqual([]);
    expect(after.baselined.map((d) => d.fingerprint)).toEqual(before.diagnostics.map((d) => d.fingerprint));
    expect(after.baseline).toEqual({ file, matched: 21, stale: 0 });
    await record(dir);
    expect(readFileSync(file, 'utf8')).toBe(text);
    // Sorted by file, then rule; one finding per line; a version field.
    const data = JSON.parse(text);
    expect(data.version).toBe(1);
    const keys = data.findings.map((e: { file: string; rule: string }) => `${e.file}\0${e.rule}`);
    expect(keys).toEqual([...keys].sort());
    expect(text.split('\n').filter((l) => l.startsWith('    {"file":')).length).toBe(data.findings.length);
    expect(data.findings).toContainEqual({
      file: 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json',
      rule: 'config/quoted-number',
      pointer: '/max_bytes_per_sec',
      text: '"2097152"',
      count: 1,
    });
    expect(data.findings).toContainEqual({ file: 'terraform/sls.tf', rule: 'machine-group/invalid-ip', address: 'alicloud_log_machine_group.db', text: '"10.0.2.0/24"', count: 1 });
  });

  it('lines inserted above findings and resources reordered leave them matched; a changed value is new and its old entry stale', async () => {
    const dir = examplesCopy();
    await record(dir);
    edit(dir, 'terraform/sls.tf', (t) => {
      // The db group moved below the bastion one, and comments above everything.
      const db = t.slice(t.indexOf('# Database hosts'), t.indexOf('resource "alicloud_instance"'));
      return `# managed by terraform\n# do not edit by hand\n\n${t.replace(db, '')}\n${db}`;
    });
    edit(dir, 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json', (t) => t.replace('{\n', '{\n\n\n'));
    edit(dir, 'ros/machine-groups.yaml', (t) => `# reviewed 2026-01\n\n${t}`);
    edit(dir, 'scripts/install-logtail.sh', (t) => t.replace('\n', '\n# install the agent\n\n'));
    const moved = await lint({ cwd: dir, baseline: '.logtail-lint-baseline.json' });
    expect(brief(moved)).toEqual([]);
    expect(moved.baseline!.matched).toBe(21);
    expect(moved.baselined.find((d) => d.ruleId === 'machine-group/invalid-ip')!.range.start.line).toBeGreaterThan(30);

    edit(dir, 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json', (t) => t.replace('"2097152"', '"4194304"'));
    edit(dir, 'terraform/sls.tf', (t) => t.replace('"10.0.2.0/24"', '"10.0.3.0/24"'));
    const changed = await lint({ cwd: dir, baseline: '.logtail-lint-baseline.json' });
    expect(brief(changed)).toEqual(['config/quoted-number hosts/web-02/usr/local/ilogtail/ilogtail_config.json:10', 'machine-group/invalid-ip terraform/sls.tf:40']);
    expect(changed.baseline).toMatchObject({ matched: 19, stale: 2 });
  });

  it('counts identical keys, and tells two resources with the same mistake apart by their address', async () => {
    const group = (name: string) =>
      // each name long enough to be valid
      `resource "alicloud_log_machine_group" "${name}" {\n  name          = "${name}"\n  identify_type = "ip"\n  identify_list = ["10.0.0.0/24"]\n}\n`;
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'sls.tf': group('group-a') + group('group-b') });
    await record(dir);
    const entries = JSON.parse(readFileSync(path.join(dir, '.logtail-lint-baseline.json'), 'utf8')).findings;
    expect(entries.filter((e: { rule: string }) => e.rule === 'machine-group/invalid-ip').map((e: { address: string }) => e.address)).toEqual([
      'alicloud_log_machine_group.group-a',
      'alicloud_log_machine_group.group-b',
    ]);
    // A third group with the same mistake, written first in the file: it is the new one.
    writeFileSync(path.join(dir, 'sls.tf'), group('group-c') + group('group-a') + group('group-b'));
    const r = await lint({ cwd: dir, baseline: '.logtail-lint-baseline.json' });
    expect(r.diagnostics.map((d) => `${d.ruleId} ${d.address}`)).toEqual(['machine-group/invalid-ip alicloud_log_machine_group.group-c']);

    // Without a pointer or an address, the count decides: a repeated line is one new finding.
    const ids = writeTree({ '.logtail-lint.json': '{}\n', 'h/etc/ilogtail/user_defined_id': 'web prod\nweb prod\n' });
    await record(ids);
    expect(JSON.parse(readFileSync(path.join(ids, '.logtail-lint-baseline.json'), 'utf8')).findings).toContainEqual({
      file: 'h/etc/ilogtail/user_defined_id',
      rule: 'user-defined-id/internal-space',
      text: 'web prod',
      count: 2,
    });
    writeFileSync(path.join(ids, 'h/etc/ilogtail/user_defined_id'), 'web prod\nweb prod\nweb prod\n');
    const again = await lint({ cwd: ids, baseline: '.logtail-lint-baseline.json' });
    expect(again.diagnostics.filter((d) => d.ruleId === 'user-defined-id/internal-space').map((d) => d.range.start.line)).toEqual([3]);
  });

  it('matches an entry written under a rule’s former ID', async () => {
    const dir = writeTree({
      '.logtail-lint.json': '{}\n',
      'install.sh': 'curl -O https://logtail-release-cn-hangzhou.oss-cn-hangzhou.aliyuncs.com/linux64/logtail.sh\n./logtail.sh install cn-hangzou\n',
    });
    const result = await lint({ cwd: dir });
    const renamed = result.diagnostics.find((d) => d.formerId !== undefined);
    expect(renamed, 'a finding of a renamed rule').toBeDefined();
    const file = path.join(dir, 'old.json');
    const entries = baselineEntries(result.diagnostics, result.source, file, dir).map((e) => (e.rule === renamed!.ruleId ? { ...e, rule: renamed!.formerId! } : e));
    writeFileSync(file, formatBaseline(entries));
    expect((await lint({ cwd: dir, baseline: 'old.json' })).diagnostics).toEqual([]);
  });

  it('paths are relative to the baseline file, so the config’s baseline works from another working directory', async () => {
    const dir = examplesCopy();
    await record(dir, 'ci/baseline.json');
    writeFileSync(path.join(dir, '.logtail-lint.json'), readFileSync(path.join(dir, '.logtail-lint.json'), 'utf8').replace('{', '{\n  "baseline": "ci/baseline.json",'));
    expect(readBaseline(path.join(dir, 'ci/baseline.json')).entries[0].file).toMatch(/^\.\.\/hosts\//);
    const fromAbove = await lint({ cwd: path.dirname(dir), patterns: [path.basename(dir)] });
    expect(fromAbove.diagnostics).toEqual([]);
    expect(fromAbove.baseline).toMatchObject({ file: path.join(dir, 'ci/baseline.json'), matched: 21, stale: 0 });
    // Only the files a pre-commit run reports on count towards stale entries (findings about them elsewhere match).
    const one = await lint({ cwd: dir, patterns: ['.'], reportOnly: ['terraform/sls.tf'] });
    expect(one.diagnostics).toEqual([]);
    expect(one.baseline).toMatchObject({ matched: one.baselined.length, stale: 0 });
    expect(one.baselined.filter((d) => d.file === 'terraform/sls.tf')).toHaveLength(3);
  });

  it('a missing, corrupt or wrong-version baseline is a usage error of one line (exit 2)', async () => {
    const dir = writeTree({
      '.logtail-lint.json': '{}\n',
      'a.json': '{}\n',
      'broken.json': '{"version": 1, "findings": [',
      'v2.json': '{"version": 2, "findings": []}',
      'bad.json': '{"version": 1, "findings": [{"file": "a", "rule": "x", "text": "", "count": 0}]}',
    });
    const run = async (...args: string[]) => {
      let err = '';
      const code = await main(args, { cwd: dir, stderr: (t) => void (err += t), stdout: () => {} });
      return { code, err };
    };
    for (const [name, why] of [
      ['missing.json', 'baseline file not found'],
      ['broken.json', 'not valid JSON'],
      ['v2.json', 'version 2, but this logtail-lint reads version 1'],
      ['bad.json', 'findings[0] has a "count" that is not a whole number of at least 1'],
    ]) {
      const { code, err } = await run('--baseline', name);
      expect(code).toBe(2);
      expect(err).toContain(why);
      expect(err.trim().split('\n')).toHaveLength(1);
    }
    // Writing does not read the old file, so a broken one is simply replaced.
    const { code, err } = await run('--write-baseline=broken.json');
    expect({ code, err }).toEqual({ code: 0, err: 'logtail-lint: wrote 0 findings to the baseline broken.json.\n' });
    expect(readBaseline(path.join(dir, 'broken.json')).entries).toEqual([]);
  });
});

describe('baseline in the CLI', () => {
  it('--write-baseline records everything and exits 0; --baseline then reports only new findings, with the counts in stderr and JSON', async () => {
    const dir = examplesCopy();
    const io = () => {
      const o = { out: '', err: '' };
      return { o, io: { cwd: dir, stdout: (t: string) => void (o.out += t), stderr: (t: string) => void (o.err += t) } };
    };
    const w = io();
    expect(await main(['--write-baseline'], w.io)).toBe(0);
    expect(w.o).toEqual({ out: '', err: 'logtail-lint: wrote 21 findings to the baseline .logtail-lint-baseline.json.\n' });

    edit(dir, 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json', (t) => t.replace('"2097152"', '"4194304"'));
    const r = io();
    expect(await main(['--baseline', '.logtail-lint-baseline.json', '-f', 'json'], r.io)).toBe(1);
    const report = JSON.parse(r.o.out);
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['config/quoted-number']);
    expect(report.summary).toMatchObject({ errors: 1, baseline: { file: '.logtail-lint-baseline.json', matched: 20, stale: 1 } });
    expect(r.o.err).toBe(
      'logtail-lint: 20 findings matched the baseline .logtail-lint-baseline.json and are not reported; 1 of its findings no longer occurs (run --write-baseline to drop them).\n',
    );

    // Warnings only: exit 0 although the baseline holds errors.
    edit(dir, 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json', (t) => t.replace('"4194304"', '"2097152"'));
    const q = io();
    expect(await main(['--baseline', '.logtail-lint-baseline.json', '-f', 'github'], q.io)).toBe(0);
    expect(q.o.out).toBe('');
  });
});
