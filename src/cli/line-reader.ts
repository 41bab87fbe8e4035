import type { LintResult } from '../engine/lint.js';

/** Source lines for code frames, from the files the run already read (no second read). */
export function lineReader(result: LintResult): (file: string, line: number) => string | undefined {
  return (file, line) => result.fleet.source(file)?.lineText(line);
}
