import { printParseErrorCode } from 'jsonc-parser';
import type { SourceFile } from '../core/source-file.js';
import type { Facts, ParseProblemFact } from '../facts/index.js';
import type { SafeTree } from '../core/json-tree.js';
import type { TextFile } from './types.js';

/** One parse problem per file: the first error, where it is. */
export function pushJsonProblem(facts: Facts, file: TextFile, format: ParseProblemFact['format'], tree: SafeTree): void {
  const { source } = file;
  if (tree.tooDeep) {
    facts.parseProblems.push({
      file: file.file.path,
      format,
      message: `JSON nesting is deeper than ${tree.tooDeep.depth - 1} levels; the file was not read.`,
      range: source.rangeOf(tree.tooDeep.offset, 1),
    });
    return;
  }
  const e = tree.errors[0];
  if (!e) return;
  facts.parseProblems.push({
    file: file.file.path,
    format,
    message: `JSON syntax error: ${describeJsonError(printParseErrorCode(e.error))}.`,
    range: source.rangeOf(e.offset, e.length),
  });
}

/** `CommaExpected` → `comma expected`. */
function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

export function pushProblem(facts: Facts, file: string, source: SourceFile, format: ParseProblemFact['format'], message: string, offset: number, length: number): void {
  facts.parseProblems.push({ file, format, message, range: source.rangeOf(offset, length) });
}
