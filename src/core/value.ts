/**
 * A value as a file states it. What IaC or a template knows only at apply or deploy time
 * (variables, references, `${...}`, `{{ }}`) is `Unknown`: it carries the expression as written and
 * never produces a finding.
 */
import type { Range } from './diagnostic.js';

export interface Known<T> {
  known: true;
  value: T;
  range: Range;
  /** JSON pointer, YAML path or HCL address of the value. */
  pointer?: string;
  /**
   * UTF-16 offsets [start, end) of the characters that spell the value verbatim in the file
   * (inside its quotes; no escape sequences between them), when the reader knows it: what a fix
   * replaces to write another value.
   */
  literal?: [number, number];
}
export interface Unknown {
  known: false;
  /** The expression as written (`var.region`, `${APP}_${ENV}`, `{{ .Values.x }}`). */
  expression: string;
  range: Range;
  pointer?: string;
}
export type Value<T> = Known<T> | Unknown;

export const known = <T>(value: T, range: Range, pointer?: string, literal?: [number, number]): Known<T> =>
  literal === undefined ? { known: true, value, range, pointer } : { known: true, value, range, pointer, literal };
export const unknown = (expression: string, range: Range, pointer?: string): Unknown => ({ known: false, expression, range, pointer });
