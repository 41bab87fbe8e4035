/**
 * The pre-commit hooks, run by the real pre-commit client (Debian's package; .ci/run installs it)
 * with `pre-commit try-repo` against this repository, as a user's `.pre-commit-config.yaml` would.
 * Skipped only on a developer machine without pre-commit; in CI it must run.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classifyFile } from '../../src/core/file-kinds.js';
import { writeTree } from '../helpers.js';
import { REPO, userShellEnv } from './runner.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
  require_serial: boolean;
}
const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** pre-commit's `files` is a Python regex; ours only uses a leading `(?i)`, which JS spells as a flag. */
function filesRegex(hook: Hook): RegExp {
  return hook.files.startsWith('(?i)') ? new RegExp(hook.files.slice(4), 'i') : new RegExp(hook.files);
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares the node hook and the system hook, both reading the whole repo and reporting on the passed files', () => {
    expect(hooks.map((h) => [h.id, h.language])).toEqual([
      ['logtail-lint', 'node'],
      ['logtail-lint-system', 'system'],
    ]);
    for (const h of hooks) {
      expect(h.entry).toBe('logtail-lint --context .');
      expect(h.pass_filenames).toBe(true);
      expect(h.require_serial).toBe(true);
    }
  });

  it('`files` matches every file kind logtail-lint reads', () => {
    const read = [
      'ilogtail_config.json',
      'etc/ilogtail/ilogtail_config.json',
      'conf/loongcollector_config.json',
      'etc/ilogtail/instance_config/local/override.json',
      'etc/ilogtail/user_defined_id',
      'usr/local/ilogtail/app_info.json',
      'etc/ilogtail/users/1234567890123456',
      'C/LogtailData/users/1234567890123456.txt',
      'terraform/main.tf',
      'terraform/main.tf.json',
      'sls/machine-group.json',
      'ros/stack.yaml',
      'k8s/daemonset.YML',
      'scripts/install.sh',
      'scripts/install.bash',
      'scripts/Install.PS1',
      'Dockerfile',
      'docker/Dockerfile.agent',
      'docker/agent.dockerfile',
      'Containerfile',
      'cloud/user-data',
      'cloud/user_data.sh',
      'cloud/cloud-init.cfg',
      'infra/templates/user_data.sh.tftpl',
      'infra/templates/bootstrap.tpl',
    ];
    for (const h of hooks) {
      const re = filesRegex(h);
      for (const p of read) {
        // Every sample is a kind the engine reads (users/ entries are judged by their folder).
        if (!p.includes('/users/')) expect(classifyFile(p), p).toBeDefined();
        expect(re.test(p), `${h.id} files should match ${p}`).toBe(true);
      }
      for (const p of ['README.md', 'src/main.go', 'logo.png', 'Makefile']) {
        expect(classifyFile(p)).toBeUndefined();
        expect(re.test(p), `${h.id} files should not match ${p}`).toBe(false);
      }
    }
  });
});

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasPreCommit && !process.env.CI)('pre-commit try-repo (the real client)', () => {
  const BAD = '{"log_dir": "/var/log"}\0\n';

  /** A user's repository: one broken agent config, one good file; both staged. */
  function userRepo(): { dir: string; home: string; env: Record<string, string> } {
    const dir = writeTree({ 'etc/ilogtail/ilogtail_config.json': BAD, 'data/ok.json': '{"a": 1}\n' });
    const home = writeTree({ '.keep': '' });
    const bin = path.join(home, 'bin');
    mkdirSync(bin);
    // The system hook expects logtail-lint on PATH (npm install -g logtail-lint): the built bin.
    writeFileSync(path.join(bin, 'logtail-lint'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(REPO, 'bin/logtail-lint.js')}" "$@"\n`);
    chmodSync(path.join(bin, 'logtail-lint'), 0o755);
    const env = {
      ...userShellEnv(),
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      PRE_COMMIT_HOME: path.join(home, 'pre-commit-cache'),
      // The node hook's npm installs take packages from the npm cache (npm ci filled it) without
      // asking the registry about each one again; anything missing still comes from the registry.
      npm_config_prefer_offline: 'true',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const git = (...args: string[]) => expect(spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' }).status).toBe(0);
    git('init', '-q');
    git('add', '.');
    return { dir, home, env };
  }

  /**
   * `--ref HEAD`'s commit: what a user's `rev:` would name. Without it, try-repo also commits
   * the working tree's uncommitted changes into a shadow repository, so another developer's
   * half-done edit would break this test on their machine; in CI the two are the same.
   */
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).stdout.trim();

  function tryRepo(hook: string, args: string[], repo: ReturnType<typeof userRepo>) {
    const r = spawnSync('pre-commit', ['try-repo', REPO, hook, '--ref', head, '--color', 'never', ...args], { cwd: repo.dir, env: repo.env, encoding: 'utf8', timeout: 240_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  }

  it('pre-commit is installed (CI must not skip this)', () => {
    expect(hasPreCommit).toBe(true);
  });

  it('logtail-lint-system: a staged bad file fails the commit with the finding; a good file passes', () => {
    const repo = userRepo();
    const staged = tryRepo('logtail-lint-system', [], repo);
    expect(staged.status, staged.output).toBe(1);
    expect(staged.output).toMatch(/logtail-lint \(system\)\.+Failed/);
    expect(staged.output).toContain('etc/ilogtail/ilogtail_config.json\n  1:1  error  File contains a NUL byte at offset 23');
    expect(staged.output).toContain('file/binary');

    const good = tryRepo('logtail-lint-system', ['--files', 'data/ok.json'], repo);
    expect(good.status, good.output).toBe(0);
    expect(good.output).toMatch(/logtail-lint \(system\)\.+Passed/);
    // --context . read the broken file too, but findings are reported only for the passed files.
    expect(good.output).not.toContain('ilogtail_config.json');
  });

  it('logtail-lint (language: node): pre-commit installs the package from this repository and the hook fails on the bad file', () => {
    const repo = userRepo();
    const started = performance.now();
    const r = tryRepo('logtail-lint', ['--files', 'etc/ilogtail/ilogtail_config.json', 'data/ok.json'], repo);
    const seconds = (performance.now() - started) / 1000;
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/^logtail-lint\.+Failed$/m);
    expect(r.output).toContain('etc/ilogtail/ilogtail_config.json\n  1:1  error  File contains a NUL byte at offset 23');
    expect(r.output).not.toContain('data/ok.json');
    // npm install + build + npm pack + npm install -g: slow, but it has to stay usable.
    expect(seconds).toBeLessThan(180);
  }, 240_000);
});
