/**
 * The committed Action bundle (dist/action/index.js), run by a real Node 24 with a runner-like
 * environment: exact annotation lines, the job summary, the outputs file and the exit status.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeTree, type Tree } from '../helpers.js';
import { githubSarifProblems } from './github-limits.js';
import { ACTION_BUNDLE, REPO, actionYml, node24Missing, runAction } from './runner.js';

const NUL_JSON = '{"a": 1}\0\n';
const LATIN1_JSON = Buffer.from('{"name": "caf\xe9"}\n', 'latin1');

const BINARY = 'File contains a NUL byte at offset 8: it is binary (or UTF-16), and the agent reads it as broken text. Save it as UTF-8 text.';
const NOT_UTF8 = 'Invalid UTF-8 at byte 13: the agent and SLS compare identifiers byte by byte, so text in another encoding never matches. Re-save the file as UTF-8.';

/** A workspace with its own (empty) config, so that no config above the temp folder is found. */
function workspace(tree: Tree): string {
  return writeTree({ '.logtail-lint.json': '{}\n', ...tree });
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

describe('action.yml', () => {
  it('runs the committed bundle on node24 and declares the documented inputs and outputs', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/action/index.js' });
    expect(Object.keys(actionYml.inputs)).toEqual(['paths', 'config', 'working-directory', 'fail-on', 'max-warnings', 'sarif-file', 'annotations', 'only-changed', 'baseline']);
    expect(Object.keys(actionYml.outputs)).toEqual(['errors', 'warnings', 'sarif-file', 'exit-code']);
    expect(actionYml.inputs['fail-on'].default).toBe('error');
    expect(actionYml.inputs.paths.default).toBe('.');
    expect(actionYml.inputs.annotations.default).toBe('true');
  });
});

describe('the committed Action bundle', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'logtail-lint-action-build-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is what `npm run build:action` builds from the current sources (else: run it and commit dist/action/)', () => {
    execFileSync(process.execPath, [path.join(REPO, 'scripts/build.mjs'), '--action', '--outdir', out], { cwd: REPO, stdio: 'pipe' });
    const committed = path.dirname(ACTION_BUNDLE);
    const files = readdirSync(out).sort();
    expect(files).toContain('index.js');
    expect(readdirSync(committed).sort(), 'dist/action/ holds exactly what the build writes').toEqual(files);
    for (const f of files) {
      const same = readFileSync(path.join(out, f)).equals(readFileSync(path.join(committed, f)));
      expect(same, `dist/action/${f} is stale: run \`npm run build:action\` and commit dist/action/`).toBe(true);
    }
  });
});

describe.skipIf(node24Missing() !== undefined && !process.env.CI)('the Action under a real Node 24', () => {
  it('Node 24 is there (CI must not skip this)', () => {
    expect(node24Missing()).toBeUndefined();
  });

  it('annotates with repository-root paths from a working-directory, writes summary, SARIF and outputs, fails on errors', () => {
    const ws = workspace({
      'infra/data/broken.json': NUL_JSON,
      'infra/data/latin1.json': LATIN1_JSON,
      'infra/data/ok.json': '{"a": 1}\n',
      'other/broken.json': NUL_JSON, // outside the working directory: not linted
    });
    const r = runAction(ws, { inputs: { 'working-directory': 'infra', 'sarif-file': 'reports/logtail-lint.sarif' } });

    expect(r.annotations).toEqual([
      `::error title=file/binary,file=infra/data/broken.json,line=1,endLine=1,col=1,endColumn=1::${BINARY}`,
      `::warning title=file/not-utf8,file=infra/data/latin1.json,line=1,endLine=1,col=14,endColumn=15::${NOT_UTF8}`,
    ]);
    expect(r.failures).toEqual(['::error::logtail-lint found 1 error (fail-on: error).']);
    expect(r.status).toBe(1);
    expect(r.outputs).toEqual({
      errors: '1',
      warnings: '1',
      'sarif-file': path.join(ws, 'reports/logtail-lint.sarif'),
      'exit-code': '1',
    });
    expect(r.stdout).toContain('logtail-lint 0.1.0: 3 files checked in infra: 1 error, 1 warning, 0 infos.');
    expect(r.stderr).toBe('');

    // The summary: counts, the reason, a table per file with location link, rule and docs link.
    expect(r.summary).toContain('<p><strong>1 error, 1 warning, 0 infos</strong> in 3 files checked.</p>');
    expect(r.summary).toContain('<p>logtail-lint found 1 error (fail-on: error).</p>');
    expect(r.summary).toContain('<h3><code>infra/data/broken.json</code></h3>');
    expect(r.summary).toContain(
      `<tr><td><a href="https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/infra/data/broken.json#L1">infra/data/broken.json:1:1</a></td><td>error</td><td><code>file/binary</code></td><td>${BINARY}</td><td><a href="https://github.com/logtail-lint/logtail-lint/blob/v0.1.0/docs/rules/file/binary.md">docs</a></td></tr>`,
    );
    expect(r.summary.indexOf('infra/data/broken.json')).toBeLessThan(r.summary.indexOf('infra/data/latin1.json'));

    // SARIF for code scanning: paths from the repository root, within GitHub's limits.
    const sarifText = readFileSync(path.join(ws, 'reports/logtail-lint.sarif'), 'utf8');
    const log = JSON.parse(sarifText);
    expect(githubSarifProblems(log, sarifText)).toEqual([]);
    const uris = log.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['infra/data/broken.json', 'infra/data/latin1.json']);
  });

  it('with a baseline input, annotates and fails on new findings only; SARIF marks the baselined ones unchanged', () => {
    const ws = workspace({ 'infra/data/broken.json': NUL_JSON, 'infra/data/latin1.json': LATIN1_JSON });
    // The baseline records the binary file's finding; paths in it are relative to its own folder.
    writeFileSync(path.join(ws, 'infra/baseline.json'), '{\n  "version": 1,\n  "findings": [\n    {"file":"data/broken.json","rule":"file/binary","text":"","count":1}\n  ]\n}\n');
    const r = runAction(ws, { inputs: { 'working-directory': 'infra', baseline: 'baseline.json', 'sarif-file': 'out.sarif' } });
    expect(r.annotations).toEqual([`::warning title=file/not-utf8,file=infra/data/latin1.json,line=1,endLine=1,col=14,endColumn=15::${NOT_UTF8}`]);
    expect(r.failures).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ errors: '0', warnings: '1', 'exit-code': '0' });
    expect(r.summary).toContain('<p>baseline: 1 finding recorded in infra/baseline.json is not reported.</p>');
    expect(r.summary).not.toContain('file/binary');
    const log = JSON.parse(readFileSync(path.join(ws, 'out.sarif'), 'utf8'));
    expect(log.runs[0].results.map((x: { ruleId: string; baselineState: string }) => `${x.ruleId} ${x.baselineState}`)).toEqual(['file/binary unchanged', 'file/not-utf8 new']);

    const broken = runAction(ws, { inputs: { 'working-directory': 'infra', baseline: 'missing.json' } });
    expect(broken.status).toBe(2);
    expect(broken.failures).toEqual([`::error::logtail-lint: baseline file not found: ${path.join(ws, 'infra/missing.json')} (create it with --write-baseline).`]);
  });

  it('a clean run passes and says so', () => {
    const r = runAction(workspace({ 'data/ok.json': '{"a": 1}\n' }));
    expect(r.status).toBe(0);
    expect(r.annotations).toEqual([]);
    expect(r.failures).toEqual([]);
    expect(r.outputs).toEqual({ errors: '0', warnings: '0', 'sarif-file': '', 'exit-code': '0' });
    expect(r.summary).toContain('<p>✅ No problems found in 2 files checked.</p>'); // data/ok.json and .logtail-lint.json
  });

  it('annotates the most severe first, at most 10 of each kind (the failure message included), and says how many were left out', () => {
    const tree: Tree = {};
    for (let i = 0; i < 12; i++) tree[`e/${String(i).padStart(2, '0')}.json`] = NUL_JSON;
    for (let i = 0; i < 3; i++) tree[`w/${i}.json`] = LATIN1_JSON;
    const r = runAction(workspace(tree));
    const kinds = r.annotations.map((a) => a.slice(2, a.indexOf(' ')));
    // setFailed's ::error:: is the 10th error annotation GitHub shows for this step.
    expect(kinds).toEqual([...Array(9).fill('error'), ...Array(3).fill('warning')]);
    expect(r.failures).toHaveLength(1);
    expect(r.annotations[0]).toContain('file=e/00.json,');
    expect(r.annotations[8]).toContain('file=e/08.json,');
    const note = '3 findings (3 errors) were not annotated: GitHub shows at most 10 annotations of each kind per step (the failure message takes one error slot), so the most severe were annotated first. The step log and the job summary list every finding.';
    expect(r.stdout).toContain(note);
    expect(r.summary).toContain(note);
    // Every finding is still in the log and the summary.
    expect(r.stdout).toContain('e/11.json');
    expect(r.summary).toContain('<h3><code>e/11.json</code></h3>');
    expect(r.outputs.errors).toBe('12');
  });

  it('fail-on: never reports but passes; max-warnings fails on too many warnings', () => {
    const ws = workspace({ 'a.json': NUL_JSON, 'b.json': LATIN1_JSON });
    const never = runAction(ws, { inputs: { 'fail-on': 'never' } });
    expect(never.status).toBe(0);
    expect(never.annotations).toHaveLength(2);
    expect(never.failures).toEqual([]);
    expect(never.outputs['exit-code']).toBe('0');

    const warnOnly = workspace({ 'b.json': LATIN1_JSON });
    const max = runAction(warnOnly, { inputs: { 'max-warnings': '0' } });
    expect(max.status).toBe(1);
    expect(max.failures).toEqual(['::error::logtail-lint found 1 warning, more than max-warnings (0).']);
    const atWarning = runAction(warnOnly, { inputs: { 'fail-on': 'warning' } });
    expect(atWarning.failures).toEqual(['::error::logtail-lint found 1 warning (fail-on: warning).']);
  });

  it('annotations: false sends none; paths takes several globs', () => {
    const ws = workspace({ 'a/x.json': NUL_JSON, 'b/y.json': NUL_JSON, 'c/z.json': NUL_JSON });
    const r = runAction(ws, { inputs: { annotations: 'false', paths: 'a\nb/*.json' } });
    expect(r.annotations).toEqual([]);
    expect(r.outputs.errors).toBe('2');
    expect(r.status).toBe(1);
  });

  it('a config or input error fails the step with its one-line message, no stack trace', () => {
    const ws = workspace({ 'a.json': '{}\n' });
    const missing = runAction(ws, { inputs: { config: 'nope.json' } });
    expect(missing.failures).toEqual(['::error::logtail-lint: Config file not found: nope.json']);
    expect(missing.status).toBe(2);
    expect(missing.outputs['exit-code']).toBe('2');
    expect(missing.stdout + missing.stderr).not.toMatch(/^\s+at /m);

    const badInput = runAction(ws, { inputs: { 'fail-on': 'sometimes' } });
    expect(badInput.failures).toEqual(['::error::logtail-lint: Input fail-on must be one of error, warning, info, never; got "sometimes".']);

    const badConfig = workspace({ '.logtail-lint.json': '{"rules": {"no/such-rule": "error"}}', 'a.json': '{}\n' });
    const unknown = runAction(badConfig);
    expect(unknown.failures).toHaveLength(1);
    expect(unknown.failures[0]).toMatch(/^::error::logtail-lint: Unknown rule "no\/such-rule" in .*\.logtail-lint\.json\./);

    const typo = runAction(ws, { inputs: { paths: 'infar/' } });
    expect(typo.failures[0]).toMatch(/^::error::logtail-lint: No files matching "infar\/" were found/);
  });

  describe('only-changed', () => {
    /** A repository whose pull request adds pr/new.json on top of main's old/old.json, both bad. */
    function pullRequestRepo(): { ws: string; base: string; head: string } {
      const ws = workspace({ 'old/old.json': NUL_JSON });
      git(ws, 'init', '-q');
      git(ws, 'add', '.');
      git(ws, 'commit', '-qm', 'base');
      const base = git(ws, 'rev-parse', 'HEAD');
      git(ws, 'checkout', '-qb', 'feature');
      mkdirSync(path.join(ws, 'pr'));
      writeFileSync(path.join(ws, 'pr/new.json'), NUL_JSON);
      git(ws, 'add', '.');
      git(ws, 'commit', '-qm', 'head');
      return { ws, base, head: git(ws, 'rev-parse', 'HEAD') };
    }

    it('annotates only the files the pull request changes, from git diff base...head', () => {
      const { ws, base, head } = pullRequestRepo();
      const r = runAction(ws, {
        inputs: { 'only-changed': 'true' },
        event: { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } },
      });
      expect(r.annotations).toEqual([`::error title=file/binary,file=pr/new.json,line=1,endLine=1,col=1,endColumn=1::${BINARY}`]);
      expect(r.stdout).toContain(`only-changed: annotating findings in the 1 file this change touches (git diff ${base.slice(0, 7)}...${head.slice(0, 7)}).`);
      expect(r.stdout).toContain('1 finding in files this change does not touch was not annotated.');
      // The step's status and counts still cover every finding.
      expect(r.outputs.errors).toBe('2');
      expect(r.status).toBe(1);
    });

    it("uses the pull request's merge commit when only it and its parents were fetched (fetch-depth: 2)", () => {
      const { ws, head } = pullRequestRepo();
      // What actions/checkout checks out for a pull request: main merged with the head.
      git(ws, 'checkout', '-q', '--detach', 'main');
      git(ws, 'merge', '-q', '--no-ff', '-m', 'merge', head);
      const r = runAction(ws, {
        inputs: { 'only-changed': 'true' },
        // The base branch moved on since the event: its sha is not in this checkout.
        event: { name: 'pull_request', payload: { pull_request: { base: { sha: 'c'.repeat(40) }, head: { sha: head } } } },
      });
      expect(r.annotations).toEqual([`::error title=file/binary,file=pr/new.json,line=1,endLine=1,col=1,endColumn=1::${BINARY}`]);
      expect(r.stdout).toContain("(git diff HEAD^1 HEAD (the pull request's merge commit))");
    });

    it('falls back to annotating everything, and says why, when the commits are not in the checkout', () => {
      const { ws } = pullRequestRepo();
      const r = runAction(ws, {
        inputs: { 'only-changed': 'true' },
        event: { name: 'pull_request', payload: { pull_request: { base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } } } },
      });
      expect(r.annotations).toHaveLength(2);
      expect(r.stdout).toContain(
        "only-changed: cannot tell which files changed (the pull request's base (aaaaaaa) and head (bbbbbbb) commits are not both in the checkout; use actions/checkout with fetch-depth: 0), so every finding is annotated.",
      );
    });
  });

  it('starts and lints a small repository quickly', () => {
    const r = runAction(workspace({ 'a.json': '{}\n' }));
    expect(r.status).toBe(0);
    expect(r.ms).toBeLessThan(5_000);
  });
});
