/**
 * The npm package as users get it: `npm pack` → install the tarball into a fresh project →
 * `npx logtail-lint` there, `--init`, the library API with its types, and publint on the tarball.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { REPO, userShellEnv } from './runner.js';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));

interface Packed {
  filename: string;
  files: Array<{ path: string; size: number }>;
  size: number;
  unpackedSize: number;
}

describe('the npm package', () => {
  const env = userShellEnv();
  let packed: Packed;
  let tarball: string;
  let project: string;
  const run = (cmd: string, args: string[], cwd: string) => {
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    // npm test built dist/ already; --ignore-scripts keeps prepack from rebuilding it while
    // other test files run the built CLI.
    expect(existsSync(path.join(REPO, 'dist/cli.js')), 'run `npm run build` first').toBe(true);
    const out = writeTree({ '.keep': '' });
    const json = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: REPO, env, encoding: 'utf8' });
    packed = (JSON.parse(json) as Packed[])[0];
    tarball = path.join(out, packed.filename);

    project = writeTree({
      'package.json': JSON.stringify({ name: 'infra', version: '1.0.0', private: true, type: 'module' }),
      'hosts/web-01/etc/ilogtail/ilogtail_config.json': '{"a": 1}\0\n',
      'data/ok.json': '{"a": 1}\n',
      'tf/sls.tf': 'resource "alicloud_log_machine_group" "g" {\n  project = "p"\n  name    = "g"\n  identify_list = ["10.0.0.1"]\n}\n',
    });
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    expect(install.status, install.stderr).toBe(0);
  }, 180_000);

  it('holds only what runs: bin, dist (no Action bundle), schemas, docs, README, LICENSE', () => {
    const files = packed.files.map((f) => f.path).sort();
    const allowed = [
      /^bin\/logtail-lint\.js$/,
      /^dist\/(cli|index)\.js$/,
      /^dist\/[\w-]+\.wasm$/,
      /^dist\/chunks\/[\w-]+\.js$/,
      /^dist\/types\/.+\.d\.ts$/,
      /^schemas\/[\w.-]+\.json$/,
      /^docs\/.+\.md$/,
      /^(README\.md|LICENSE|package\.json)$/,
    ];
    expect(files.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    for (const f of ['bin/logtail-lint.js', 'dist/cli.js', 'dist/index.js', 'dist/types/index.d.ts', 'schemas/logtail-lint.schema.json', 'LICENSE', 'README.md', 'package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('docs/rules/'))).toBe(true);
    // The pages the README links to travel with it.
    for (const f of ['docs/api.md', 'docs/github-action.md', 'docs/pre-commit.md']) expect(files, f).toContain(f);
  });

  it('runs no install script: none of its own, none of any package it brings', () => {
    const packedPkg = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' })) as { scripts?: Record<string, string> };
    // npm runs these on install (and `install: node-gyp rebuild` when a binding.gyp is there).
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(packedPkg.scripts?.[hook], hook).toBeUndefined();
    expect(packed.files.some((f) => f.path.endsWith('binding.gyp'))).toBe(false);
    // npm records every package that has an install script in the lockfile of the project it installs into.
    const lock = JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    expect(lock.packages['node_modules/logtail-lint']).toBeDefined();
    expect(
      Object.entries(lock.packages)
        .filter(([, p]) => p.hasInstallScript)
        .map(([name]) => name),
    ).toEqual([]);
  });

  it('parses Terraform from the installed package alone (the grammar ships as wasm in dist/, not as a dependency)', () => {
    expect(existsSync(path.join(project, 'node_modules/@tree-sitter-grammars'))).toBe(false);
    const r = run('npx', ['logtail-lint', '-f', 'json', 'tf'], project);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { ruleId: string }) => d.ruleId)).toContain('machine-group/invalid-name');
  });

  it('passes publint with no message at all', async () => {
    const buf = readFileSync(tarball);
    const { messages, pkg: packedPkg } = await publint({ pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) }, level: 'suggestion', strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, packedPkg, { color: false })}`)).toEqual([]);
  });

  it('`npx logtail-lint` runs the installed bin on a fixture: exit 1 and the finding', () => {
    const r = run('npx', ['logtail-lint', 'hosts', 'data'], project);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('hosts/web-01/etc/ilogtail/ilogtail_config.json\n  1:1  error  File contains a NUL byte at offset 8');
    expect(r.stdout).toContain('file/binary');
    const version = run('npx', ['logtail-lint', '--version'], project);
    expect(version.stdout.trim()).toBe(pkg.version);
    const clean = run('npx', ['logtail-lint', 'data'], project);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
  });

  it('`npx logtail-lint --init` writes a starter config whose $schema resolves in the project', () => {
    const dir = project;
    const r = run('npx', ['logtail-lint', '--init'], dir);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, '.logtail-lint.json'), 'utf8');
    const schemaRef = /"\$schema":\s*"([^"]+)"/.exec(text)?.[1];
    expect(schemaRef).toBe('./node_modules/logtail-lint/schemas/logtail-lint.schema.json');
    expect(existsSync(path.join(dir, schemaRef!))).toBe(true);
    // The starter config is valid: a lint run with it succeeds.
    expect(run('npx', ['logtail-lint', 'data'], dir).status).toBe(0);
    // And --init never overwrites.
    const again = run('npx', ['logtail-lint', '--init'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('already exists; not overwriting it.');
  });

  it('exports lint() for `import` with its types', () => {
    const script = `import { lint, VERSION } from 'logtail-lint';
const r = await lint({ cwd: process.cwd(), patterns: ['hosts'], overrides: { noConfigLookup: true } });
console.log(JSON.stringify({ VERSION, files: r.filesLinted, rules: r.diagnostics.map((d) => d.ruleId) }));`;
    writeFileSync(path.join(project, 'api.mjs'), script);
    const r = run(process.execPath, ['api.mjs'], project);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ VERSION: pkg.version, files: 1, rules: ['file/binary'] });

    // Type-check a consumer against the installed declarations (exports → types).
    writeFileSync(
      path.join(project, 'consumer.ts'),
      `import { lint, type LintResult, type Diagnostic } from 'logtail-lint';
export async function errors(cwd: string): Promise<number> {
  const result: LintResult = await lint({ cwd, patterns: ['.'] });
  const first: Diagnostic | undefined = result.diagnostics[0];
  void first?.range.start.line;
  // @ts-expect-error: lint() options are typed, so an unknown option is an error.
  await lint({ nope: true });
  return result.diagnostics.filter((d) => d.severity === 'error').length;
}
`,
    );
    const tsc = run(
      process.execPath,
      [
        path.join(REPO, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--typeRoots',
        path.join(REPO, 'node_modules/@types'),
        '--types',
        'node',
        'consumer.ts',
      ],
      project,
    );
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  });
});
