/**
 * `--fix` cannot lose data: each file is written whole to a temporary file beside it and renamed
 * over the original (src/engine/write-file.ts), with its mode and owner, and only while it is
 * still the file that was read. Killed at any moment, a run leaves every file old or new.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  watch,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadStat } from '../../src/core/source-file.js';
import { TEMP_FILE, replaceFile } from '../../src/engine/write-file.js';
import { writeTree } from '../helpers.js';
import { BIN, runBin } from './run-bin.js';

const CONFIG = `{
  "config_server_address": "http://logtail.cn-hangzhou-intranet.log.aliyuncs.com",
  "data_server_list": [{ "cluster": "cn-hangzou", "endpoint": "cn-hangzhou-intranet.log.aliyuncs.com" }]
}
`;
const FIXED = CONFIG.replace('cn-hangzou', 'cn-hangzhou');

/** Every file below `dir` but the temporary files a killed run may leave (and the config). */
function leftovers(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => TEMP_FILE.test(path.basename(p)));
}

function statOf(file: string): ReadStat {
  const s = statSync(file);
  return { dev: s.dev, ino: s.ino, size: s.size, mtimeMs: s.mtimeMs, mode: s.mode, uid: s.uid, gid: s.gid, nlink: s.nlink };
}

describe('--fix writes through a temporary file and a rename', () => {
  it('keeps the mode, leaves no temporary file, and a second --fix changes nothing', () => {
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': CONFIG });
    const file = path.join(dir, 'h/ilogtail_config.json');
    chmodSync(file, 0o640);
    const before = statSync(file);
    const r = runBin(['--fix'], dir);
    expect(r.stderr).toBe('logtail-lint: fixed 1 problem in h/ilogtail_config.json\n');
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    const after = statSync(file);
    expect(after.mode & 0o7777).toBe(0o640);
    expect(after.ino).not.toBe(before.ino); // a new file, renamed over the old one
    expect(leftovers(dir)).toEqual([]);
    const again = runBin(['--fix'], dir);
    expect(again.stderr).toBe('');
    expect(statSync(file).ino).toBe(after.ino);
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner and group (where the process may set them: here, as root)', () => {
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': CONFIG });
    const file = path.join(dir, 'h/ilogtail_config.json');
    chownSync(file, 4321, 8765);
    runBin(['--fix'], dir);
    expect(readFileSync(file, 'utf8')).toBe(FIXED);
    expect([statSync(file).uid, statSync(file).gid]).toEqual([4321, 8765]);
  });

  it('a file reached through a link inside the tree: the target is fixed, the link stays a link', () => {
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'shared/ilogtail_config.json': CONFIG, 'h/ilogtail_config.json': { symlink: '../shared/ilogtail_config.json' } });
    runBin(['--fix', 'h'], dir);
    expect(lstatSync(path.join(dir, 'h/ilogtail_config.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'shared/ilogtail_config.json'), 'utf8')).toBe(FIXED);
    expect(leftovers(dir)).toEqual([]);
  });

  it('a link out of the tree is neither read nor written', () => {
    const outside = writeTree({ 'ilogtail_config.json': CONFIG });
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': { symlink: path.join(outside, 'ilogtail_config.json') } });
    const r = runBin(['--fix'], dir);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(outside, 'ilogtail_config.json'), 'utf8')).toBe(CONFIG);
  });

  it('a file with several hard links is not split by a rename: left alone, and said', () => {
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': CONFIG });
    linkSync(path.join(dir, 'h/ilogtail_config.json'), path.join(dir, 'backup.txt'));
    const r = runBin(['--fix'], dir);
    expect(r.stderr).toBe('logtail-lint: did not fix h/ilogtail_config.json: it has 2 hard links, and writing a new file would split them; fix it by hand\n');
    expect(readFileSync(path.join(dir, 'h/ilogtail_config.json'), 'utf8')).toBe(CONFIG);
    expect(r.status).toBe(1); // the finding is still there
  });

  it('keeps a BOM and CRLF line endings that no fix is about', () => {
    const crlf = CONFIG.replace(/\n/g, '\r\n');
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': `\uFEFF${crlf}`, 'h2/ilogtail_config.json': `\uFEFF\uFEFF${crlf}` });
    runBin(['--fix', '--rule', 'config/bom=off', 'h'], dir);
    expect(readFileSync(path.join(dir, 'h/ilogtail_config.json'), 'utf8')).toBe(`\uFEFF${crlf.replace('cn-hangzou', 'cn-hangzhou')}`);
    // Two BOMs: both are read (neither lost in decoding), both fixed away by the rules about them; CRLF stays.
    runBin(['--fix', 'h2'], dir);
    expect(readFileSync(path.join(dir, 'h2/ilogtail_config.json'), 'utf8')).toBe(crlf.replace('cn-hangzou', 'cn-hangzhou'));
  });
});

describe('replaceFile writes only over the file that was read', () => {
  function setup() {
    const dir = writeTree({ 'a.json': 'old text\n' });
    const file = path.join(dir, 'a.json');
    return { dir, file, read: statOf(file), bytes: readFileSync(file) };
  }

  it('replaces an unchanged file', () => {
    const { file, read, bytes } = setup();
    expect(replaceFile(file, read, bytes, Buffer.from('new text\n'))).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('new text\n');
  });

  it('refuses a file edited since (even to the same size and time), replaced, deleted, or now a link out', () => {
    const edited = setup();
    writeFileSync(edited.file, 'OLD TEXT\n');
    const t = new Date(edited.read.mtimeMs);
    utimesSync(edited.file, t, t); // same size, same mtime: only the bytes tell
    expect(replaceFile(edited.file, edited.read, edited.bytes, Buffer.from('new\n'))).toEqual({ ok: false, reason: 'it changed on disk after it was read' });
    expect(readFileSync(edited.file, 'utf8')).toBe('OLD TEXT\n');

    const replaced = setup();
    renameSync(replaced.file, `${replaced.file}.bak`); // kept, so its inode is not reused at once
    writeFileSync(replaced.file, 'old text\n');
    expect(replaceFile(replaced.file, replaced.read, replaced.bytes, Buffer.from('new\n'))).toEqual({ ok: false, reason: 'it was replaced on disk after it was read' });

    const deleted = setup();
    unlinkSync(deleted.file);
    expect(replaceFile(deleted.file, deleted.read, deleted.bytes, Buffer.from('new\n'))).toEqual({ ok: false, reason: 'it cannot be found any more (ENOENT)' });
    expect(existsSync(deleted.file)).toBe(false);

    const swapped = setup();
    const outside = writeTree({ 'secret.json': 'old text\n' });
    unlinkSync(swapped.file);
    symlinkSync(path.join(outside, 'secret.json'), swapped.file);
    expect(replaceFile(swapped.file, swapped.read, swapped.bytes, Buffer.from('new\n'))).toEqual({ ok: false, reason: 'it was replaced on disk after it was read' });
    expect(readFileSync(path.join(outside, 'secret.json'), 'utf8')).toBe('old text\n');
    for (const s of [edited, replaced, deleted, swapped]) expect(leftovers(s.dir)).toEqual([]);
  });
});

/** How many kills; `FIX_KILL_RUNS` for a longer campaign. */
const KILL_RUNS = Number(process.env.FIX_KILL_RUNS ?? 10);

describe('a run killed at any moment leaves each file old or new', () => {
  it(`SIGKILL ${KILL_RUNS} times at random moments, half of them while the new file is being written`, async () => {
    // Large enough that writing and flushing it takes a while: 8 MiB of padding in a fixable config.
    const old = CONFIG.replace('}\n', `,\n  "padding_note": "${'x'.repeat(8 * 1024 * 1024)}"\n}\n`).replace(']\n,', '],');
    const dir = writeTree({ '.logtail-lint.json': '{}\n', 'h/ilogtail_config.json': old, 'h2/user_defined_id': 'web-prod\r\napi-prod\r\n' });
    const files = [path.join(dir, 'h/ilogtail_config.json'), path.join(dir, 'h2/user_defined_id')];
    const originals = files.map((f) => readFileSync(f));
    const pristine = files.map((f) => `${f}.orig`);
    files.forEach((f, i) => copyFileSync(f, pristine[i]));
    const args = [BIN, '--fix', '--max-file-size', String(64 * 1024 * 1024), 'h', 'h2'];

    // The new versions, from one run that is left alone; and how long a run takes.
    const started = performance.now();
    await runToEnd(args, dir);
    const runMs = performance.now() - started;
    const fixed = files.map((f) => readFileSync(f));
    expect(fixed.map((b, i) => b.equals(originals[i]))).toEqual([false, false]);

    const outcomes = { old: 0, new: 0, duringWrite: 0 };
    for (let i = 0; i < KILL_RUNS; i++) {
      files.forEach((f, k) => copyFileSync(pristine[k], f));
      for (const t of leftovers(dir)) unlinkSync(path.join(dir, t));
      const duringWrite = i % 2 === 1;
      const hit = await killAt(args, dir, duringWrite ? { onTempFile: Math.random() * 15 } : { afterMs: Math.random() * runMs });
      if (hit) outcomes.duringWrite++;
      files.forEach((f, k) => {
        const now = readFileSync(f);
        const which = now.equals(originals[k]) ? 'old' : now.equals(fixed[k]) ? 'new' : 'neither';
        expect(which, `run ${i}: ${path.relative(dir, f)} is neither the old nor the new version (${now.length} bytes)`).not.toBe('neither');
        if (k === 0) outcomes[which as 'old' | 'new']++;
      });
      // Whatever is left over is only our temporary file, never something else.
      expect(readdirSync(path.join(dir, 'h')).filter((n) => n !== 'ilogtail_config.json' && n !== 'ilogtail_config.json.orig' && !TEMP_FILE.test(n))).toEqual([]);
    }
    if (process.env.FIX_KILL_RUNS) console.log(`kills: ${JSON.stringify(outcomes)}`);
    // The window was real: some kills landed while the temporary file was being written.
    expect(outcomes.duringWrite, JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes.old, JSON.stringify(outcomes)).toBeGreaterThan(0);
    // A killed run's temporary file is never taken for a file to lint (or fix).
    writeFileSync(path.join(dir, 'h/.logtail-lint-0123456789abcdef.tmp'), old);
    const report = JSON.parse(runBin(['-f', 'json', '--max-file-size', String(64 * 1024 * 1024), 'h'], dir).stdout) as { diagnostics: Array<{ file: string }> };
    expect(report.diagnostics.map((d) => d.file).filter((f) => TEMP_FILE.test(path.basename(f)))).toEqual([]);
  }, 180_000);
});

function runToEnd(args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
}

/**
 * Starts a run and SIGKILLs it `afterMs`, or `onTempFile` ms after its temporary file appears.
 * Resolves true when the temporary file existed at the moment of the kill (the write was under way).
 */
function killAt(args: string[], cwd: string, when: { afterMs?: number; onTempFile?: number }): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const folder = path.join(cwd, 'h');
    const child = spawn(process.execPath, args, { cwd, stdio: 'ignore' });
    let tempAtKill = false;
    let exited = false;
    // The watcher can fire several times: every kill it schedules is cleared at exit, and a late one
    // is a no-op (the test may already have removed the folder).
    const timers: NodeJS.Timeout[] = [];
    const kill = () => {
      if (exited) return;
      tempAtKill = readdirSync(folder).some((n) => TEMP_FILE.test(n));
      child.kill('SIGKILL');
    };
    const watcher = when.onTempFile !== undefined ? watch(folder, (_, name) => void (name && TEMP_FILE.test(name) && timers.push(setTimeout(kill, when.onTempFile)))) : undefined;
    if (when.afterMs !== undefined) timers.push(setTimeout(kill, when.afterMs));
    child.on('error', reject);
    child.on('exit', () => {
      exited = true;
      watcher?.close();
      for (const t of timers) clearTimeout(t);
      resolve(tempAtKill);
    });
  });
}
