/**
 * `--format html`: one self-contained page — the fleet view and every finding, grouped by file —
 * that reads offline from a file:// URL. Inline CSS only: no script, no font, no image, no
 * network resource (a Content-Security-Policy says so to the browser too). Landmarks, headings
 * and table headers for screen readers; light and dark colours by `prefers-color-scheme`; a
 * print style.
 *
 * Every text from the repository is escaped, and control characters (CR, ESC, bidi controls)
 * are shown as marked pictures (␍, ␛), so a file name or value can neither inject markup nor hide.
 * Each finding links to its file and line (a path relative to the page's folder when written
 * with -o, else to the working directory, with `#L<line>`) and has an in-page anchor.
 */
import path from 'node:path';
import type { Diagnostic, Range, RelatedLocation, Severity } from '../core/diagnostic.js';
import { countBySeverity, sortDiagnostics } from '../core/report-order.js';
import type { FleetView, GroupView, HostView, ViewLocation } from '../model/fleet-view.js';
import { HOST_STATE, REASON, matchText, UNKNOWN, VIA, projectTypeMatrix, regionNetworkMatrix, typeName, type Matrix } from './fleet-words.js';
import type { IdentifyKind } from '../model/types.js';
import { docsUrlOf, plural } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';
import { codePointName, showValue, splitInvisible } from './visible.js';

/** A minified file can be one 5 MB line: a code line shows at most this many code units around the range. */
const MAX_CODE_CHARS = 240;
/** Findings plus table rows from which the page renders sections lazily (content-visibility). */
export const LARGE_PAGE_ITEMS = 2000;
const CODE_LEAD_CHARS = 60;

// ---------------------------------------------------------------- escaping

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeRaw = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** Text for an element or attribute: escaped, with control characters as pictures (in attributes, plain). */
export function text(s: string, markControls = true): string {
  return splitInvisible(s)
    .map((p) => (!p.invisible ? escapeRaw(p.text) : markControls ? `<span class="ctl" title="${codePointName(p.text)}">${escapeRaw(showValue(p.text))}</span>` : showValue(p.text)))
    .join('');
}
const attr = (s: string): string => text(s, false);
/** A message: its line breaks stay line breaks (the element keeps white space); other controls are marked. */
const messageText = (s: string): string => s.split(/\r?\n/).map((line) => text(line)).join('\n');

// ---------------------------------------------------------------- links

/** `href` of a file (relative to `cwd`) from the page's folder, with the line as fragment. */
export function fileHref(file: string, line: number | undefined, ctx: Pick<FormatterContext, 'cwd' | 'outputDir'>): string {
  const from = ctx.outputDir ?? ctx.cwd;
  const rel = path.relative(from, path.resolve(ctx.cwd, file)).split(path.sep).join('/');
  const url = rel.split('/').map((seg) => (seg === '..' || seg === '.' ? seg : encodeURIComponent(seg))).join('/') || '.';
  return line === undefined ? url : `${url}#L${line}`;
}

const link = (href: string, body: string, extra = ''): string => `<a href="${attr(href)}"${extra}>${body}</a>`;

/** A path that wraps only after a `/` (never at the hyphens of `cn-hangzhou` or `web-01`). */
const pathText = (p: string): string => p.split('/').map((seg) => `<span class="seg">${text(seg)}</span>`).join('/<wbr>');

/** A value from the repo in a table: kept on one line, and cut when very long (an 8 KiB identifier must not take the page). */
const MAX_CELL_CHARS = 120;
function cellValue(v: string): string {
  if (v.length <= MAX_CELL_CHARS) return `<code class="v">${text(v)}</code>`;
  const cut = /[\uD800-\uDBFF]/.test(v[MAX_CELL_CHARS - 1]) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return `<code class="v" title="${attr(v.slice(0, 1000))}">${text(v.slice(0, cut))}<span class="cut">…</span></code>`;
}

// ---------------------------------------------------------------- findings

/** The source line with the range marked; cut to a window around it when the line is long. */
function codeLine(source: string, range: Range): string {
  let from = range.start.column - 1;
  let to = range.end.line === range.start.line ? range.end.column - 1 : source.length;
  let head = '';
  let tail = '';
  let line = source;
  if (source.length > MAX_CODE_CHARS) {
    let start = Math.max(0, Math.min(from, source.length) - CODE_LEAD_CHARS);
    if (start > 0 && /[\uDC00-\uDFFF]/.test(source[start])) start++;
    let end = Math.min(source.length, start + MAX_CODE_CHARS);
    if (end < source.length && /[\uD800-\uDBFF]/.test(source[end - 1])) end--;
    line = source.slice(start, end);
    head = start > 0 ? '<span class="cut" title="line cut">…</span>' : '';
    tail = end < source.length ? '<span class="cut" title="line cut">…</span>' : '';
    from -= start;
    to = Math.min(to, end) - start;
  }
  from = Math.max(0, Math.min(from, line.length));
  to = Math.max(from, Math.min(to, line.length));
  const marked = from === to ? '<mark class="at" aria-label="here"></mark>' : `<mark>${text(line.slice(from, to))}</mark>`;
  return `${head}${text(line.slice(0, from))}${marked}${text(line.slice(to))}${tail}`;
}

const position = (r: Range): string => `${r.start.line}:${r.start.column}`;

function relatedItem(r: RelatedLocation, ctx: FormatterContext): string {
  return `<li>${link(fileHref(r.file, r.range.start.line, ctx), `<code>${pathText(r.file)}:${position(r.range)}</code>`)} <span class="rel-message">${messageText(r.message)}</span></li>`;
}

function finding(d: Diagnostic, n: number, ctx: FormatterContext): string {
  const docs = docsUrlOf(d.ruleId, ctx);
  const rule = `<code>${text(d.ruleId)}</code>`;
  const source = ctx.getLine(d.file, d.range.start.line);
  const out = [
    `<li class="finding ${d.severity}" id="finding-${n}">`,
    `<p class="head"><span class="badge ${d.severity}">${d.severity}</span> ` +
      `${link(fileHref(d.file, d.range.start.line, ctx), `<code>${position(d.range)}</code>`, ` class="loc" title="${attr(d.file)}:${position(d.range)}"`)} ` +
      `${docs ? link(docs, rule, ' class="rule"') : `<span class="rule">${rule}</span>`} ` +
      `<a class="anchor" href="#finding-${n}" aria-label="Link to finding ${n}">#${n}</a></p>`,
    `<p class="message">${messageText(d.message)}</p>`,
  ];
  if (source !== undefined) {
    out.push(`<pre class="code"><span class="ln" aria-label="line">${d.range.start.line}</span><code>${codeLine(source, d.range)}</code></pre>`);
  }
  if (d.related && d.related.length > 0) out.push(`<ul class="related" aria-label="Related locations">${d.related.map((r) => relatedItem(r, ctx)).join('')}</ul>`);
  if (d.fix) out.push(`<p class="fix">Fixable with <code>--fix</code>: ${text(d.fix.description)}</p>`);
  out.push('</li>');
  return out.join('\n');
}

function findingsSection(diagnostics: readonly Diagnostic[], ctx: FormatterContext): string {
  const sorted = sortDiagnostics(diagnostics);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sorted) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out = ['<section id="findings" aria-labelledby="findings-h">', '<h2 id="findings-h">Findings</h2>'];
  if (sorted.length === 0) {
    out.push(`<p class="clean">No problems found in ${plural(ctx.filesLinted, 'file')} checked.</p>`, '</section>');
    return out.join('\n');
  }
  const c = countBySeverity(sorted);
  out.push(`<p>${plural(sorted.length, 'problem')} (${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')}) in ${plural(byFile.size, 'file')}, of ${plural(ctx.filesLinted, 'file')} checked.</p>`);
  let n = 0;
  let f = 0;
  for (const [file, list] of byFile) {
    f++;
    const counts = countBySeverity(list);
    const summary = (['error', 'warning', 'info'] as Severity[])
      .map((s) => [s, s === 'error' ? counts.errors : s === 'warning' ? counts.warnings : counts.infos] as const)
      .filter(([, k]) => k > 0)
      .map(([s, k]) => plural(k, s))
      .join(', ');
    out.push(
      `<section class="file" id="file-${f}" aria-labelledby="file-${f}-h">`,
      `<h3 id="file-${f}-h">${link(fileHref(file, undefined, ctx), `<code>${pathText(file)}</code>`)} <span class="count">${summary}</span></h3>`,
      '<ol class="findings">',
      ...list.map((d) => finding(d, ++n, ctx)),
      '</ol>',
      '</section>',
    );
  }
  out.push('</section>');
  return out.join('\n');
}

// ---------------------------------------------------------------- fleet view

const valueCell = (v: string | null): string => (v === null ? `<span class="unknown">${UNKNOWN}</span>` : cellValue(v));

interface TableSpec {
  id: string;
  title: string;
  intro?: string;
  caption: string;
  headers: string[];
  /** Columns holding numbers (right-aligned). */
  numeric?: number[];
  /** Each row: the first cell is the row header. */
  rows: string[][];
  footer?: string[];
  empty: string;
}

function tableSection(t: TableSpec): string {
  const out = [`<section class="fleet-table" aria-labelledby="${t.id}-h">`, `<h3 id="${t.id}-h">${t.title}</h3>`];
  if (t.intro) out.push(`<p class="intro">${t.intro}</p>`);
  if (t.rows.length === 0) {
    out.push(`<p class="empty">${t.empty}</p>`, '</section>');
    return out.join('\n');
  }
  const cls = (i: number) => (t.numeric?.includes(i) ? ' class="num"' : '');
  const row = (cells: string[]) => `<tr><th scope="row">${cells[0]}</th>${cells.slice(1).map((c, i) => `<td${cls(i + 1)}>${c}</td>`).join('')}</tr>`;
  out.push(
    `<div class="scroll"><table id="${t.id}">`,
    `<caption>${t.caption}</caption>`,
    `<thead><tr>${t.headers.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join('')}</tr></thead>`,
    `<tbody>\n${t.rows.map(row).join('\n')}\n</tbody>`,
  );
  if (t.footer) out.push(`<tfoot>${row(t.footer)}</tfoot>`);
  out.push('</table></div>', '</section>');
  return out.join('\n');
}

const num = (n: number): string => (n === 0 ? '' : String(n));

function fleetSection(view: FleetView, ctx: FormatterContext): string {
  const loc = (l: ViewLocation) => link(fileHref(l.file, l.line, ctx), `<code>${pathText(l.file)}:${l.line}</code>`);
  const c = view.counts;
  const groupIndex = new Map(view.groups.map((g, i) => [g.id, i + 1]));
  const hostIndex = new Map(view.hosts.map((h, i) => [h.id, i + 1]));
  const hostById = new Map(view.hosts.map((h) => [h.id, h]));
  const groupById = new Map(view.groups.map((g) => [g.id, g]));
  const groupLink = (g: GroupView) => `<a href="#group-${groupIndex.get(g.id)}">${cellValue(g.name ?? g.address)}</a>`;
  const hostLink = (h: HostView) => `<a href="#host-${hostIndex.get(h.id)}"><code>${pathText(h.label)}</code></a>`;
  const state = (h: HostView) =>
    `<span class="state ${h.state}">${HOST_STATE[h.state]}</span>${h.reasons.length > 0 ? `<ul class="reasons">${h.reasons.map((r) => `<li>${REASON[r]}</li>`).join('')}</ul>` : ''}`;
  const ids = (h: HostView) =>
    h.identifiers.length === 0 && !h.identifiersOpen
      ? '<span class="unknown">none</span>'
      : h.identifiers.map(cellValue).join(', ') + (h.identifiersOpen ? ' <span class="unknown">+ set at run time</span>' : '');

  const rn = regionNetworkMatrix(view);
  const pt = projectTypeMatrix(view);
  const matrixRows = (m: Matrix) => m.rows.map((r) => [valueCell(r), ...m.cols.map((c) => num(m.cell(r, c))), String(m.rowTotal(r))]);
  const matrixFooter = (m: Matrix, total: number) => (m.rows.length > 1 ? ['total', ...m.cols.map((c) => String(m.colTotal(c))), String(total)] : undefined);
  const numeric = (m: Matrix) => [...m.cols.map((_, i) => i + 1), m.cols.length + 1];

  const stat = (label: string, value: number, cls = '') => `<div class="stat${cls}"><dt>${label}</dt><dd>${value}</dd></div>`;
  const out = [
    '<section id="fleet" aria-labelledby="fleet-h">',
    '<h2 id="fleet-h">Fleet view</h2>',
    '<dl class="stats">',
    stat('hosts', c.hosts),
    stat('machine groups', c.groups),
    stat('projects', c.projects),
    stat('joins', c.joins),
    stat('hosts joining no group', c.hostsJoiningNone, c.hostsJoiningNone > 0 ? ' bad' : ''),
    stat('hosts that may match', c.hostsMayMatch),
    '</dl>',
    tableSection({
      id: 'hosts-by-region',
      title: 'Hosts by region and network type',
      intro: 'The region each host talks to and the network type of its endpoint (<span class="unknown">unknown</span>: the repo does not say, names no known region, or its files disagree).',
      caption: 'Hosts by region (rows) and network type (columns)',
      headers: ['region', ...rn.cols.map((n) => (n === null ? UNKNOWN : text(n))), 'hosts'],
      numeric: numeric(rn),
      rows: matrixRows(rn),
      footer: matrixFooter(rn, c.hosts),
      empty: 'No hosts: the repo has no agent files, install scripts or Logtail containers.',
    }),
    tableSection({
      id: 'groups-by-project',
      title: 'Machine groups by project and identify type',
      intro: '<code>userdefined</code> groups match custom identifiers, <code>ip</code> groups match the IP a host reports; unknown type: an expression or an invalid type.',
      caption: 'Machine groups by project (rows) and identify type (columns)',
      headers: ['project', ...pt.cols.map((t) => typeName(t as IdentifyKind | null)), 'groups'],
      numeric: numeric(pt),
      rows: matrixRows(pt),
      footer: matrixFooter(pt, c.groups),
      empty: 'No machine groups: the repo defines none (Terraform, ROS or SLS API files).',
    }),
    tableSection({
      id: 'unjoined',
      title: 'Hosts that join no group',
      intro: 'SLS sends these hosts no Logtail configuration (<span class="state none">joins none</span>), or the repo cannot tell (<span class="state may-match">may match</span>, with the reason).',
      caption: 'Hosts without a certain join',
      headers: ['host', 'region', 'identifiers', 'state', 'file'],
      rows: [...view.unjoined.map((id) => hostById.get(id)!)]
        .sort((a, b) => (a.state === b.state ? 0 : a.state === 'none' ? -1 : b.state === 'none' ? 1 : 0))
        .map((h) => [hostLink(h), valueCell(h.region), ids(h), state(h), loc(h.at)]),
      empty: c.hosts === 0 ? 'No hosts.' : 'Every host joins at least one machine group.',
    }),
    tableSection({
      id: 'joins',
      title: 'Which hosts join which groups',
      intro:
        'A host joins a group when SLS would match it: its custom identifier in a <code>userdefined</code> group, or its IP in an <code>ip</code> group, of the region it talks to. <span class="state may-match">may match</span>: the region or identify type of one side is not in the repo. <span class="state none">no match: group in …</span>: the group lists the value but is in another region than the host&#39;s, so SLS never matches it.',
      caption: 'Host–group matches',
      headers: ['host', 'group (project)', 'via', 'value', 'match', 'host file', 'group entry'],
      rows: view.matches.map((m) => {
        const g = groupById.get(m.group)!;
        const st = m.state === 'joins' ? 'joins' : m.state === 'may-match' ? 'may-match' : 'none';
        const label = text(matchText(m.state, g.region));
        return [hostLink(hostById.get(m.host)!), `${groupLink(g)}<br><span class="sub">${g.project === null ? 'project unknown' : text(g.project)}</span>`, VIA[m.via], cellValue(m.value), `<span class="state ${st}">${label}</span>`, loc(m.at), loc(m.entryAt)];
      }),
      empty: 'No host matches any machine group.',
    }),
    tableSection({
      id: 'groups',
      title: 'Machine groups',
      caption: 'Every machine group, by project and identify type',
      headers: ['group', 'project', 'region', 'type', 'identifiers', 'hosts joined', 'defined at'],
      numeric: [4, 5],
      rows: view.groups.map((g) => [
        `<span id="group-${groupIndex.get(g.id)}">${groupLink(g)}</span>`,
        valueCell(g.project),
        valueCell(g.region),
        typeName(g.type),
        g.identifiersComplete ? String(g.identifiers) : `${g.identifiers} <span class="unknown">+ set at apply time</span>`,
        g.mayMatchHosts > 0 ? `${g.hosts} <span class="unknown">(+${g.mayMatchHosts} may match)</span>` : String(g.hosts),
        loc(g.at),
      ]),
      empty: 'No machine groups.',
    }),
    tableSection({
      id: 'hosts',
      title: 'Hosts',
      caption: 'Every host: a folder of agent files, an install script, or a Kubernetes container',
      headers: ['host', 'region', 'network', 'identifiers', 'IP', 'state', 'file'],
      rows: view.hosts.map((h) => [
        `<span id="host-${hostIndex.get(h.id)}">${pathText(h.label)}</span>`,
        valueCell(h.region),
        valueCell(h.network),
        ids(h),
        valueCell(h.ip),
        h.state === 'joins' ? `<span class="state joins">joins</span> ${h.joins.map((id) => groupLink(groupById.get(id)!)).join(', ')}` : state(h),
        loc(h.at),
      ]),
      empty: 'No hosts.',
    }),
    '</section>',
  ];
  return out.join('\n');
}

// ---------------------------------------------------------------- the page

const CSS = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa; --link: #0550ae;
  --error: #c62828; --warning: #9a6700; --info: #0b57d0; --badge-fg: #ffffff; --mark: #fff2b3; --ok: #1a7f37; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23; --link: #4493f8;
    --error: #f85149; --warning: #d29922; --info: #58a6ff; --badge-fg: #0d1117; --mark: #5a4a00; --ok: #3fb950; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, SFMono-Regular, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: 0.5rem; }
header, nav, main, footer { max-width: 80rem; margin: 0 auto; padding: 0 1.5rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.25rem; }
h2 { font-size: 1.35rem; border-bottom: 1px solid var(--border); padding-bottom: 0.3rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
.sub, .intro, footer, .count, caption { color: var(--muted); }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
.stats { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; padding: 0; }
.stat { border: 1px solid var(--border); border-radius: 6px; padding: 0.5rem 1rem; min-width: 9rem; background: var(--panel); }
.stat dt { color: var(--muted); font-size: 0.85rem; }
.stat dd { margin: 0; font-size: 1.5rem; font-weight: 600; }
.stat.bad dd { color: var(--error); }
.scroll { overflow-x: auto; }
/* A large page (thousands of rows) lays out only what is near the screen: 7 s to 1 s for a 50k-file repo. */
.large .fleet-table, .large section.file { content-visibility: auto; contain-intrinsic-size: auto 40rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; color: var(--muted); font-size: 0.85rem; padding-bottom: 0.25rem; white-space: nowrap; }
th, td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: var(--panel); }
tbody th { font-weight: normal; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.seg, code.v { white-space: nowrap; }
td .sub { font-size: 0.85em; }
.unknown { color: var(--muted); font-style: italic; }
.state { font-weight: 600; white-space: nowrap; }
.state.joins { color: var(--ok); }
.state.none { color: var(--error); }
.state.may-match { color: var(--warning); }
.reasons { margin: 0.2rem 0 0; padding-left: 1.1rem; font-size: 0.9em; color: var(--muted); }
.clean { color: var(--ok); font-weight: 600; }
ol.findings { list-style: none; padding: 0; margin: 0; }
.finding { border: 1px solid var(--border); border-left: 4px solid var(--border); border-radius: 6px; padding: 0.5rem 0.9rem; margin: 0 0 0.75rem; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding:target { outline: 2px solid var(--link); }
.head { margin: 0.2rem 0; display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; }
.badge { display: inline-block; min-width: 4.5rem; text-align: center; border-radius: 4px; padding: 0.05rem 0.5rem; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; color: var(--badge-fg); }
.badge.error { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.anchor { margin-left: auto; color: var(--muted); text-decoration: none; font-size: 0.85rem; }
.message { margin: 0.4rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.code { background: var(--panel); border: 1px solid var(--border); border-radius: 4px; padding: 0.4rem 0.6rem; margin: 0.4rem 0; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
pre.code .ln { color: var(--muted); user-select: none; display: inline-block; min-width: 3ch; margin-right: 1ch; text-align: right; }
mark { background: var(--mark); color: inherit; text-decoration: underline wavy var(--error); text-underline-offset: 3px; }
mark.at { display: inline-block; width: 0; height: 1.1em; vertical-align: text-bottom; border-left: 2px solid var(--error); background: none; }
.ctl { color: var(--error); border: 1px solid currentColor; border-radius: 2px; padding: 0 1px; font-size: 0.85em; }
.cut { color: var(--muted); }
.related { margin: 0.3rem 0; padding-left: 1.2rem; font-size: 0.92em; }
.rel-message { white-space: pre-wrap; }
.fix { margin: 0.3rem 0; color: var(--muted); font-size: 0.92em; }
footer { margin-top: 2rem; padding-bottom: 2rem; font-size: 0.85rem; }
@media print {
  body { font-size: 11pt; background: #fff; color: #000; }
  nav, .skip, .anchor { display: none; }
  header, nav, main, footer { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .finding, tr, .stat { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .scroll { overflow: visible; }
  .large .fleet-table, .large section.file { content-visibility: visible; }
  .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

export const html: Formatter = (diagnostics, ctx) => {
  const counts = countBySeverity(diagnostics);
  const view = ctx.fleetView;
  const problems = diagnostics.length === 0 ? 'no problems' : `${plural(diagnostics.length, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')})`;
  const size = diagnostics.length + (view ? view.hosts.length * 2 + view.groups.length + view.matches.length : 0);
  const title = `logtail-lint report: ${problems}${view ? `, ${plural(view.counts.hosts, 'host')}` : ''}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing is fetched, nothing runs: the page is all here.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">`,
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="logtail-lint ${attr(ctx.toolVersion)}">`,
    `<title>${text(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    size >= LARGE_PAGE_ITEMS ? '<body class="large">' : '<body>',
    '<a class="skip" href="#main">Skip to the report</a>',
    '<header>',
    '<h1>logtail-lint report</h1>',
    `<p class="sub">${text(problems)} in ${plural(ctx.filesLinted, 'file')} checked${view ? ` · ${plural(view.counts.hosts, 'host')}, ${plural(view.counts.groups, 'machine group')}` : ''}</p>`,
    '</header>',
    '<nav aria-label="Contents"><ul>',
    ...(view
      ? ['<li><a href="#fleet">Fleet view</a></li>', '<li><a href="#unjoined-h">Hosts that join no group</a></li>', '<li><a href="#joins-h">Joins</a></li>', '<li><a href="#groups-h">Machine groups</a></li>', '<li><a href="#hosts-h">Hosts</a></li>']
      : []),
    '<li><a href="#findings">Findings</a></li>',
    '</ul></nav>',
    '<main id="main">',
    view ? fleetSection(view, ctx) : '<p class="empty">No fleet view: the caller did not compute one.</p>',
    findingsSection(diagnostics, ctx),
    '</main>',
    `<footer><p>Generated by logtail-lint ${text(ctx.toolVersion)}. File paths are relative to the folder that was linted; each links to its file (the <code>#L</code> fragment is the line).</p></footer>`,
    '</body>',
    '</html>',
  ].join('\n');
};
