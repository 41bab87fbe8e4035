/** Inline annotations: which findings become one, within GitHub's per-step limits. */
import type { AnnotationProperties } from '@actions/core';
import type { Diagnostic, Severity } from '../core/diagnostic.js';

/** GitHub keeps at most this many annotations of each kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_KIND = 10;

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export interface AnnotationPlan {
  /** Most severe first, then reading order: what to send. */
  annotate: Diagnostic[];
  /** Per severity: findings that would be annotated but are over the limit. */
  overLimit: Record<Severity, number>;
  /** Findings left out because neither they nor their related locations are in a changed file. */
  unchanged: number;
}

/**
 * `changed`: workspace-relative paths of the files the pull request changes, or undefined for
 * all. A finding counts as changed when its file or one of its related locations is.
 */
export function planAnnotations(diagnostics: readonly Diagnostic[], changed?: ReadonlySet<string>, perKind = ANNOTATIONS_PER_KIND, errorSlotsTaken = 0): AnnotationPlan {
  const touched = changed
    ? diagnostics.filter((d) => changed.has(d.file) || (d.related ?? []).some((r) => changed.has(r.file)))
    : [...diagnostics];
  const annotate: Diagnostic[] = [];
  const overLimit: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const severity of SEVERITY_ORDER) {
    const ofKind = touched.filter((d) => d.severity === severity);
    const slots = severity === 'error' ? Math.max(0, perKind - errorSlotsTaken) : perKind;
    annotate.push(...ofKind.slice(0, slots));
    overLimit[severity] = Math.max(0, ofKind.length - slots);
  }
  return { annotate, overLimit, unchanged: diagnostics.length - touched.length };
}

/**
 * Position properties for `core.error/warning/notice`. Columns only on a one-line range:
 * GitHub ignores them (and `@actions/core` says not to send them) when the lines differ.
 */
export function annotationProperties(d: Diagnostic): AnnotationProperties {
  const { start, end } = d.range;
  const startLine = Math.max(1, start.line);
  const endLine = Math.max(startLine, end.line);
  const props: AnnotationProperties = { title: d.ruleId, file: d.file, startLine, endLine };
  if (startLine === endLine) {
    props.startColumn = Math.max(1, start.column);
    props.endColumn = Math.max(props.startColumn, end.column);
  }
  return props;
}
