/**
 * Run one rule on facts built by hand (before, or besides, the readers), and apply fixes.
 * Shared by the users/, user-defined-id/, machine-group/ and install/ rule tests.
 */
import { DEFAULT_MAX_FILE_SIZE, type ResolvedConfig } from '../../../src/config/types.js';
import { SourceFile, type DiscoveredFile, type FileKind } from '../../../src/core/source-file.js';
import type { ReadFile } from '../../../src/engine/read.js';
import { emptyFacts, type Facts } from '../../../src/facts/index.js';
import { buildFleet } from '../../../src/model/fleet.js';
import type { Finding, Rule } from '../../../src/rules/types.js';
import type { Range, TextEdit } from '../../../src/core/diagnostic.js';

export function config(extra: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return { baseDir: '/repo', rules: {}, ignores: [], maxFileSize: DEFAULT_MAX_FILE_SIZE, projects: [], hosts: [], externalIdentifiers: [], suppressions: [], ...extra };
}

export function source(path: string, text: string, kind: FileKind = 'script'): SourceFile {
  const file: DiscoveredFile = { path, absPath: `/repo/${path}`, kind };
  return new SourceFile(file, text, text.startsWith('\uFEFF'));
}

/** Run `rule` on `facts` (missing lists are empty); `sources` become the fleet's read files. */
export function run(rule: Rule, facts: Partial<Facts>, sources: SourceFile[] = []): Finding[] {
  const readFiles: ReadFile[] = sources.map((s) => ({ file: s.file, source: s, size: s.text.length, problems: [] }));
  const fleet = buildFleet({ cwd: '/repo', config: config(), readFiles, discoverProblems: [], facts: { ...emptyFacts(), ...facts } });
  const out: Finding[] = [];
  rule.check({ fleet, report: (f) => out.push(f) });
  return out;
}

/** `line:col-line:col`. */
export function span(f: { range: Range }): string {
  const { start, end } = f.range;
  return `${start.line}:${start.column}-${end.line}:${end.column}`;
}

/** Apply non-overlapping edits to a text (as a --fix run would). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  let limit = Infinity;
  for (const e of sorted) {
    if (e.range[1] > limit) throw new Error(`overlapping edits at ${e.range[0]}`);
    out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
    limit = e.range[0];
  }
  return out;
}

/** A range on one line, 1-based columns, end exclusive. */
export function at(line: number, startCol: number, endCol: number, endLine = line): Range {
  return { start: { line, column: startCol }, end: { line: endLine, column: endCol } };
}
