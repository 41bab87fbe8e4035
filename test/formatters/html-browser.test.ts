/**
 * The HTML report in a real browser: Debian's Chromium (/usr/bin/chromium), driven by
 * playwright-core, opens the page the CLI wrote, from a file:// URL, offline. It checks what a
 * person sees — findings and tables laid out and visible, text as computed by the browser, links
 * that lead to real files — and reads the screenshot's pixels itself (a severity badge's colour
 * at its box, the page height, many colours: not a blank page, not an error page).
 *
 * Chromium missing: the suite is skipped with the reason, except in CI (CI=true), where the
 * first test fails instead: .ci/run installs the `chromium` package, so CI always runs this.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { runBin } from '../cli/run-bin.js';
import { writeTree } from '../helpers.js';
import { BIG_HOSTS, bigTree } from './big-fleet.js';
import { FLEET_TREE } from './fleet-fixture.js';
import { decodePng, near, parseRgb, pixel, shareOf, type Image } from './png.js';

export const CHROMIUM = process.env.LOGTAIL_LINT_CHROMIUM ?? '/usr/bin/chromium';
const missing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing: install Debian's chromium package (apt-get install -y chromium; .ci/run does)`;
if (missing && !process.env.CI) console.warn(`SKIPPED the HTML report's browser test: ${missing}.`);

/** Flags that keep Chromium off the network and out of first-run work. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const WIDTH = 1280;

describe.skipIf(missing !== undefined && !process.env.CI)(`the HTML report in headless Chromium${missing ? ` (skipped: ${missing})` : ''}`, () => {
  let context: BrowserContext;
  let page: Page;
  let profile: string;
  let repo: string;
  let pageFile: string;
  let findings: Array<{ ruleId: string; severity: string; message: string; file: string }>;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (missing) return;
    repo = writeTree({ ...FLEET_TREE, 'hosts/esc/etc/ilogtail/ilogtail_config.json': '{\n  "data_server_list": [{ "cluster": "cn-hangzhouu" }],\n}\n' });
    const r = runBin(['--no-config-lookup', '-f', 'html', '-o', 'reports/fleet/index.html', '-f', 'json', '-o', 'reports/fleet/report.json'], repo);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    pageFile = path.join(repo, 'reports/fleet/index.html');
    findings = JSON.parse(readFileSync(path.join(repo, 'reports/fleet/report.json'), 'utf8')).diagnostics;

    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(path.join(tmpdir(), 'logtail-lint-chromium-'));
    // A fresh profile each run (launchPersistentContext is how playwright takes --user-data-dir).
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: WIDTH, height: 900 }, deviceScaleFactor: 1, offline: true });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('Chromium is there (CI must not skip this)', () => {
    expect(missing).toBeUndefined();
  });

  it('loads the page itself and nothing else, without an error (CSP or other)', async () => {
    expect(requests).toEqual([pathToFileURL(pageFile).href]);
    expect(problems).toEqual([]);
    expect(await page.title()).toMatch(/^logtail-lint report: \d+ problems \(\d+ errors?, \d+ warnings?, 0 infos\), 9 hosts$/);
    expect(await page.locator('h1').innerText()).toBe('logtail-lint report');
    expect(await page.evaluate(() => document.body.className)).not.toContain('neterror');
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
  });

  it('shows every finding, in order, with its severity, rule, message, line and code', async () => {
    const items = page.locator('li.finding');
    expect(await items.count()).toBe(findings.length);
    expect(findings.length).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < findings.length; i++) {
      const item = items.nth(i);
      const box = await item.boundingBox();
      expect(box!.width, `finding ${i + 1} width`).toBeGreaterThan(600);
      expect(box!.height, `finding ${i + 1} height`).toBeGreaterThan(50);
      expect(await item.locator('.badge').innerText()).toBe(findings[i].severity.toUpperCase()); // CSS upper-cases it
      expect(await item.locator('.rule').innerText()).toBe(findings[i].ruleId);
      expect(await item.locator('.message').innerText()).toBe(findings[i].message);
      expect(await item.getAttribute('id')).toBe(`finding-${i + 1}`);
    }
    // The code line shows the file's text with the range marked.
    const crlf = page.locator('li.finding', { has: page.locator('.rule', { hasText: 'user-defined-id/crlf' }) });
    expect(await crlf.locator('pre.code code').innerText()).toBe('web-prod');
    expect(await crlf.locator('pre.code .ln').innerText()).toBe('1');
    expect(await crlf.locator('pre.code mark').boundingBox()).not.toBeNull();
  });

  it('shows the fleet tables, laid out, with the computed text of their cells', async () => {
    for (const id of ['hosts-by-region', 'groups-by-project', 'unjoined', 'joins', 'groups', 'hosts']) {
      const table = page.locator(`table#${id}`);
      expect(await table.isVisible(), id).toBe(true);
      const box = await table.boundingBox();
      expect(box!.height, id).toBeGreaterThan(60);
      expect(box!.width, id).toBeGreaterThan(200);
    }
    const rows = await page.locator('#hosts-by-region tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c as HTMLElement).innerText)));
    expect(rows).toEqual([
      ['cn-hangzhou', '1', '5', '', '6'],
      ['cn-shanghai', '', '2', '', '2'],
      ['unknown', '', '', '1', '1'],
    ]);
    expect(await page.locator('#hosts-by-region tfoot').innerText()).toBe('total\t1\t7\t1\t9');
    expect(await page.locator('.stat.bad dd').innerText()).toBe('3');
    // A folder named `<api>&"q"` is text, not markup.
    expect(await page.locator('#joins').innerText()).toContain('hosts/<api>&"q"');
    expect(await page.evaluate(() => document.querySelectorAll('api, script, img, iframe').length)).toBe(0);
  });

  it('links each finding to its real file and line, and every in-page link to an element', async () => {
    const pageUrl = pathToFileURL(pageFile).href;
    // Every link to a file leads to one that exists; a finding's (and a related location's) carries its line.
    const fileLinks = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#') && !h.startsWith('https:')));
    expect(fileLinks.length).toBeGreaterThan(findings.length);
    for (const href of fileLinks) {
      const url = new URL(href, pageUrl);
      expect(url.protocol).toBe('file:');
      expect(url.hash, href).toMatch(/^(#L\d+)?$/);
      expect(existsSync(fileURLToPath(url)), `${href} → ${fileURLToPath(url)}`).toBe(true);
    }
    const lineLinks = await page.locator('a.loc, .related a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(lineLinks.length).toBeGreaterThanOrEqual(findings.length);
    for (const href of lineLinks) expect(href).toMatch(/#L\d+$/);
    expect(fileLinks).toContain('../../hosts/crlf/etc/ilogtail/user_defined_id#L1');
    const anchors = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)));
    expect(anchors).toEqual([]);
  });

  let light: Image;

  it('a full-page screenshot shows the rendered content (height, badge colour at its box, many colours)', async () => {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const png = await page.screenshot({ fullPage: true });
    saveForInspection('html-report-light.png', png);
    light = decodePng(png);
    expect(light.width).toBe(WIDTH);
    expect(light.height).toBe(height);
    expect(light.height).toBeGreaterThan(2500); // a blank or error page is one screen high

    // The first error badge: the colour the browser computed for it fills most of its box.
    const badge = page.locator('.badge.error').first();
    const colour = parseRgb(await badge.evaluate((el) => getComputedStyle(el).backgroundColor));
    expect(colour).toEqual([198, 40, 40]);
    const box = (await badge.boundingBox())!;
    const scroll = await page.evaluate(() => window.scrollY);
    expect(shareOf(light, { ...box, y: box.y + scroll }, colour)).toBeGreaterThan(0.5);
    const warning = page.locator('.badge.warning').first();
    const wbox = (await warning.boundingBox())!;
    expect(shareOf(light, { ...wbox, y: wbox.y + scroll }, parseRgb(await warning.evaluate((el) => getComputedStyle(el).backgroundColor)))).toBeGreaterThan(0.5);

    // Not blank: many distinct colours (text anti-aliasing, badges, states), and ink on a good part of the page.
    const background = pixel(light, 2, 2);
    expect(background).toEqual([255, 255, 255]);
    const colours = new Set<number>();
    let ink = 0;
    for (let i = 0; i < light.rgba.length; i += 4) {
      colours.add(((light.rgba[i] >> 3) << 10) | ((light.rgba[i + 1] >> 3) << 5) | (light.rgba[i + 2] >> 3));
      if (!near([light.rgba[i], light.rgba[i + 1], light.rgba[i + 2]], background, 24)) ink++;
    }
    expect(colours.size).toBeGreaterThan(100);
    expect(ink / (light.width * light.height)).toBeGreaterThan(0.04);
  });

  it('dark mode: dark background, light text, its own badge colour', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const png = await page.screenshot();
    saveForInspection('html-report-dark.png', png);
    const dark = decodePng(png);
    expect(pixel(dark, 2, 2)).toEqual([13, 17, 23]);
    expect(parseRgb(await page.evaluate(() => getComputedStyle(document.body).color))).toEqual([230, 237, 243]);
    const badge = page.locator('.badge.error').first();
    await badge.scrollIntoViewIfNeeded();
    const shot = decodePng(await page.screenshot());
    expect(shareOf(shot, (await badge.boundingBox())!, [248, 81, 73])).toBeGreaterThan(0.5);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a large page (700 hosts and their findings) renders its sections lazily, and what is scrolled to is rendered', async () => {
    const big = writeTree(bigTree());
    expect(runBin(['--no-config-lookup', '-f', 'html', '-o', 'report.html'], big).status).toBe(1);
    const tab = await context.newPage();
    const started = performance.now();
    await tab.goto(pathToFileURL(path.join(big, 'report.html')).href, { waitUntil: 'load' });
    // A sanity bound only (this machine may be busy): docs/fleet-view.md has the measured times.
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(await tab.evaluate(() => document.body.className)).toBe('large');
    const last = tab.locator('li.finding').last();
    expect(await tab.locator('li.finding').count()).toBeGreaterThanOrEqual(BIG_HOSTS);
    await last.scrollIntoViewIfNeeded();
    // A lazily rendered section is laid out in the frames after it comes near the screen.
    const severity = (await last.getAttribute('class'))!.replace('finding ', '');
    await expect.poll(() => last.locator('.badge').innerText(), { timeout: 5_000 }).toBe(severity.toUpperCase());
    const colour = parseRgb(await last.locator('.badge').evaluate((el) => getComputedStyle(el).backgroundColor));
    const shot = decodePng(await tab.screenshot());
    expect(shareOf(shot, (await last.locator('.badge').boundingBox())!, colour)).toBeGreaterThan(0.5);
    await tab.close();
    rmSync(big, { recursive: true, force: true }); // now, not in the shared afterAll: 1,400 files
  }, 90_000);

  it('prints: no navigation, every finding, and Chromium makes a PDF of it', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('li.finding').last().isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
  });
});

/** With LOGTAIL_LINT_SCREENSHOTS=<dir>, keep the screenshots to look at. */
function saveForInspection(name: string, png: Buffer): void {
  const dir = process.env.LOGTAIL_LINT_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), png);
}
