/**
 * Hostile file names and contents, end to end: a repository whose names and values carry line
 * breaks, a lone CR, ANSI and OSC escapes, C1 controls, bidi overrides, `%` escapes, `::`, `,`,
 * `=`, `##[`, HTML and Markdown, linted by the built CLI (every format) and by the committed Action
 * bundle under Node 24. What the GitHub runner would do with the output is decided by our port of
 * its parser, which workflow-commands.test.ts holds to the runner's own verdicts (and, where this
 * machine has the Mono build of the runner's parser, by the runner's own code as well).
 *
 * LOGTAIL_LINT_CAPTURE_OUTPUT=<dir> writes what was printed to <dir>, for the fixture's generator
 * (test/fixtures/workflow-commands/README.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeTree, type Tree } from '../helpers.js';
import { runBin } from '../cli/run-bin.js';
import { validateSarif } from '../formatters/sarif-schema.js';
import { changedFiles } from '../../src/action/changed-files.js';
import { node24Missing, runAction } from './runner.js';
import { processOutput, runnerParserAvailable, runnerParserOutput, type RunnerLine } from './workflow-commands.js';

/** Each a real name on disk (Linux takes any byte but `/` and NUL). */
const HOSTILE_NAMES = [
  '\n::add-mask::leak\n', // a line break, then a command at the start of a line
  '::set-output name=pwned::1', // a command as the whole name (stylish starts a line with the file name)
  '\r::stop-commands::tok1234567\r', // lone CRs: a line break to the runner
  '\u001b]0;owned\u0007\u001b[2J\u001b[31mred', // OSC window title, clear screen, colour
  '%0A%25x,y:z', // the escapes themselves, and the property separators
  'x ##[add-mask]secret', // the legacy form, which the runner finds anywhere in a line
  ' \t\u00a0::error::lead', // white space before `::` (the runner trims it)
  '\u009b31m\u202eevil', // a C1 CSI and a right-to-left override
  '\u2028::warning::ls', // U+2028 (no line break to the runner)
  '<img src=x onerror=alert(1)>&"\'', // HTML
  '\n\n![beacon](https:attacker.example)\n\n# all clear', // Markdown after a blank line (no `/`: names cannot hold one)
];

/** A value in a file, quoted back in messages and code frames. */
const HOSTILE_VALUE = '::add-mask::V\u001b[31m\n::set-output name=a::b\r##[add-mask]z %0A %25 \u009b2J \u202e';

const AGENT_CONFIG = JSON.stringify(
  {
    config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com',
    data_server_list: [{ cluster: HOSTILE_VALUE, endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }],
  },
  null,
  2,
);

function hostileTree(): Tree {
  const tree: Tree = { '.logtail-lint.json': '{}\n' };
  HOSTILE_NAMES.forEach((name, i) => {
    tree[`${name}.json`] = '{"a": 1}\0\n'; // file/binary, at the top: the name starts a stylish line
    tree[`hosts/${i}${name}/usr/local/ilogtail/ilogtail_config.json`] = `${AGENT_CONFIG}\n`; // region/unknown quotes the value
    tree[`hosts/${i}${name}/etc/ilogtail/user_defined_id`] = `web-prod\r\n${HOSTILE_VALUE.replace(/[\r\n]/g, ' ')}\r\n`; // user-defined-id/crlf
  });
  return tree;
}

const EXPECTED_FILES = Object.keys(hostileTree())
  .filter((p) => p !== '.logtail-lint.json')
  .sort();

const CAPTURE = process.env.LOGTAIL_LINT_CAPTURE_OUTPUT;
function capture(name: string, text: string): void {
  if (!CAPTURE) return;
  mkdirSync(CAPTURE, { recursive: true });
  writeFileSync(path.join(CAPTURE, name), text);
}

const canon = (records: RunnerLine[]) => records.map(({ line, effect, form, command, properties, data }) => ({ line, effect, form, command, properties, data }));
const withRunner = runnerParserAvailable();

/** What the runner makes of `text`: the port, and the runner's own parser too where it is built here. */
function runnerReads(text: string): RunnerLine[] {
  const ours = processOutput(text);
  if (withRunner) expect(canon(ours), "the runner's own parser (Mono build) reads it the same").toEqual(canon(runnerParserOutput(text)));
  return ours;
}

/** Our own SGR codes (src/formatters/stylish.ts ANSI): colour, bold, dim, underline and their resets. */
const OUR_SGR = /\u001b\[(?:1|2|4|22|24|31|33|36|39)m/g;
/** What must never reach a terminal from a name or a value: ESC, C1 controls (CSI U+009B), bidi overrides, a lone CR. */
const TERMINAL_UNSAFE = /[\u001b\u0080-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/;

describe('hostile names and contents through the CLI', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = writeTree(hostileTree());
  });

  it('the tree is real: every hostile name is a file on disk', () => {
    const listed = execFileSync('find', ['.', '-type', 'f', '-print0'], { cwd }).toString('utf8').split('\0').filter(Boolean);
    expect(
      listed
        .map((p) => p.slice(2))
        .filter((p) => p !== '.logtail-lint.json')
        .sort(),
    ).toEqual(EXPECTED_FILES);
  });

  it('json: parses, and names every hostile file exactly', () => {
    const r = runBin(['-f', 'json', '.'], cwd);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { diagnostics: Array<{ file: string; message: string }> };
    expect([...new Set(report.diagnostics.map((d) => d.file))].sort()).toEqual(EXPECTED_FILES);
    // The value is kept whole, its line breaks written as escapes (a finding is one line: src/engine/pipeline.ts).
    const oneLine = HOSTILE_VALUE.replace(/\r/g, '\\r').replace(/\n/g, '\\n');
    expect(report.diagnostics.some((d) => d.message.includes(oneLine))).toBe(true);
  });

  it('stylish: no escape, C1 control, bidi override or lone CR from a name or value reaches the terminal, coloured or not', () => {
    for (const args of [['.'], ['--color', '.']]) {
      const r = runBin(args, cwd);
      expect(r.status).toBe(1);
      const text = r.stdout.replace(OUR_SGR, '');
      expect(TERMINAL_UNSAFE.exec(text), args.join(' ')).toBeNull();
      // Every finding is there, and each hostile file heads its block on one line of its own.
      expect(r.stdout).toContain(`✖ ${countFindings(cwd)} problems`);
    }
  });

  it('stylish in a GitHub Actions step: not one workflow command runs', () => {
    const r = runBin(['.'], cwd, { GITHUB_ACTIONS: 'true' });
    capture('stylish-in-actions.txt', r.stdout);
    const read = runnerReads(r.stdout);
    expect(read.filter((l) => l.effect === 'run')).toEqual([]);
    expect(read.filter((l) => l.effect === 'ignored').length).toBeGreaterThan(0); // there was something to stop
    expect(read.map((l) => l.effect).filter((e) => e === 'stop' || e === 'resume')).toEqual(['stop', 'resume']);
    // …and the same output outside Actions is stylish as ever, no markers.
    expect(runBin(['.'], cwd).stdout).toBe(r.stdout.split('\n').slice(1, -2).join('\n') + '\n');
  });

  it('github: each finding is exactly one annotation with its file and message intact; nothing else runs', () => {
    const diagnostics = (JSON.parse(runBin(['-f', 'json', '.'], cwd).stdout) as { diagnostics: Array<{ file: string; message: string; severity: string }> }).diagnostics;
    const r = runBin(['-f', 'github', '.'], cwd);
    capture('github.txt', r.stdout);
    const read = runnerReads(r.stdout);
    expect(read.map((l) => l.effect)).toEqual(diagnostics.map(() => 'run'));
    expect(read.map((l) => ({ command: l.command, file: l.properties?.file, data: l.data }))).toEqual(
      diagnostics.map((d) => ({ command: d.severity === 'info' ? 'notice' : d.severity, file: d.file, data: d.message })),
    );
  });

  it('sarif: valid against the SARIF 2.1.0 schema, every URI names its hostile file', () => {
    const r = runBin(['-f', 'sarif', '.'], cwd);
    const log = JSON.parse(r.stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    const uris: string[] = log.runs[0].results.map(
      (x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect([...new Set(uris.map((u) => u.split('/').map(decodeURIComponent).join('/')))].sort()).toEqual(EXPECTED_FILES);
    // A URI reference: no raw space, control or `%` that is not an escape.
    for (const u of uris) expect(u).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/);
  });

  it('junit: well-formed XML by a real parser (Python expat), with every hostile file named', () => {
    const r = runBin(['-f', 'junit', '.'], cwd);
    const names = execFileSync('python3', ['-c', EXPAT_CLASSNAMES], { input: r.stdout, encoding: 'utf8' });
    const classnames = JSON.parse(names) as string[];
    // XML cannot carry ESC or C1 controls: the formatter drops those; everything else survives.
    const xmlSafe = (p: string) => p.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
    expect([...new Set(classnames)].sort()).toEqual([...new Set(EXPECTED_FILES.map(xmlSafe))].sort());
  });
});

/** Prints the testcase classnames of a JUnit report read from stdin, as JSON; fails on anything not well-formed. */
const EXPAT_CLASSNAMES = `
import json, sys, xml.dom.minidom
doc = xml.dom.minidom.parseString(sys.stdin.buffer.read())
print(json.dumps([t.getAttribute('classname') for t in doc.getElementsByTagName('testcase')]))
`;

function countFindings(cwd: string): number {
  return (JSON.parse(runBin(['-f', 'json', '.'], cwd).stdout) as { diagnostics: unknown[] }).diagnostics.length;
}

describe.skipIf(node24Missing() !== undefined && !process.env.CI)('hostile names and contents through the Action (Node 24)', () => {
  const WORKDIR = 'work\n::add-mask::WD\n##[set-output name=legacy]1';
  const SARIF = 'reports\n::add-mask::SARIF\n##[add-mask]S/out.sarif';
  let ws: string;
  let run: ReturnType<typeof runAction>;
  beforeAll(() => {
    const tree: Tree = { '.logtail-lint.json': '{}\n' };
    for (const [p, content] of Object.entries(hostileTree())) tree[`${WORKDIR}/${p}`] = content;
    ws = writeTree(tree);
    // only-changed outside a git checkout: the reason names the (hostile) working directory.
    run = runAction(ws, { inputs: { 'working-directory': WORKDIR, 'sarif-file': SARIF, 'only-changed': 'true' } });
    capture('action-stdout.txt', run.stdout);
  });

  it('runs nothing but its annotations and its failure: no mask, output, stop or other command', () => {
    expect(run.status, run.stderr).toBe(1);
    const read = runnerReads(run.stdout);
    const ran = read.filter((l) => l.effect === 'run');
    expect(
      ran.every((l) => ['error', 'warning', 'notice'].includes(l.command!)),
      JSON.stringify(ran.map((l) => l.command)),
    ).toBe(true);
    // The annotations (GitHub shows 10 per kind per step; setFailed takes an error slot), then the failure.
    const failure = ran.at(-1)!;
    expect(failure).toMatchObject({
      command: 'error',
      properties: {},
      data: expect.stringMatching(/^logtail-lint found \d+ errors, \d+ warnings \(fail-on: error\)\.$|^logtail-lint found \d+ errors \(fail-on: error\)\.$/),
    });
    const annotations = ran.slice(0, -1);
    expect(annotations.filter((a) => a.command === 'error')).toHaveLength(9);
    const expected = new Set(EXPECTED_FILES.map((f) => `${WORKDIR}/${f}`));
    for (const a of annotations) expect(expected.has(a.properties!.file), a.properties!.file).toBe(true);
    // Every stop is matched by its resume, and the lines between are shown, never run.
    const switches = read.filter((l) => l.effect === 'stop' || l.effect === 'resume');
    expect(switches.length % 2).toBe(0);
    for (let i = 0; i < switches.length; i += 2) expect([switches[i].effect, switches[i + 1].effect, switches[i + 1].command]).toEqual(['stop', 'resume', switches[i].data]);
    expect(read.some((l) => l.effect === 'stop-rejected')).toBe(false);
  });

  it('the log lines that name the working directory, the SARIF path and the only-changed reason run nothing', () => {
    const flat = (s: string) => s.replace(/\n/g, '\\n');
    const read = runnerReads(run.stdout);
    const shown = (needle: string) => read.filter((l) => l.line.includes(needle));
    for (const needle of [
      `checked in ${flat(WORKDIR)}:`,
      `Wrote SARIF to ${flat(path.join(ws, SARIF))}`,
      `only-changed: cannot tell which files changed (${flat(path.join(ws, WORKDIR))} is not inside a git checkout)`,
    ]) {
      // Shown as text, or parsed while commands are off (`##[` in the name), and so shown too.
      expect(
        shown(needle).map((l) => (l.effect === 'ignored' ? 'text' : l.effect)),
        needle,
      ).toEqual(['text']);
    }
  });

  it('writes the outputs and the SARIF file where asked, names intact', () => {
    expect(run.outputs).toEqual({ errors: expect.stringMatching(/^\d+$/), warnings: expect.stringMatching(/^\d+$/), 'sarif-file': path.join(ws, SARIF), 'exit-code': '1' });
    const log = JSON.parse(readFileSync(path.join(ws, SARIF), 'utf8'));
    expect(validateSarif(log)).toBe(true);
  });

  it('the job summary is one HTML block of findings, then the fleet view: no value brings a line break, markup or Markdown of its own', () => {
    // Markdown's line endings are LF, CR and CRLF (U+2028 is none): no raw CR, and every LF-separated
    // line of the findings is one of the summary's own elements, so the renderer sees one HTML block.
    expect(run.summary).not.toContain('\r');
    const [findings, fleet] = run.summary.split('\n\n## Fleet view\n');
    expect(fleet, 'the fleet view follows the findings').toBeDefined();
    const lines = findings.split('\n');
    for (const l of lines) expect(l).toMatch(/^(?:<h2>.*<\/h2>|<h3><code>.*<\/code><\/h3>|<p>.*<\/p>|<table>|<\/table>|<tr>.*<\/tr>)$/s);
    // The fleet view is Markdown: every repository value is inside a code span, where `<`, `!`, `[` are literal,
    // and its line breaks are shown as escapes. Outside the code spans only our own words and links remain.
    const outsideCode = fleet.replace(/(`+)[^`]*?\1|(`+) [\s\S]*? \2/g, '');
    expect(outsideCode).not.toMatch(/<(?!https:\/\/github\.com\/acme\/infra\/blob\/)|!\[|::|##\[/);
    for (const l of fleet.split('\n')) expect(l).toMatch(/^(?:$|#{3} |\||[A-Z`*…]|\*\*)/);
    expect(findings).not.toContain('<img');
    expect(findings).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;');
    expect(findings).toContain('&#10;&#10;![beacon](https:attacker.example)&#10;&#10;# all clear');
    expect(TERMINAL_UNSAFE.test(run.summary)).toBe(false);
    // Every hostile file has its section.
    for (const f of EXPECTED_FILES) expect(run.summary).toContain(`<h3><code>${escapeLikeSummary(`${WORKDIR}/${f}`)}</code></h3>`);
  });
});

/** The summary's escaping, restated: HTML specials and line breaks as references, controls and bidi overrides as U+FFFD. */
function escapeLikeSummary(s: string): string {
  const refs: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\n': '&#10;' };
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd').replace(/[&<>"'\r\n]/g, (c) => refs[c]);
}

describe.skipIf(node24Missing() !== undefined && !process.env.CI)('only-changed: what the event payload says never reaches git but as a checked commit ID', () => {
  /** A `git` first on PATH that logs each argument vector (NUL-separated, one per line) and runs the real git. */
  function gitShim(): { dir: string; log: string; calls: () => string[][] } {
    const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    const dir = writeTree({ '.keep': '' });
    const log = path.join(dir, 'git-calls.log');
    writeFileSync(path.join(dir, 'git'), `#!/bin/sh\nfor a in "$@"; do printf '%s\\0' "$a"; done >> '${log}'\nprintf '\\n' >> '${log}'\nexec '${realGit}' "$@"\n`, { mode: 0o755 });
    const calls = () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\0').slice(0, -1));
    return { dir, log, calls };
  }

  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' }).trim();

  function repo(): { ws: string; base: string; head: string } {
    const ws = writeTree({ '.logtail-lint.json': '{}\n', 'a.json': '{"a": 1}\0\n' });
    git(ws, 'init', '-q');
    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'base');
    const base = git(ws, 'rev-parse', 'HEAD');
    writeFileSync(path.join(ws, 'b.json'), '{"b": 1}\0\n');
    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'head');
    return { ws, base, head: git(ws, 'rev-parse', 'HEAD') };
  }

  it('a ref that is not a commit ID (an option, revision syntax, shell) is refused, and git never sees it', () => {
    const { ws, base, head } = repo();
    const shim = gitShim();
    const marker = path.join(ws, 'PWNED');
    const hostile = [`--output=${marker}`, '-c', `core.pager=touch ${marker}`, 'HEAD~1', `$(touch ${marker})`, `${base};touch ${marker}`, '@{-1}', 42, { sha: base }];
    const payloads = hostile.flatMap((bad) => [
      ['pull_request', { pull_request: { base: { sha: bad }, head: { sha: head } } }],
      ['pull_request', { pull_request: { base: { sha: base }, head: { sha: bad } } }],
      ['push', { before: bad, after: head }],
    ]) as Array<[string, unknown]>;
    // In process (one Action run per payload would take seconds each), with the shim first on PATH…
    const savedPath = process.env.PATH;
    process.env.PATH = `${shim.dir}:${savedPath}`;
    try {
      for (const [name, payload] of payloads) {
        const eventPath = path.join(shim.dir, 'event.json');
        writeFileSync(eventPath, JSON.stringify(payload));
        const found = changedFiles(name, eventPath, ws, ws);
        expect(found, JSON.stringify(payload)).toEqual({
          ok: false,
          reason: expect.stringMatching(/^the (pull request's base or head|push's before or after) in the event payload is not a commit ID$/),
        });
      }
    } finally {
      process.env.PATH = savedPath;
    }
    // …and once through the Action bundle, to see what the log says.
    const r = runAction(ws, { inputs: { 'only-changed': 'true' }, event: { name: 'pull_request', payload: payloads[0][1] }, env: { PATH: `${shim.dir}:${process.env.PATH}` } });
    expect(r.stdout).toContain(
      "only-changed: cannot tell which files changed (the pull request's base or head in the event payload is not a commit ID), so every finding is annotated.",
    );
    const args = shim.calls().flat();
    expect(shim.calls().length).toBeGreaterThan(0); // git did run (rev-parse), just never with a payload value
    for (const bad of hostile)
      if (typeof bad === 'string' && bad !== '-c')
        expect(
          args.some((a) => a.includes(bad)),
          bad,
        ).toBe(false);
    expect(existsSync(marker)).toBe(false);
  });

  it('git gets an argument array, `--end-of-options` before every revision, and no diff driver', () => {
    const { ws, base, head } = repo();
    const shim = gitShim();
    const r = runAction(ws, {
      inputs: { 'only-changed': 'true' },
      event: { name: 'pull_request', payload: { pull_request: { base: { sha: base }, head: { sha: head } } } },
      env: { PATH: `${shim.dir}:${process.env.PATH}` },
    });
    expect(r.stdout).toContain(`only-changed: annotating findings in the 1 file this change touches (git diff ${base.slice(0, 7)}...${head.slice(0, 7)}).`);
    const calls = shim.calls();
    expect(calls.length).toBeGreaterThan(0);
    for (const argv of calls) {
      const revs = argv.filter((a) => a.includes(base) || a.includes(head));
      for (const rev of revs) expect(argv.indexOf('--end-of-options'), argv.join(' ')).toBeLessThan(argv.indexOf(rev));
    }
    const diff = calls.find((a) => a.includes('diff'))!;
    expect(diff).toEqual(['-c', 'safe.directory=*', 'diff', '--name-only', '--no-renames', '-z', '--no-ext-diff', '--no-textconv', '--end-of-options', `${base}...${head}`, '--']);
  });
});
