/** The HTML page's structure, escaping and links, as text (the browser test renders it). */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { fileHref, html } from '../../src/formatters/html.js';
import { DIAGNOSTICS, makeContext } from './fixtures.js';
import { fleetFixture } from './fleet-fixture.js';

const { view, result } = await fleetFixture();

const VOID = new Set(['meta', 'br', 'wbr', 'img', 'hr', 'input', 'link']);

/** The elements' nesting, or a message where a tag closes what it did not open. */
function tagProblems(page: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = page.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!DOCTYPE html>/, '');
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)) {
    const [, close, name] = m;
    const tag = name.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!close) stack.push(tag);
    else if (stack.pop() !== tag) problems.push(`</${tag}> at ${m.index}`);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  return problems;
}

const HOSTILE: Diagnostic = {
  ruleId: 'config/unknown-region',
  severity: 'error',
  message: 'Value "<script>alert(1)</script>" & \u001b[31mred\u001b[0m\r\nnext line \u202etxt.exe',
  file: 'hosts/a<b>&"c" \'d\'.json',
  range: { start: { line: 1, column: 3 }, end: { line: 1, column: 8 } },
  related: [{ file: 'tf/<x>.tf', range: { start: { line: 2, column: 1 }, end: { line: 2, column: 2 } }, message: 'see </li></ul><h1>' }],
};

describe('html page', () => {
  const page = html(DIAGNOSTICS, makeContext({ fleetView: view }));

  it('is one well-formed document with no script and no network resource', () => {
    expect(tagProblems('<p><b></p>')).toEqual(['</p> at 6', 'unclosed: p']); // the checker does check
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(tagProblems(page)).toEqual([]);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|\bsrc=|@import|url\(/i);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`);
    // The only absolute URLs are the rules' docs pages, as links.
    const urls = [...page.matchAll(/(?:href)="(https?:[^"]*)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('https://github.com/logtail-lint/logtail-lint/blob/v0.1.0/docs/rules/'))).toBe(true);
    expect(page).not.toMatch(/\s(?:srcset|action|data|poster|background)=/);
  });

  it('has landmarks, one h1, headings without skipped levels, and table headers', () => {
    for (const landmark of ['<header>', '<nav aria-label="Contents">', '<main id="main">', '<footer>']) expect(page).toContain(landmark);
    const levels = [...page.matchAll(/<h([1-6])\b/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i] - levels[i - 1]).toBeLessThanOrEqual(1);
    const tables = page.split('<table').slice(1);
    expect(tables).toHaveLength(6);
    for (const t of tables) {
      expect(t).toMatch(/^[^>]*>\n<caption>[^<]+/);
      expect(t).toMatch(/<thead><tr>(<th scope="col"[^>]*>[^]*?<\/th>)+<\/tr><\/thead>/);
      for (const row of t.split('<tbody>')[1].split('</tbody>')[0].split('\n').filter(Boolean)) expect(row).toMatch(/^<tr><th scope="row">/);
    }
    expect(page).toContain('@media (prefers-color-scheme: dark)');
    expect(page).toContain('@media print');
  });

  it('every finding has an anchor, its severity, its rule linked to the docs, and a link to its file and line', () => {
    const ids = [...page.matchAll(/<li class="finding (error|warning|info)" id="finding-(\d+)">/g)];
    expect(ids.map((m) => Number(m[2]))).toEqual([1, 2, 3, 4]);
    expect(ids.map((m) => m[1])).toEqual(['error', 'warning', 'warning', 'info']); // reading order: conf/ first
    expect(page).toContain('<span class="badge error">error</span> <a href="conf/ilogtail_config.json#L3" class="loc" title="conf/ilogtail_config.json:3:12"><code>3:12</code></a>');
    expect(page).toContain('<a href="https://github.com/logtail-lint/logtail-lint/blob/v0.1.0/docs/rules/config/unknown-region.md" class="rule"><code>config/unknown-region</code></a>');
    expect(page).toContain('<a class="anchor" href="#finding-1" aria-label="Link to finding 1">#1</a>');
    // The line of code, the range marked, the tab kept; the related location linked.
    expect(page).toContain('<code>\t&quot;region&quot;:\t<mark>&quot;cn-hangzhouu&quot;</mark>,</code>');
    expect(page).toContain('<a href="terraform/my%20module/main.tf#L2">');
    // Every finding of a file under that file's heading.
    expect(page).toMatch(/<h3 id="file-1-h"><a href="conf\/ilogtail_config.json"><code><span class="seg">conf<\/span>\/<wbr><span class="seg">ilogtail_config.json<\/span><\/code><\/a> <span class="count">1 error, 1 warning<\/span><\/h3>/);
  });

  it('shows the fleet view tables with the fixture repository content', () => {
    expect(page).toContain('<div class="stat bad"><dt>hosts joining no group</dt><dd>3</dd></div>');
    expect(page).toContain('<tr><th scope="row"><code class="v">cn-hangzhou</code></th><td class="num">1</td><td class="num">5</td><td class="num"></td><td class="num">6</td></tr>');
    // An identifier's CR and ESC, visible and marked.
    expect(page).toContain('<code class="v">web-prod<span class="ctl" title="U+000D">\\r</span></code>');
    expect(page).toContain('<code class="v">x<span class="ctl" title="U+001B">\\u001b</span>[31mred</code>');
    // A folder name with markup characters stays text.
    expect(page).toContain('<span class="seg">&lt;api&gt;&amp;&quot;q&quot;</span>');
    expect(page).toContain('<code class="v">ops &lt;&amp;&gt;</code>');
  });

  it('escapes what findings quote: markup, quotes, ANSI escapes, bidi controls; keeps line breaks', () => {
    const out = html([HOSTILE], makeContext({ getLine: () => 'ab<c>\u001b[1m"d"', fleetView: view }));
    expect(tagProblems(out)).toEqual([]);
    expect(out).not.toContain('<script>');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e]/); // no raw control but tab/newline
    expect(out).toContain('<p class="message">Value &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; <span class="ctl" title="U+001B">\\u001b</span>[31mred<span class="ctl" title="U+001B">\\u001b</span>[0m\nnext line <span class="ctl" title="U+202E">\\u202e</span>txt.exe</p>');
    // Columns 3 to 8 (exclusive): `<c>`, the ESC and `[`.
    expect(out).toContain('<code>ab<mark>&lt;c&gt;<span class="ctl" title="U+001B">\\u001b</span>[</mark>1m&quot;d&quot;</code>');
    expect(out).toContain('href="hosts/a%3Cb%3E%26%22c%22%20\'d\'.json#L1"'.replace("'d'", '&#39;d&#39;'));
    expect(out).toContain('<span class="rel-message">see &lt;/li&gt;&lt;/ul&gt;&lt;h1&gt;</span>');
  });

  it('cuts a minified file\'s one long line to a window around the range', () => {
    const long = `${'x'.repeat(100_000)}"region": "cn-hangzhouu"${'y'.repeat(100_000)}`;
    const at = long.indexOf('"cn-hangzhouu"') + 1;
    const d: Diagnostic = { ...DIAGNOSTICS[3], related: undefined, fix: undefined, range: { start: { line: 1, column: at }, end: { line: 1, column: at + 14 } } };
    const out = html([d], makeContext({ getLine: () => long }));
    const code = /<pre class="code">([\s\S]*?)<\/pre>/.exec(out)![1];
    expect(code.length).toBeLessThan(700);
    expect(code).toContain('<mark>&quot;cn-hangzhouu&quot;</mark>');
    expect(code.match(/title="line cut">…/g)).toHaveLength(2);
  });

  it('a clean run and a caller without a fleet view still give a page', () => {
    const clean = html([], makeContext({ fleetView: view }));
    expect(clean).toContain('<p class="clean">No problems found in 7 files checked.</p>');
    expect(clean).toContain('<title>logtail-lint report: no problems, 9 hosts</title>');
    const noView = html(DIAGNOSTICS, makeContext());
    expect(noView).toContain('No fleet view: the caller did not compute one.');
    expect(noView).toContain('id="finding-4"');
    expect(tagProblems(noView)).toEqual([]);
  });

  it('renders the real findings of the fixture repository too', () => {
    const out = html(result.diagnostics, makeContext({ cwd: result.cwd, rules: result.rules, fleetView: view, getLine: () => undefined }));
    expect(tagProblems(out)).toEqual([]);
    expect(out.match(/<li class="finding /g)).toHaveLength(result.diagnostics.length);
  });
});

describe('fileHref', () => {
  it('is relative to the page folder when written with -o, else to the working directory; segments encoded; line as fragment', () => {
    expect(fileHref('conf/a.json', 3, { cwd: '/repo' })).toBe('conf/a.json#L3');
    expect(fileHref('conf/a.json', 3, { cwd: '/repo', outputDir: '/repo/reports/html' })).toBe('../../conf/a.json#L3');
    expect(fileHref('conf/a.json', undefined, { cwd: '/repo', outputDir: '/tmp/out' })).toBe('../../repo/conf/a.json');
    expect(fileHref('my dir/a#b?c%.json', 1, { cwd: '/repo' })).toBe('my%20dir/a%23b%3Fc%25.json#L1');
    expect(fileHref('杭州/x.json', 1, { cwd: '/repo' })).toBe('%E6%9D%AD%E5%B7%9E/x.json#L1');
  });
});
