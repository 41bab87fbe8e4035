/**
 * The lint cache (`--cache`): a run that takes files from it gives exactly the findings of a run
 * without it, whatever changed in between, and a bad cache is ignored and rewritten, never fatal.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, type LintOptions, type LintResult } from '../../src/engine/lint.js';
import { cacheFileFor } from '../../src/engine/cache.js';
import { decodePlain, encodePlain, guardFacts, plainFacts } from '../../src/engine/cache-codec.js';
import { emptyFacts } from '../../src/facts/index.js';
import { main } from '../../src/cli/main.js';

/** bench/generate.mjs (plain JavaScript): the benchmark's repository generator. */
const BENCH_GENERATOR: string = '../../bench/generate.mjs';
type EnsureRepo = (name: string, options: { workDir: string }) => { dir: string };

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'logtail-lint-cache-'));
  made.push(d);
  return d;
};

/** Files changed this close to a run are re-hashed by the next (cache.ts RACY_MS): wait past that, so the metadata path is what runs. */
const pastRacyWindow = () => new Promise((r) => setTimeout(r, 2100));

/** Everything a run reports, as text: what must not differ between a cached and an uncached run. */
function report(r: LintResult): string {
  return JSON.stringify({
    diagnostics: r.diagnostics,
    suppressed: r.suppressed,
    filesLinted: r.filesLinted,
    unmatched: r.unmatched,
    ruleFailures: r.ruleFailures.map((f) => f.ruleId),
    readerFailures: r.readerFailures.map((f) => `${f.reader} ${f.file}`),
  });
}

/** Lints `cwd` with the cache and without it; the two reports must be the same. */
async function both(cwd: string, options: LintOptions = {}): Promise<LintResult> {
  const cached = await lint({ cwd, ...options, cache: { location: path.join(cwd, '.cache-under-test'), ...options.cache } });
  const plain = await lint({ cwd, ...options, cache: undefined });
  expect(report(cached)).toBe(report(plain));
  expect(cached.diagnostics.length).toBeGreaterThan(0);
  return cached;
}

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

describe('cache: the same findings as without it', () => {
  let repo: string;
  beforeAll(async () => {
    // The bench's generated 1k monorepo (hosts, Terraform, ROS, Kubernetes, noise), plus examples/.
    const work = tempDir();
    const { ensureRepo } = (await import(BENCH_GENERATOR)) as { ensureRepo: EnsureRepo };
    repo = ensureRepo('1k', { workDir: work }).dir;
    cpSync(EXAMPLES, path.join(repo, 'examples'), { recursive: true });
    rmSync(path.join(repo, 'examples/.logtail-lint.json'));
    await pastRacyWindow();
  }, 60_000);

  it('cold, warm, one file changed, deleted, added; a machine group changed re-checks every host', async () => {
    const cold = await both(repo);
    expect(cold.cache).toMatchObject({ status: 'missing', cachedFiles: 0 });
    const warm = await both(repo);
    expect(warm.cache).toMatchObject({ status: 'loaded', cachedFiles: warm.filesLinted });

    // A host's region changes: its own findings and every join through it.
    edit(repo, 'examples/hosts/web-01/usr/local/ilogtail/ilogtail_config.json', (t) => t.replaceAll('cn-hangzhou', 'cn-shanghai'));
    const changed = await both(repo);
    expect(changed.cache!.cachedFiles).toBe(changed.filesLinted - 1);

    // The machine group that web hosts join loses an identifier: hosts in unchanged files get findings.
    const before = changed.diagnostics.filter((d) => d.ruleId === 'host/identity-matches-no-group').length;
    edit(repo, 'examples/terraform/sls.tf', (t) => t.replace('"web-prod", ', ''));
    const group = await both(repo);
    expect(group.diagnostics.filter((d) => d.ruleId === 'host/identity-matches-no-group').length).toBeGreaterThan(before);

    unlinkSync(path.join(repo, 'examples/hosts/web-03/etc/ilogtail/user_defined_id'));
    const deleted = await both(repo);
    expect(deleted.filesLinted).toBe(group.filesLinted - 1);

    mkdirSync(path.join(repo, 'examples/hosts/web-04/etc/ilogtail'), { recursive: true });
    writeFileSync(path.join(repo, 'examples/hosts/web-04/etc/ilogtail/user_defined_id'), 'web-prod\r\n');
    const added = await both(repo);
    expect(added.filesLinted).toBe(deleted.filesLinted + 1);
    expect(added.diagnostics.some((d) => d.file === 'examples/hosts/web-04/etc/ilogtail/user_defined_id' && d.ruleId === 'user-defined-id/crlf')).toBe(true);
  }, 60_000);

  it('a changed config or another version throws the cache away; the content strategy trusts no metadata', async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    await pastRacyWindow();
    const cache = { location: 'c' };
    await both(dir, { cache });
    expect((await both(dir, { cache })).cache!.status).toBe('loaded');
    edit(dir, '.logtail-lint.json', (t) => t.replace('"batch-prod"', '"batch-prod", "web-prod"'));
    expect((await both(dir, { cache })).cache!.status).toBe('ignored: written for another configuration');
    expect((await both(dir, { cache, overrides: { rules: { 'config/unknown-key': 'off' } } })).cache!.status).toBe('ignored: written for another configuration');
    const file = path.join(dir, 'c');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"tool":"[^"]*"/, '"tool":"0.0.1+other"'));
    expect((await both(dir, { cache })).cache!.status).toBe('ignored: written for another version');

    // Same size, same mtime, same inode, other content: the metadata strategy sees the ctime.
    const rel = 'hosts/web-02/usr/local/ilogtail/ilogtail_config.json';
    const f = path.join(dir, rel);
    const old = Math.floor(Date.now() / 1000) - 86_400; // whole seconds: the mtime comes back exactly
    utimesSync(f, old, old);
    await pastRacyWindow();
    expect((await both(dir, { cache })).cache!.cachedFiles).toBe(18); // the file whose metadata changed is hashed: the same content
    edit(dir, rel, (t) => t.replace('cn-hangzou', 'cn-hangzho'));
    utimesSync(f, old, old);
    expect(statSync(f).mtimeMs).toBe(old * 1000);
    const r = await both(dir, { cache });
    expect(r.diagnostics.some((d) => d.message.includes('`cn-hangzho`'))).toBe(true);
    expect(r.cache!.cachedFiles).toBe(r.filesLinted - 1);
    // The content strategy reads every file and takes from the cache those whose hash is unchanged.
    const content = await both(dir, { cache: { location: 'c', strategy: 'content' } });
    expect(content.cache!.cachedFiles).toBe(content.filesLinted);
  }, 30_000);

  it('--fix with the cache fixes what --fix without it fixes, and later runs agree', async () => {
    const a = tempDir();
    const b = tempDir();
    cpSync(EXAMPLES, a, { recursive: true });
    cpSync(EXAMPLES, b, { recursive: true });
    await pastRacyWindow();
    await lint({ cwd: a, cache: { location: 'c' } }); // a warm cache before fixing
    const withCache = await lint({ cwd: a, fix: true, cache: { location: 'c' } });
    const without = await lint({ cwd: b, fix: true });
    expect(withCache.fixed).toEqual(without.fixed);
    expect(withCache.fixed!.length).toBeGreaterThan(0);
    for (const { file } of without.fixed!) expect(readFileSync(path.join(a, file), 'utf8')).toBe(readFileSync(path.join(b, file), 'utf8'));
    expect(report(withCache)).toBe(report(without));
    expect(report(await lint({ cwd: a, cache: { location: 'c' } }))).toBe(report(await lint({ cwd: b })));
  }, 30_000);
});

describe('cache: never trusted when bad, never fatal', () => {
  it('a corrupt, truncated, tampered or unreadable cache is ignored and rewritten', async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    const cache = { location: 'c' };
    const file = path.join(dir, 'c');
    await both(dir, { cache });
    const good = readFileSync(file);
    const cases: Array<[string, () => void, string]> = [
      ['garbage', () => writeFileSync(file, 'not a cache\n\u0000\u0001'), 'ignored: corrupt'],
      ['truncated', () => writeFileSync(file, good.subarray(0, good.length >> 1)), 'ignored: corrupt (checksum)'],
      ['a byte changed', () => writeFileSync(file, Buffer.from(good.toString('latin1').replace('cn-hangzou', 'cn-hangzhu'), 'latin1')), 'ignored: corrupt (checksum)'],
      ['empty', () => writeFileSync(file, ''), 'ignored: corrupt'],
      ['a link loop', () => (unlinkSync(file), symlinkSync('c', file)), 'unreadable (ELOOP)'],
    ];
    for (const [name, damage, status] of cases) {
      damage();
      const r = await both(dir, { cache });
      expect(r.cache!.status, name).toBe(status);
      expect(readFileSync(file).equals(good), `${name}: rewritten`).toBe(true);
    }
    // Written with a temp file and a rename: nothing else is left in the folder.
    expect(readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('a run that changes one file writes a small delta beside the cache; a broken or foreign delta is ignored', async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    await pastRacyWindow();
    const cache = { location: 'c' };
    const [file, delta] = [path.join(dir, 'c'), path.join(dir, 'c.delta')];
    await both(dir, { cache });
    await both(dir, { cache }); // the entries are no longer racy: that change is written as a delta
    edit(dir, 'hosts/web-01/usr/local/ilogtail/ilogtail_config.json', (t) => t.replace('cn-hangzhou', 'cn-shanghai'));
    const base = readFileSync(file);
    await both(dir, { cache });
    expect(readFileSync(file).equals(base), 'the base is not rewritten').toBe(true);
    expect(statSync(delta).size).toBeLessThan(base.length);
    expect((await both(dir, { cache })).cache).toMatchObject({ status: 'loaded', cachedFiles: 18 });
    writeFileSync(delta, readFileSync(delta, 'utf8').replace('cn-shanghai', 'cn-shanghao'));
    expect((await both(dir, { cache })).cache!.status).toBe('loaded'); // the base alone: the changed file is read again
    writeFileSync(delta, readFileSync(delta, 'utf8').replace(/"base":"[^"]*"/, '"base":"crc32:1"'));
    await both(dir, { cache });
  });

  it('a cache that cannot be written costs the next run time, not this run its findings', async () => {
    const dir = tempDir();
    cpSync(EXAMPLES, dir, { recursive: true });
    writeFileSync(path.join(dir, 'blocker'), 'a file, not a folder\n');
    const r = await both(dir, { cache: { location: 'blocker/cache' } });
    expect(r.cache!.writeError).toBe('EEXIST');
    let err = '';
    expect(await main(['--cache', '--cache-location', 'blocker/cache'], { cwd: dir, stdout: () => {}, stderr: (t) => void (err += t) })).toBe(1);
    expect(err).toBe(`logtail-lint: could not write the cache ${path.join(dir, 'blocker/cache')} (EEXIST); the next run reads every file again.\n`);
  });
});

describe('cache: where it lives and what it keeps', () => {
  it('--cache-location is a file, or a folder that gets a file per working directory; the cache file itself is never linted', async () => {
    const dir = tempDir();
    expect(cacheFileFor(undefined, dir)).toBe(path.join(dir, '.logtail-lint-cache'));
    expect(cacheFileFor('x/cache.json', dir)).toBe(path.join(dir, 'x/cache.json'));
    expect(cacheFileFor('x/', dir)).toMatch(new RegExp(`^${path.join(dir, 'x')}/\\.cache_[0-9a-f]{12}$`));
    expect(cacheFileFor('x/', dir)).not.toBe(cacheFileFor('x/', path.join(dir, 'sub')));
    cpSync(EXAMPLES, dir, { recursive: true });
    const plain = await lint({ cwd: dir });
    const first = await lint({ cwd: dir, cache: { location: 'cache.json' } });
    expect(existsSync(path.join(dir, 'cache.json'))).toBe(true);
    const second = await lint({ cwd: dir, cache: { location: 'cache.json' } });
    expect(second.filesLinted).toBe(plain.filesLinted);
    expect(report(second)).toBe(report(plain));
    expect(report(first)).toBe(report(plain));
  });

  it('keeps facts without their parse trees and text, restores shared objects and Maps, and fails loudly when a left-out field is read', async () => {
    const site = { file: 'a', value: 'cn-hangzhou', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 5 } } };
    const facts = emptyFacts();
    facts.agentConfigs.push({ file: 'a', source: {} as never, root: {} as never, sites: { file: 'a', all: [site], control: [site], groups: [], placeholders: [] } } as never);
    facts.configMaps.push({ file: 'a', name: 'cm', data: new Map([['k', 'v']]) });
    const back = guardFacts(decodePlain(encodePlain(plainFacts(facts))) as never) as typeof facts;
    const [config] = back.agentConfigs;
    expect(config.sites.all[0]).toBe(config.sites.control[0]);
    expect(back.configMaps[0].data.get('k')).toBe('v');
    expect(() => config.root).toThrow('agentConfigs.root of a is not kept in the cache: only rules of scope "file" may read it');
    expect(() => config.source.text).toThrow(/not kept in the cache/);
    expect({ ...config }).not.toHaveProperty('source'); // a copy does not trip the guard
    expect(() => encodePlain({ x: new Date() })).toThrow('an instance of Date is not plain data');
  });
});
