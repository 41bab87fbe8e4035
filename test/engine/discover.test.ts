import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';
import { writeTree } from '../helpers.js';

const paths = async (tree: Parameters<typeof writeTree>[0], patterns: string[] = [], ignores: string[] = [], gitignore = true) => {
  const cwd = writeTree(tree);
  const r = await discover({ cwd, patterns, ignores: [{ base: cwd, patterns: ignores }], gitignore });
  return { files: r.files.map((f) => `${f.kind}:${f.path}`), problems: r.problems.map((p) => `${p.kind}:${p.path}`), unmatched: r.unmatched };
};

describe('discover', () => {
  it('finds agent files wherever they sit and classifies them', async () => {
    const { files } = await paths({
      'hosts/web/usr/local/ilogtail/ilogtail_config.json': '{}',
      'hosts/web/etc/ilogtail/user_defined_id': 'web\n',
      'hosts/web/etc/ilogtail/users/1234567890123456': '',
      'hosts/lc/conf/instance_config/local/loongcollector_config.json': '{}',
      'hosts/lc/conf/instance_config/local/extra.json': '{}',
      'infra/main.tf': '',
      'infra/main.tf.json': '{}',
      'k8s/ds.yaml': '',
      'scripts/install.sh': '',
      'docker/Dockerfile': '',
      'infra/templates/user_data.sh.tftpl': '',
      'src/app.ts': '',
      'README.md': '',
    });
    expect(files).toEqual([
      'script:docker/Dockerfile',
      'agent-config:hosts/lc/conf/instance_config/local/extra.json',
      'agent-config:hosts/lc/conf/instance_config/local/loongcollector_config.json',
      'users-entry:hosts/web/etc/ilogtail/user_defined_id'.replace('users-entry', 'user-defined-id'),
      'users-entry:hosts/web/etc/ilogtail/users',
      'users-entry:hosts/web/etc/ilogtail/users/1234567890123456',
      'agent-config:hosts/web/usr/local/ilogtail/ilogtail_config.json',
      'terraform:infra/main.tf',
      'terraform-json:infra/main.tf.json',
      'script:infra/templates/user_data.sh.tftpl',
      'yaml:k8s/ds.yaml',
      'script:scripts/install.sh',
    ]);
  });

  it('takes users/ entries only next to agent files, and skips dot entries as the agent does', async () => {
    const { files } = await paths({
      'app/users/readme.json': '{}',
      'host/user_defined_id': 'x\n',
      'host/users/.gitkeep': '',
      'host/users/123': '',
      'host/users/sub': { dir: true },
    });
    expect(files).toContain('json:app/users/readme.json');
    expect(files).toContain('users-entry:host/users/123');
    expect(files).toContain('users-entry:host/users/sub');
    expect(files.some((f) => f.includes('.gitkeep'))).toBe(false);
  });

  it('skips node_modules and .git, honours nested .gitignore and config ignores', async () => {
    const { files } = await paths(
      {
        'node_modules/x/ilogtail_config.json': '{}',
        '.git/ilogtail_config.json': '{}',
        '.gitignore': 'build/\n',
        'build/ilogtail_config.json': '{}',
        'a/.gitignore': '*.tf\n!keep.tf\n',
        'a/drop.tf': '',
        'a/keep.tf': '',
        'vendor/ilogtail_config.json': '{}',
        'ok/ilogtail_config.json': '{}',
      },
      [],
      ['vendor/'],
    );
    expect(files).toEqual(['terraform:a/keep.tf', 'agent-config:ok/ilogtail_config.json']);
  });

  it('reads .gitignored files with gitignore off', async () => {
    const { files } = await paths({ '.gitignore': 'build/\n', 'build/ilogtail_config.json': '{}' }, [], [], false);
    expect(files).toEqual(['agent-config:build/ilogtail_config.json']);
  });

  it('never follows a symlink out of the tree, and follows one that stays inside', async () => {
    const { files, problems } = await paths({
      'real/ilogtail_config.json': '{}',
      'host/ilogtail_config.json': { symlink: '../real/ilogtail_config.json' },
      'host2/ilogtail_config.json': { symlink: '/etc/passwd' },
      loop: { symlink: '.' },
    });
    expect(files).toEqual(['agent-config:host/ilogtail_config.json', 'agent-config:real/ilogtail_config.json']);
    expect(problems).toEqual(['symlink-outside-tree:host2/ilogtail_config.json']);
  });

  it('expands globs and explicit files, and reports patterns that match nothing', async () => {
    const r = await paths({ 'h1/ilogtail_config.json': '{}', 'h2/ilogtail_config.json': '{}', 'x.txt': '' }, ['h1/**/*.json', 'h2/ilogtail_config.json', 'missing/', 'x.txt']);
    expect(r.files).toEqual(['agent-config:h1/ilogtail_config.json', 'agent-config:h2/ilogtail_config.json']);
    expect(r.unmatched).toEqual(['missing/', 'x.txt']);
  });
});

describe('discover: trees, links and ignores reached by globs and names', () => {
  it('never reads through a symlinked folder out of the tree, by glob or by name', async () => {
    const outside = writeTree({ 'ilogtail_config.json': '{}' });
    const r = await paths({ 'l/out': { symlink: outside }, 'in/ilogtail_config.json': '{}' }, ['l/*/ilogtail_config.json', 'l/out/ilogtail_config.json', 'l/out/', 'in']);
    expect(r.files).toEqual(['agent-config:in/ilogtail_config.json']);
    // Two patterns reach l/out/ilogtail_config.json: it is said once.
    expect(r.problems).toEqual(['symlink-outside-tree:l/out/ilogtail_config.json', 'symlink-outside-tree:l/out']);
  });

  it('applies .gitignore files from the repository root to globs, named folders and a subfolder cwd', async () => {
    const root = writeTree({ '.git/HEAD': '', '.gitignore': 'ignored/\n', 'sub/ignored/ilogtail_config.json': '{}', 'sub/kept/ilogtail_config.json': '{}' });
    for (const [cwd, patterns] of [
      [root, ['**/ilogtail_config.json']],
      [root, ['sub']],
      [path.join(root, 'sub'), []],
    ] as const) {
      const r = await discover({ cwd, patterns: [...patterns], ignores: [] });
      expect(
        r.files.map((f) => f.path),
        `${cwd} ${patterns}`,
      ).toEqual([cwd === root ? 'sub/kept/ilogtail_config.json' : 'kept/ilogtail_config.json']);
    }
  });

  it('applies config ignores relative to their own folder, from any working directory', async () => {
    const root = writeTree({ 'hosts/old/ilogtail_config.json': '{}', 'hosts/new/ilogtail_config.json': '{}' });
    const r = await discover({ cwd: path.join(root, 'hosts'), patterns: [], ignores: [{ base: root, patterns: ['hosts/old/'] }] });
    expect(r.files.map((f) => f.path)).toEqual(['new/ilogtail_config.json']);
    // A config in a folder below the walk's start: its patterns apply from that folder down only.
    const below = writeTree({ 'old/ilogtail_config.json': '{}', 'team/old/ilogtail_config.json': '{}', 'team/new/ilogtail_config.json': '{}', '..old/ilogtail_config.json': '{}' });
    const r2 = await discover({ cwd: below, patterns: [], ignores: [{ base: path.join(below, 'team'), patterns: ['old/'] }] });
    expect(r2.files.map((f) => f.path)).toEqual(['..old/ilogtail_config.json', 'old/ilogtail_config.json', 'team/new/ilogtail_config.json']);
  });

  it('a pattern that repeats files of an earlier one still matched something', async () => {
    const r = await paths({ 'a/ilogtail_config.json': '{}' }, ['a', 'a', '.', '*/ilogtail_config.json', './a']);
    expect(r.unmatched).toEqual([]);
  });

  it('lists a FIFO with a name it reads (read.ts reports it and never opens it), walked or named', async () => {
    const root = writeTree({ 'f/user_defined_id': 'x\n' });
    execFileSync('mkfifo', [path.join(root, 'f/ilogtail_config.json')]);
    const r = await discover({ cwd: root, patterns: ['f/ilogtail_config.json', 'f/*.json', 'f'], ignores: [] });
    expect(r.files.map((f) => f.path)).toEqual(['f/ilogtail_config.json', 'f/user_defined_id']);
    expect(r.unmatched).toEqual([]);
  });

  it('says a symlink loop or a dangling link once, walked or named; one that leads out is outside the tree', async () => {
    const r = await paths(
      {
        'a.json': { symlink: 'b.json' },
        'b.json': { symlink: 'a.json' },
        'h/ilogtail_config.json': { symlink: 'ilogtail_config.json' },
        'gone.json': { symlink: 'missing/x.json' },
        'host.json': { symlink: '/nonexistent/etc/ilogtail/ilogtail_config.json' },
        'h/user_defined_id': 'x\n',
        'h/users/1234567890123456': { symlink: '/nonexistent' }, // only its name matters to the agent
      },
      ['.', 'a.json', 'gone.json'],
    );
    expect(r.problems).toEqual([
      'broken-symlink:a.json',
      'broken-symlink:b.json',
      'broken-symlink:gone.json',
      'symlink-outside-tree:host.json',
      'broken-symlink:h/ilogtail_config.json',
    ]);
    expect(r.files).toContain('users-entry:h/users/1234567890123456');
    expect(r.unmatched).toEqual([]);
  });

  it('a file named under a users/ folder is an account entry only next to agent files', async () => {
    const r = await paths({ 'src/users/handler.go': 'x', 'h/user_defined_id': 'x\n', 'h/users/1234567890123456': '' }, ['src/users/handler.go', 'h/users/1234567890123456']);
    expect(r.files).toEqual(['users-entry:h/users/1234567890123456']);
  });
});

describe('discover: a named tree inside an ignored folder', () => {
  it('is linted, with only the .gitignore files inside it', async () => {
    const root = writeTree({
      '.git/HEAD': '',
      '.gitignore': 'generated/\n',
      'generated/tree/.gitignore': 'skip/\n',
      'generated/tree/h/ilogtail_config.json': '{}',
      'generated/tree/skip/ilogtail_config.json': '{}',
    });
    const named = await discover({ cwd: root, patterns: ['generated/tree'], ignores: [] });
    expect(named.files.map((f) => f.path)).toEqual(['generated/tree/h/ilogtail_config.json']);
    const fromInside = await discover({ cwd: path.join(root, 'generated/tree'), patterns: [], ignores: [] });
    expect(fromInside.files.map((f) => f.path)).toEqual(['h/ilogtail_config.json']);
    // From the root, the ignored folder stays ignored.
    expect((await discover({ cwd: root, patterns: [], ignores: [] })).files).toEqual([]);
  });
});
