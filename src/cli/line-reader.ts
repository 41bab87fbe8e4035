import type { LintResult } from '../engine/lint.js';
import { sourceOf } from '../rules/shared/util.js';

/** Source lines for code frames, from the files the run already read (no second read). */
export function lineReader(result: LintResult): (file: string, line: number) => string | undefined {
  return (file, line) => sourceOf(result.fleet, file)?.lineText(line);
}
