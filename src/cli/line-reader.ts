import type { LintResult } from '../engine/lint.js';

/** Source lines for code frames: from the files the run read, or read again for the files it took from the cache. */
export function lineReader(result: LintResult): (file: string, line: number) => string | undefined {
  return (file, line) => result.source(file)?.lineText(line);
}
