/**
 * What a file system can throw at a run, end to end through the built CLI: symlink loops, a link
 * to `/`, FIFOs, sockets, dangling links, files deleted, truncated or swapped during the run, 200k
 * files in one folder, 4,000-character paths and paths past PATH_MAX. Each is a diagnostic (or, for
 * a special file with a name logtail-lint does not read, a silent skip, as for any such name) and
 * the run goes on; none hangs (every run has a timeout, and a hang fails as a killed process).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/engine/discover.js';
import { readAll } from '../../src/engine/read.js';
import { writeTree } from '../helpers.js';
import { BIN } from './run-bin.js';

interface Finding {
  file: string;
  ruleId: string;
  message: string;
}

/** The CLI's JSON findings; fails on a hang (killed by the timeout) or an internal error (exit 2). */
function lintJson(cwd: string, args: string[] = ['.'], timeout = 30_000): { status: number | null; findings: Finding[]; stdout: string } {
  const r = spawnSync(process.execPath, [BIN, '-f', 'json', ...args], { cwd, encoding: 'utf8', timeout, maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '' } });
  expect(r.signal, 'the run was killed: it hung').toBeNull();
  expect(r.status, r.stderr).not.toBe(2);
  return { status: r.status, findings: (JSON.parse(r.stdout) as { diagnostics: Finding[] }).diagnostics, stdout: r.stdout };
}

const brief = (fs: Finding[]) => fs.map((f) => `${f.file} ${f.ruleId}: ${f.message.split(/[.;]/)[0]}`).sort();

describe('special files and links', () => {
  it('symlink loops, a link to /, FIFOs, a socket and dangling links: one finding each, nothing read outside, no hang', async () => {
    const cwd = writeTree({
      '.logtail-lint.json': '{}\n',
      'a.json': { symlink: 'b.json' },
      'b.json': { symlink: 'a.json' },
      'self/ilogtail_config.json': { symlink: 'ilogtail_config.json' },
      loop: { symlink: '.' },
      up: { symlink: '../..' },
      root: { symlink: '/' },
      'root.json': { symlink: '/' },
      'passwd.json': { symlink: '/etc/passwd' },
      'gone.json': { symlink: 'nowhere/x.json' },
      'h/etc/ilogtail/users/1234567890123456': '',
      'h/etc/ilogtail/users/1357924680135792': { symlink: '/nonexistent' }, // only its name matters to the agent
      'plain.txt': '',
    });
    execFileSync('mkfifo', [
      path.join(cwd, 'fifo.json'),
      path.join(cwd, 'h/etc/ilogtail/user_defined_id'),
      path.join(cwd, 'h/etc/ilogtail/users/2468013579246801'),
      path.join(cwd, 'pipe.txt'),
    ]);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(cwd, 'sock.json'), resolve));
    try {
      const walked = lintJson(cwd);
      expect(brief(walked.findings)).toEqual([
        'a.json file/unreadable: Symlink loop (b',
        'b.json file/unreadable: Symlink loop (a',
        'fifo.json file/unreadable: File could not be read (a FIFO (named pipe), not a regular file)',
        'gone.json file/unreadable: Symlink to nowhere/x',
        'h/etc/ilogtail/user_defined_id file/unreadable: File could not be read (a FIFO (named pipe), not a regular file)',
        'passwd.json file/symlink-outside-tree: Symlink points outside the linted tree (to /etc/passwd)',
        'root.json file/symlink-outside-tree: Symlink points outside the linted tree (to /)',
        'self/ilogtail_config.json file/unreadable: Symlink loop (ilogtail_config',
        'sock.json file/unreadable: File could not be read (a socket, not a regular file)',
      ]);
      expect(walked.stdout).not.toMatch(/root:x?:0:0/);

      // Named and globbed through the link to /: never read, said once per path.
      const named = lintJson(cwd, [
        '--no-error-on-unmatched-pattern',
        'root/etc/passwd',
        'root/etc/pass*',
        'loop/loop/loop/fifo.json',
        'a.json',
        'fifo.json',
        'sock.json',
        'gone.json',
      ]);
      expect(brief(named.findings)).toEqual(
        [
          'a.json file/unreadable: Symlink loop (b',
          'fifo.json file/unreadable: File could not be read (a FIFO (named pipe), not a regular file)',
          'gone.json file/unreadable: Symlink to nowhere/x',
          'loop/loop/loop/fifo.json file/unreadable: File could not be read (a FIFO (named pipe), not a regular file)',
          'root/etc/passwd file/symlink-outside-tree: Symlink points outside the linted tree (to /etc/passwd)',
          'root/etc/passwd- file/symlink-outside-tree: Symlink points outside the linted tree (to /etc/passwd-)',
          'sock.json file/unreadable: File could not be read (a socket, not a regular file)',
        ].filter((line) => !line.startsWith('root/etc/passwd-') || existsSync('/etc/passwd-')),
      );
      expect(named.stdout).not.toMatch(/root:x?:0:0/);
    } finally {
      server.close();
    }
  });

  it('files deleted, truncated, grown or swapped for a FIFO between discovery and reading', async () => {
    const cwd = writeTree({ 'gone.json': '{"a": 1}\n', 'short.json': '{"a": 1, "b": 2}\n', 'long.json': '{"a": 1}\n', 'swapped.json': '{"a": 1}\n' });
    const found = await discover({ cwd, patterns: [], ignores: [] });
    unlinkSync(path.join(cwd, 'gone.json'));
    truncateSync(path.join(cwd, 'short.json'), 4);
    writeFileSync(path.join(cwd, 'long.json'), '{"a": 1, "grown": true}\n');
    unlinkSync(path.join(cwd, 'swapped.json'));
    execFileSync('mkfifo', [path.join(cwd, 'swapped.json')]);
    // Should the reader ever open the FIFO, this writer lets the open return after 5 s, so the test
    // fails on the result below instead of hanging the whole suite.
    const unblock = spawn('sh', ['-c', 'sleep 5; exec 3>swapped.json'], { cwd, stdio: 'ignore' });
    try {
      const read = Object.fromEntries(readAll(found.files, { maxFileSize: 1 << 20 }).map((f) => [f.file.path, f]));
      expect(read['gone.json'].problems).toEqual([{ kind: 'unreadable', message: 'ENOENT' }]);
      expect(read['short.json'].source?.text).toBe('{"a"');
      expect(read['long.json'].source?.text).toBe('{"a": 1, "grown": true}\n'); // read whole: size comes from the open file
      expect(read['swapped.json'].problems).toEqual([
        { kind: 'unreadable', message: 'a FIFO (named pipe), not a regular file', advice: 'logtail-lint reads regular files only; add it to "ignores" in .logtail-lint.json.' },
      ]);
    } finally {
      unblock.kill();
    }
  });

  it('a name that is not valid UTF-8 is said to be so', () => {
    const cwd = writeTree({ '.logtail-lint.json': '{}\n' });
    execFileSync('python3', ['-c', "import os; os.makedirs(b'h\\xff'); open(b'h\\xff/x.json','wb').write(b'{}'); open(b'bad\\xfe.json','wb').write(b'{}')"], { cwd });
    const { findings } = lintJson(cwd);
    expect(findings.map((f) => `${f.file}: ${f.message}`).sort()).toEqual([
      'bad\uFFFD.json: File could not be read (ENOENT: its name, or a folder name above it, is not valid UTF-8). Check its permissions, or add it to "ignores" in .logtail-lint.json.',
      'h\uFFFD: Folder could not be read (ENOENT: its name, or a folder name above it, is not valid UTF-8), so nothing in it was checked. Check its permissions, or add it to "ignores" in .logtail-lint.json.',
    ]);
  });
});

describe('size and depth', () => {
  it('200,000 files in one folder: linted, the few it reads reported', () => {
    // Made once per run in a temp folder (tmpfs when there is one), as hard links of four files: ~1 s.
    const base = existsSync('/dev/shm') && statSync('/dev/shm').isDirectory() ? '/dev/shm' : tmpdir();
    const cwd = mkdtempSync(path.join(base, 'logtail-lint-200k-'));
    try {
      mkdirSync(path.join(cwd, 'd'));
      writeFileSync(path.join(cwd, '.logtail-lint.json'), '{}\n');
      const sources = [0, 1, 2, 3].map((k) => path.join(cwd, `src${k}.txt`));
      for (const s of sources) writeFileSync(s, '');
      for (let i = 0; i < 199_990; i++) linkSync(sources[i % 4], path.join(cwd, 'd', `f${i}.txt`));
      for (let i = 0; i < 10; i++) writeFileSync(path.join(cwd, 'd', `g${i}.json`), '{"a": 1}\0');
      const { status, findings } = lintJson(cwd, ['.'], 60_000);
      expect(status).toBe(1);
      expect(findings.map((f) => `${f.file} ${f.ruleId}`).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `d/g${i}.json file/binary`));
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  }, 120_000);

  it('a 4,000-character path is linted; a folder past PATH_MAX is a finding, and the run goes on', () => {
    const cwd = writeTree({ '.logtail-lint.json': '{}\n', 'ok.json': '{"a": 1}\0' });
    const segment = 'a'.repeat(250);
    const deep = Array.from({ length: 15 }, () => segment).join('/');
    const file = `${deep}/${'b'.repeat(240)}.json`;
    mkdirSync(path.join(cwd, deep), { recursive: true });
    writeFileSync(path.join(cwd, file), '{"a": 1}\0');
    expect(file.length).toBeGreaterThanOrEqual(4000);
    // Below it, folders whose absolute path passes PATH_MAX (4096): made, and removed, with relative steps (bash: dash's cd needs the whole path).
    execFileSync('bash', ['-c', `cd "${deep}" && mkdir x && cd x && for i in 1 2 3; do mkdir ${segment} && cd ${segment}; done && printf '{}' > past.json`], { cwd });
    let findings: Finding[];
    try {
      findings = lintJson(cwd).findings;
    } finally {
      execFileSync('bash', ['-c', `cd "${deep}/x" && rm -rf ${segment}`], { cwd });
    }
    const tooLong = findings.filter((f) => f.message.includes('ENAMETOOLONG'));
    expect(
      findings
        .filter((f) => f.ruleId === 'file/binary')
        .map((f) => f.file)
        .sort(),
    ).toEqual([file, 'ok.json']);
    expect(tooLong).toHaveLength(1);
    expect(tooLong[0]).toMatchObject({ ruleId: 'file/unreadable', message: expect.stringMatching(/^Folder could not be read \(ENAMETOOLONG\)/) });
  });
});
