/** SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. */
import { pathToFileURL } from 'node:url';
import { SEVERITY_RANK, type Diagnostic, type Fix, type Range, type Severity } from '../core/diagnostic.js';
import { fingerprintOf, sortDiagnostics } from '../core/report-order.js';
import type { Formatter, FormatterContext } from './types.js';

/** GitHub code scanning rejects a run with more results than this. */
export const SARIF_MAX_RESULTS = 25000;
/** GitHub code scanning rejects a result with more locations than this. */
export const SARIF_MAX_LOCATIONS_PER_RESULT = 1000;

const SRCROOT = '%SRCROOT%';
/** `logtail-lint doctor`: the host's own files (`host:/etc/ilogtail/…`) are under the host root, not the repository. */
const HOSTROOT = 'HOSTROOT';
const INFORMATION_URI = 'https://github.com/logtail-lint/logtail-lint';
const FINGERPRINT_KEY = 'logtailLint/v1';

type Level = 'error' | 'warning' | 'note';
const LEVEL: Record<Severity, Level> = { error: 'error', warning: 'warning', info: 'note' };

/** Relative path -> URI reference: each segment percent-encoded, so spaces, `#`, `%` or `:` survive. */
export function toArtifactUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

function srcrootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/** SARIF requires lines and columns >= 1 and the end not before the start; one bad region fails a whole upload. */
function region(range: Range) {
  const startLine = Math.max(1, range.start.line);
  const startColumn = Math.max(1, range.start.column);
  const endLine = Math.max(startLine, range.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.end.column) : Math.max(1, range.end.column);
  return { startLine, startColumn, endLine, endColumn };
}

type HostFiles = FormatterContext['hostFiles'];

/** Where a finding's file is: relative to %SRCROOT%, or for a host path (doctor) to HOSTROOT. */
function artifactLocation(file: string, host: HostFiles) {
  if (host && file.startsWith(host.prefix)) return { uri: toArtifactUri(file.slice(host.prefix.length).replace(/^\/+/, '')), uriBaseId: HOSTROOT };
  return { uri: toArtifactUri(file), uriBaseId: SRCROOT };
}

function physicalLocation(file: string, range: Range, host: HostFiles) {
  return { artifactLocation: artifactLocation(file, host), region: region(range) };
}

function sarifFix(file: string, fix: Fix, host: HostFiles) {
  return {
    description: { text: fix.description },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(file, host),
        replacements: fix.edits.map((edit) => ({
          deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
          // An absent insertedContent means "delete only".
          ...(edit.text === '' ? {} : { insertedContent: { text: edit.text } }),
        })),
      },
    ],
  };
}

/**
 * With a baseline, every result says whether it is `new` or `unchanged` (in the baseline),
 * rather than leaving baselined findings out: an upload without them would tell code scanning
 * that those alerts were fixed, and close them, although the mistakes are still in the files.
 * Without a baseline, no result has a baselineState.
 */
type BaselineState = 'new' | 'unchanged' | undefined;

function result(d: Diagnostic, ruleIndex: Map<string, number>, host: HostFiles, baselineState: BaselineState) {
  const index = ruleIndex.get(d.ruleId);
  // The primary location counts towards the per-result limit too.
  const related = (d.related ?? []).slice(0, SARIF_MAX_LOCATIONS_PER_RESULT - 1);
  return {
    ruleId: d.ruleId,
    // A rule the context does not know (should not happen) is still reported, just without an index.
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: physicalLocation(d.file, d.range, host) }],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprintOf(d) },
    ...(related.length === 0
      ? {}
      : {
          relatedLocations: related.map((r, i) => ({
            id: i + 1,
            physicalLocation: physicalLocation(r.file, r.range, host),
            message: { text: r.message },
          })),
        }),
    ...(d.fix ? { fixes: [sarifFix(d.file, d.fix, host)] } : {}),
    ...(baselineState ? { baselineState } : {}),
  };
}

function driverRules(ctx: FormatterContext) {
  return [...ctx.rules.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((rule) => ({
      id: rule.id,
      name: rule.id,
      shortDescription: { text: rule.description },
      helpUri: rule.docsUrl,
      defaultConfiguration: { level: LEVEL[rule.severity] },
    }));
}

/** Keeps the most severe findings when over the limit (new ones before baselined ones), then restores reading order. */
function capResults(diagnostics: Diagnostic[], baselined: ReadonlySet<Diagnostic>): { kept: Diagnostic[]; dropped: number } {
  const sorted = sortDiagnostics(diagnostics);
  if (sorted.length <= SARIF_MAX_RESULTS) return { kept: sorted, dropped: 0 };
  // Array#sort is stable, so within a severity the reading order decides who stays.
  const bySeverity = [...sorted].sort((a, b) => Number(baselined.has(a)) - Number(baselined.has(b)) || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  const kept = sortDiagnostics(bySeverity.slice(0, SARIF_MAX_RESULTS));
  return { kept, dropped: sorted.length - kept.length };
}

function invocation(dropped: number) {
  if (dropped === 0) return { executionSuccessful: true };
  const text =
    `${dropped} of ${dropped + SARIF_MAX_RESULTS} results were left out: GitHub code scanning accepts at most ` +
    `${SARIF_MAX_RESULTS} results per run. The most severe were kept; use another format to see them all.`;
  return { executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text } }] };
}

export const sarif: Formatter = (diagnostics, ctx) => {
  const rules = driverRules(ctx);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const baselined = new Set(ctx.baselined ?? []);
  const stateOf = (d: Diagnostic): BaselineState => (ctx.baselined === undefined ? undefined : baselined.has(d) ? 'unchanged' : 'new');
  const { kept, dropped } = capResults([...diagnostics, ...baselined], baselined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'logtail-lint', version: ctx.toolVersion, informationUri: INFORMATION_URI, rules },
        },
        invocations: [invocation(dropped)],
        originalUriBaseIds: { [SRCROOT]: { uri: srcrootUri(ctx.cwd) }, ...(ctx.hostFiles ? { [HOSTROOT]: { uri: srcrootUri(ctx.hostFiles.root) } } : {}) },
        columnKind: 'utf16CodeUnits',
        results: kept.map((d) => result(d, ruleIndex, ctx.hostFiles, stateOf(d))),
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
