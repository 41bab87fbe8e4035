/**
 * `--format summary`: the fleet view as GitHub-flavoured Markdown, for a job summary or a
 * terminal: a headline of counts, then tables of hosts by region × network type, machine groups
 * by project × identify type, the groups, the joins, and the hosts that join none. Long tables
 * are cut to `maxRows` with an `… and N more` line; the whole text fits a byte budget.
 *
 * Every value from the repository sits in a code span (so `*`, `<`, `&` are literal there, and
 * `|` is escaped for the table), with control characters shown as escapes (`web-prod\r`).
 */
import type { Counts } from '../core/report-order.js';
import { countBySeverity } from '../core/report-order.js';
import type { FleetView, GroupView, HostView, ViewLocation } from '../model/fleet-view.js';
import { UNKNOWN, matchText, VIA, hostStateText, moreRows, projectTypeMatrix, regionNetworkMatrix, typeName, type Matrix } from './fleet-words.js';
import type { IdentifyKind } from '../model/types.js';
import { plural } from './shared.js';
import { cellWidth } from './stylish.js';
import type { Formatter } from './types.js';
import { showValue } from './visible.js';

/** GitHub drops a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface FleetSummaryOptions {
  /** Rows a list table shows before `… and N more` (default 50). */
  maxRows?: number;
  /** `#` for the title (a document of its own), `##` under other content (the Action's findings). */
  headingLevel?: 1 | 2;
  /** The result is at most this many UTF-8 bytes: tables are cut further until it fits. */
  budgetBytes?: number;
  /** A link for a file and line (the Action links into the repository at the commit). */
  lineUrl?: (file: string, line: number) => string;
  /** Finding counts for the headline (the Action leaves them out: its findings are above). */
  findings?: { counts: Counts; total: number };
  /** Where the full lists are, for the `… and N more` lines. */
  fullListHint?: string;
}

const DEFAULT_ROWS = 50;
const DEFAULT_HINT = '; `--format html` lists them all';

// ---------------------------------------------------------------- Markdown pieces

/** A code span that shows `value` literally, even with backticks, pipes or edge spaces. */
export function code(value: string, max = 80): string {
  const text = showValue(value, max);
  if (text === '') return '`""`';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  // GFM splits table cells at `|` before it reads code spans: `\|` keeps one inside.
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}

const textWidth = (s: string): number => {
  let w = 0;
  for (const ch of s) w += cellWidth(ch.codePointAt(0)!);
  return w;
};

/** Columns are padded to line up in a terminal (up to a width, so one long cell does not widen every row). */
const MAX_PAD = 48;

function table(headers: string[], right: boolean[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.min(MAX_PAD, Math.max(3, textWidth(h), ...rows.map((r) => textWidth(r[i])))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat(Math.max(0, widths[i] - textWidth(cell)));
    return right[i] ? fill + cell : cell + fill;
  };
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- the view

interface Section {
  title: string;
  /** Text before the table (one paragraph). */
  intro?: string;
  headers: string[];
  right: boolean[];
  rows: string[][];
  /** Rows of a list cut by maxRows (a matrix is never cut but by the budget). */
  noun?: readonly [string, string];
  /** Shown instead of the table when there are no rows. */
  empty: string;
  /** Rows that always show (a total line). */
  footer?: string[][];
}

const orUnknown = (v: string | null): string => (v === null ? UNKNOWN : code(v));

/** A count matrix as table rows: empty cells for 0, a total column, and a total row when there are several rows. */
function matrixRows(m: Matrix, label: (v: string | null) => string, total: number): Pick<Section, 'rows' | 'footer'> {
  return {
    rows: m.rows.map((r) => [label(r), ...m.cols.map((c) => (m.cell(r, c) === 0 ? '' : String(m.cell(r, c)))), String(m.rowTotal(r))]),
    footer: m.rows.length > 1 ? [['**total**', ...m.cols.map((c) => String(m.colTotal(c))), String(total)]] : undefined,
  };
}

function regionNetworkSection(view: FleetView): Section {
  const m = regionNetworkMatrix(view);
  return {
    title: 'Hosts by region and network type',
    intro: 'The region each host talks to and the network type of its endpoint (`unknown`: the repo does not say, names no known region, or its files disagree).',
    headers: ['region', ...m.cols.map((n) => n ?? UNKNOWN), 'hosts'],
    right: [false, ...m.cols.map(() => true), true],
    ...matrixRows(m, orUnknown, view.counts.hosts),
    noun: ['region', 'regions'],
    empty: 'No hosts: the repo has no agent files, install scripts or Logtail containers.',
  };
}

function projectTypeSection(view: FleetView): Section {
  const m = projectTypeMatrix(view);
  return {
    title: 'Machine groups by project and identify type',
    intro: '`userdefined` groups match custom identifiers, `ip` groups match the IP a host reports; `unknown type`: an expression or an invalid type.',
    headers: ['project', ...m.cols.map((t) => typeName(t as IdentifyKind | null)), 'groups'],
    right: [false, ...m.cols.map(() => true), true],
    ...matrixRows(m, orUnknown, view.counts.groups),
    noun: ['project', 'projects'],
    empty: 'No machine groups: the repo defines none (Terraform, ROS or SLS API files).',
  };
}

function groupName(g: GroupView): string {
  return code(g.name ?? g.address);
}

function groupsSection(view: FleetView, loc: (l: ViewLocation) => string): Section {
  return {
    title: 'Machine groups',
    headers: ['group', 'project', 'region', 'type', 'identifiers', 'hosts joined', 'defined at'],
    right: [false, false, false, false, true, true, false],
    rows: view.groups.map((g) => [
      groupName(g),
      orUnknown(g.project),
      orUnknown(g.region),
      typeName(g.type),
      g.identifiersComplete ? String(g.identifiers) : `${g.identifiers} + set at apply time`,
      g.mayMatchHosts > 0 ? `${g.hosts} (+${g.mayMatchHosts} may match)` : String(g.hosts),
      loc(g.at),
    ]),
    noun: ['machine group', 'machine groups'],
    empty: 'No machine groups.',
  };
}

function joinsSection(view: FleetView, loc: (l: ViewLocation) => string): Section {
  const host = new Map(view.hosts.map((h) => [h.id, h]));
  const group = new Map(view.groups.map((g) => [g.id, g]));
  return {
    title: 'Which hosts join which groups',
    intro: 'A host joins a group when SLS would match it: its custom identifier in a `userdefined` group, or its IP in an `ip` group, of the region it talks to. `may match`: the region or identify type of one side is not in the repo. `no match: group in …`: the group lists the value but is in another region than the host\'s, so SLS never matches it.',
    headers: ['host', 'group', 'project', 'via', 'value', 'match', 'host file'],
    right: [false, false, false, false, false, false, false],
    rows: view.matches.map((m) => {
      const g = group.get(m.group)!;
      return [code(host.get(m.host)!.label), groupName(g), orUnknown(g.project), VIA[m.via], code(m.value), matchText(m.state, g.region), loc(m.at)];
    }),
    noun: ['match', 'matches'],
    empty: 'No host matches any machine group.',
  };
}

function unjoinedSection(view: FleetView, loc: (l: ViewLocation) => string): Section {
  // The certain problems first, then the doubtful ones.
  const byId = new Map(view.hosts.map((h) => [h.id, h]));
  const list = view.unjoined.map((id) => byId.get(id)!);
  const ordered = [...list.filter((h) => h.state === 'none'), ...list.filter((h) => h.state !== 'none')];
  const ids = (h: HostView) => (h.identifiers.length === 0 ? (h.ip === null ? '—' : `IP ${code(h.ip)}`) : h.identifiers.slice(0, 3).map((i) => code(i, 40)).join(', ') + (h.identifiers.length > 3 ? ` +${h.identifiers.length - 3}` : ''));
  return {
    title: 'Hosts that join no group',
    intro: 'SLS sends these hosts no Logtail configuration (`joins none`), or the repo cannot tell (`may match`, with the reason).',
    headers: ['host', 'region', 'identifiers', 'state', 'file'],
    right: [false, false, false, false, false],
    rows: ordered.map((h) => [code(h.label), orUnknown(h.region), ids(h), hostStateText(h), loc(h.at)]),
    noun: ['host', 'hosts'],
    empty: view.counts.hosts === 0 ? 'No hosts.' : `Every host joins at least one machine group.`,
  };
}

function headline(view: FleetView, findings: FleetSummaryOptions['findings']): string {
  const c = view.counts;
  const hosts =
    c.containers === 0 ? plural(c.hosts, 'host') : `${plural(c.hosts, 'host')} (${plural(c.fileHosts, 'folder')} of agent files, ${plural(c.containers, 'container')})`;
  const parts = [
    `**${hosts}**`,
    `**${plural(c.groups, 'machine group')}** in ${plural(c.projects, 'project')}`,
    `**${plural(c.joins, 'join')}** (${plural(c.hostsJoining, 'host')} joining)`,
    `**${c.hostsJoiningNone} ${c.hostsJoiningNone === 1 ? 'host joins' : 'hosts join'} no group**`,
  ];
  if (c.hostsMayMatch > 0) parts.push(`${c.hostsMayMatch} ${c.hostsMayMatch === 1 ? 'host' : 'hosts'} may match`);
  if (c.groupsWithoutHosts > 0) parts.push(`${plural(c.groupsWithoutHosts, 'group')} that no host in the repo joins`);
  let text = `${parts.join(' · ')}.`;
  if (findings) {
    const f = findings.counts;
    text += `\n\n${plural(findings.total, 'problem')} (${plural(f.errors, 'error')}, ${plural(f.warnings, 'warning')}, ${plural(f.infos, 'info')}).`;
  }
  return text;
}

function renderSection(s: Section, h: string, maxRows: number, hint: string): string {
  const out = [`${h} ${s.title}`];
  if (s.intro) out.push(s.intro);
  if (s.rows.length === 0) {
    out.push(s.empty);
    return out.join('\n\n');
  }
  const shown = s.rows.slice(0, maxRows);
  out.push(table(s.headers, s.right, [...shown, ...(shown.length === s.rows.length ? (s.footer ?? []) : [])]));
  if (shown.length < s.rows.length) out.push(moreRows(s.rows.length - shown.length, shown.length, s.noun!, hint));
  return out.join('\n\n');
}

/** The fleet view as Markdown; pure. */
export function renderFleetSummary(view: FleetView, options: FleetSummaryOptions = {}): string {
  const level = options.headingLevel ?? 1;
  const h1 = '#'.repeat(level);
  const h2 = '#'.repeat(level + 1);
  const hint = options.fullListHint ?? DEFAULT_HINT;
  const loc = (l: ViewLocation) => {
    const text = code(`${l.file}:${l.line}`, 120);
    const url = options.lineUrl?.(l.file, l.line);
    return url ? `[${text}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)` : text;
  };
  const sections = [regionNetworkSection(view), projectTypeSection(view), groupsSection(view, loc), joinsSection(view, loc), unjoinedSection(view, loc)];
  const render = (maxRows: number) =>
    [`${h1} ${level === 1 ? 'logtail-lint: fleet view' : 'Fleet view'}`, headline(view, options.findings), ...sections.map((s) => renderSection(s, h2, maxRows, hint))].join('\n\n');

  let maxRows = options.maxRows ?? DEFAULT_ROWS;
  let text = render(maxRows);
  const budget = options.budgetBytes ?? SUMMARY_LIMIT_BYTES;
  // Cut every table further until the text fits: rows are what grows with the fleet.
  while (Buffer.byteLength(text) > budget && maxRows > 0) {
    maxRows = Math.floor(maxRows / 2);
    text = render(maxRows);
  }
  if (Buffer.byteLength(text) > budget) {
    // Not even the headings fit: the headline alone, cut to the budget.
    text = `${h1} Fleet view\n\n${headline(view, options.findings)}`;
    while (Buffer.byteLength(text) > budget) text = text.slice(0, Math.max(0, text.length - 64));
  }
  return text;
}

export const summary: Formatter = (diagnostics, ctx) => {
  if (!ctx.fleetView) return '# logtail-lint: fleet view\n\nNo fleet view: the caller did not compute one (`fleetView` in the formatter context).';
  return renderFleetSummary(ctx.fleetView, { findings: { counts: countBySeverity(diagnostics), total: diagnostics.length } });
};
