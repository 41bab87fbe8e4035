import type { Diagnostic, RuleMeta } from '../core/diagnostic.js';
import type { FleetView } from '../model/fleet-view.js';

export interface FormatterContext {
  /** Absolute directory that every `Diagnostic.file` is relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /** Every rule, even ones with no finding (SARIF lists them all). */
  rules: Map<string, RuleMeta & { docsUrl: string }>;
  toolVersion: string;
  /** Stylish only: emit ANSI colours. */
  color: boolean;
  /** Returns the 1-based source line text of a file, or undefined (for code frames). */
  getLine(file: string, line: number): string | undefined;
  filesLinted: number;
  /** Findings silenced by config suppressions, with their reason (json lists them). */
  suppressed?: ReadonlyArray<Diagnostic & { reason: string }>;
  /** The fleet view of the run (summary and html show it); computed by the caller from `result.fleet`. */
  fleetView?: FleetView;
  /** Absolute folder of the output file, when written with `-o` (html links files relative to it; else to `cwd`). */
  outputDir?: string;
  /** `logtail-lint doctor` only: findings on the host's own files carry `prefix` (`host:/etc/ilogtail/…`), read under `root`. */
  hostFiles?: { prefix: string; root: string };
  /** `logtail-lint doctor` only: one row per checked step (json lists them as `checks`). */
  checks?: ReadonlyArray<Record<string, unknown>>;
  /** The baseline in use (`--baseline`): its path, the findings it matched, those of it that no longer occur. */
  baseline?: { file: string; matched: number; stale: number };
  /** The findings the baseline matched: not reported; SARIF lists them with `baselineState: "unchanged"`. */
  baselined?: readonly Diagnostic[];
}

/**
 * Renders a whole report. Pure: same input, same output. The result has no
 * trailing newline; the caller appends one when it writes a non-empty result.
 */
export type Formatter = (diagnostics: Diagnostic[], ctx: FormatterContext) => string;
