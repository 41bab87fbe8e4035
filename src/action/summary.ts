/** The job summary: counts, then every finding in a table per file. Pure: text in, HTML out. */
import type { Counts } from '../core/report-order.js';
import { plural } from '../formatters/shared.js';
import type { Diagnostic, RuleMeta } from '../core/diagnostic.js';
import type { FleetView } from '../model/fleet-view.js';
import { renderFleetSummary } from '../formatters/summary.js';

/** GitHub drops a step summary over 1 MiB; stay well below it (findings and the fleet view together, in UTF-8 bytes). */
export const SUMMARY_BUDGET = 900 * 1024;
/** Of that, at most this much for the fleet view under the findings: its tables are cut to fit. */
export const FLEET_VIEW_BUDGET = 192 * 1024;

export interface SummaryInput {
  /** Paths relative to the repository root, sorted. */
  diagnostics: readonly Diagnostic[];
  counts: Counts;
  rules: ReadonlyMap<string, RuleMeta & { docsUrl: string }>;
  filesLinted: number;
  /** Extra lines under the counts (annotation limits, only-changed, failure reason). */
  notes: readonly string[];
  /** Link to a line of a file in the repository, when the run knows the repository. */
  lineUrl?: (file: string, line: number) => string;
  budget?: number;
}

const SEVERITY_LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;', '\n': '&#10;' };
// C0/C1 controls (but tab, CR, LF) and bidi overrides: shown as U+FFFD, as the stylish output does.
const UNSHOWABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for the summary's HTML. GitHub renders the summary as Markdown, in which our HTML is one
 * block that ends at the first blank line: a raw line break from a file name or a message could
 * start one, and whatever follows would be read as Markdown (links, images, headings). So no
 * value ever brings a raw CR or LF: they become character references, which end nothing.
 */
export function escapeHtml(text: string): string {
  return text.replace(UNSHOWABLE, '\uFFFD').replace(/[&<>"'\r\n]/g, (c) => HTML_ESCAPES[c]);
}

function link(text: string, href: string | undefined): string {
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function row(d: Diagnostic, input: SummaryInput): string {
  const { line, column } = d.range.start;
  const docs = input.rules.get(d.ruleId)?.docsUrl;
  const cells = [
    link(`${d.file}:${line}:${column}`, input.lineUrl?.(d.file, line)),
    SEVERITY_LABEL[d.severity],
    `<code>${escapeHtml(d.ruleId)}</code>`,
    // Messages may quote file contents: escape, and keep them on one line.
    d.message
      .split(/\r\n|\r|\n/)
      .map(escapeHtml)
      .join('<br>'),
    docs ? link('docs', docs) : '',
  ];
  return `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>\n`;
}

const TABLE_HEAD = '<table>\n<tr><th>Location</th><th>Severity</th><th>Rule</th><th>Message</th><th>Docs</th></tr>\n';

export function renderSummary(input: SummaryInput): string {
  const { counts, diagnostics } = input;
  const budget = input.budget ?? SUMMARY_BUDGET;
  let html = '<h2>logtail-lint</h2>\n';
  if (diagnostics.length === 0) {
    html += `<p>✅ No problems found in ${plural(input.filesLinted, 'file')} checked.</p>\n`;
  } else {
    html += `<p><strong>${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}</strong> in ${plural(input.filesLinted, 'file')} checked.</p>\n`;
  }
  for (const note of input.notes) html += `<p>${escapeHtml(note)}</p>\n`;

  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  let shown = 0;
  // The budget is in UTF-8 bytes, as GitHub counts (a message quoting CJK text takes 3 bytes a character).
  let htmlBytes = Buffer.byteLength(html);
  outer: for (const [file, list] of byFile) {
    let section = `<h3><code>${escapeHtml(file)}</code></h3>\n${TABLE_HEAD}`;
    let sectionBytes = Buffer.byteLength(section);
    let rowsInSection = 0;
    for (const d of list) {
      const r = row(d, input);
      const rowBytes = Buffer.byteLength(r);
      if (htmlBytes + sectionBytes + rowBytes + 200 > budget) {
        if (rowsInSection > 0) html += `${section}</table>\n`;
        break outer;
      }
      section += r;
      sectionBytes += rowBytes;
      rowsInSection++;
      shown++;
    }
    html += `${section}</table>\n`;
    htmlBytes += sectionBytes + '</table>\n'.length;
  }
  if (shown < diagnostics.length) {
    html += `<p>… and ${plural(diagnostics.length - shown, 'more finding')} not shown: a job summary is limited to 1 MiB. The step log lists them all.</p>\n`;
  }
  return html;
}

/**
 * The whole job summary: the findings, then the fleet view (Markdown: the blank line between
 * ends GitHub's HTML block). The fleet view is cut to its own budget first; the findings get the
 * rest, so the two together stay within `budget` UTF-8 bytes.
 */
export function renderJobSummary(input: SummaryInput & { view: FleetView; fleetBudget?: number }): string {
  const budget = input.budget ?? SUMMARY_BUDGET;
  const fleet = renderFleetSummary(input.view, {
    headingLevel: 2,
    lineUrl: input.lineUrl,
    budgetBytes: Math.min(input.fleetBudget ?? FLEET_VIEW_BUDGET, Math.floor(budget / 4)),
    fullListHint: '; `logtail-lint --format html` lists them all',
  });
  const html = renderSummary({ ...input, budget: budget - Buffer.byteLength(fleet) - 2 });
  return `${html}\n${fleet}\n`;
}
