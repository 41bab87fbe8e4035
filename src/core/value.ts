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
}
export interface Unknown {
  known: false;
  /** The expression as written (`var.region`, `${APP}_${ENV}`, `{{ .Values.x }}`). */
  expression: string;
  range: Range;
  pointer?: string;
}
export type Value<T> = Known<T> | Unknown;

export const known = <T>(value: T, range: Range, pointer?: string): Known<T> => ({ known: true, value, range, pointer });
export const unknown = (expression: string, range: Range, pointer?: string): Unknown => ({ known: false, expression, range, pointer });
