import type { LintResult } from '../engine/lint.js';

/** Source lines for code frames, from the files the run already read (no second read). */
export function lineReader(result: LintResult): (file: string, line: number) => string | undefined {
  const byPath = new Map(result.fleet.readFiles.map((f) => [f.file.path, f.source]));
  return (file, line) => byPath.get(file)?.lineText(line);
}
