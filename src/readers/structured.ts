import { parseAllDocuments } from 'yaml';
import type { DNode } from '../core/doc-tree.js';
import { findExcessiveNesting, MAX_JSON_DEPTH, safeParseTree } from '../core/json-tree.js';
import type { Facts, ParseProblemFact } from '../facts/index.js';
import { fromJson, fromYaml } from './doc.js';
import { DOCUMENT_READERS } from './documents.js';
import { scanDocumentStrings } from './embedded.js';
import { pushJsonProblem, pushProblem } from './problems.js';
import { SHELL_CLAIMS, SHELL_SNIFF, newShellScanState } from './shell.js';
import type { DocContext, FileReader, TextFile } from './types.js';

type Format = 'json' | 'yaml';

const union = (res: ReadonlyArray<RegExp | undefined>) => new RegExp(res.filter((r): r is RegExp => r !== undefined).map((r) => r.source).join('|'));

/** Raw text worth parsing: a monorepo has thousands of JSON/YAML files that mention none of it. */
const SNIFF: Record<Format, RegExp> = {
  json: union([...DOCUMENT_READERS.filter((r) => r.formats.includes('json')).map((r) => r.sniff), SHELL_SNIFF]),
  yaml: union([...DOCUMENT_READERS.filter((r) => r.formats.includes('yaml')).map((r) => r.sniff), SHELL_SNIFF]),
};

/**
 * Stronger evidence that a file is one of ours: only then does a parse failure become a
 * `parseProblems` fact (an unrelated broken YAML file that says `machine_type:` stays silent).
 */
const CLAIMS = new RegExp(union([...DOCUMENT_READERS.map((r) => r.claims), SHELL_CLAIMS]).source, 'i');

export const jsonReader: FileReader = { name: 'JSON documents', kinds: ['json'], read: (file, facts) => readStructured(file, facts, 'json') };
export const yamlReader: FileReader = { name: 'YAML documents', kinds: ['yaml'], read: (file, facts) => readStructured(file, facts, 'yaml') };

/**
 * A JSON or YAML file: parsed once, each document handed to the first document reader that
 * recognizes it (src/readers/documents.ts), and every string that mentions an installer or an
 * identity file scanned as shell text.
 */
export function readStructured(file: TextFile, facts: Facts, as: Format): void {
  const { source } = file;
  const text = source.text;
  if (!SNIFF[as].test(text)) return;
  const shell = SHELL_SNIFF.test(text);
  const roots = as === 'json' ? parseJson(file, facts) : parseYaml(file, facts);
  const ctx: DocContext = { file: file.file.path, source, facts };
  const state = newShellScanState();
  for (const doc of roots) {
    const reader = DOCUMENT_READERS.find((r) => r.formats.includes(as) && r.detect(doc, file));
    reader?.read(doc, ctx);
    if (!shell) continue;
    const scanned = reader?.shellScope ? reader.shellScope(doc) : doc;
    if (scanned) scanDocumentStrings(scanned, source, ctx.file, facts, state);
  }
}

function parseJson(file: TextFile, facts: Facts): DNode[] {
  const { source } = file;
  // A BOM is not JSON; blank it (same length) so the rest still reads.
  const text = source.hasBom ? ' ' + source.text.slice(1) : source.text;
  if (text.trim() === '') return [];
  const tree = safeParseTree(text, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  if ((tree.tooDeep || tree.errors.length > 0) && CLAIMS.test(text)) {
    const format: ParseProblemFact['format'] = /"(?:planned_values|resource_changes)"/.test(text) && text.includes('"format_version"') ? 'terraform-plan' : 'json';
    pushJsonProblem(facts, file, format, tree);
  }
  // jsonc-parser rebuilds the tree around errors: what follows the first one is not judged for values.
  return tree.root ? [fromJson(tree.root, firstOffset(tree.errors.map((e) => e.offset)))] : [];
}

/** The smallest offset, or undefined for none (a loop: a spread of 100k errors would overflow the stack). */
function firstOffset(offsets: number[]): number | undefined {
  let min: number | undefined;
  for (const o of offsets) if (min === undefined || o < min) min = o;
  return min;
}

/** A line that is only a Go/Helm template action (`{{- if .Values.x }}`, `{{ end }}`). */
const TEMPLATE_LINE = /^[ \t]*\{\{.*\}\}[ \t]*\r?$/gm;

/** The parser's own words, except a stack overflow, which is nesting too deep, not bad syntax. */
function yamlFailure(message: string): string {
  return /Maximum call stack/.test(message) ? 'it is nested too deeply to parse' : message;
}

/**
 * The yaml package takes about 35 bytes of memory per character of a long scalar (a 50 MiB
 * string: 1.8 GB; a fuzz finding). Above the default --max-file-size (5 MiB) only when a user
 * raises it, and then capped here, so a run stays under 1 GB.
 */
const MAX_YAML_CHARS = 16 * 2 ** 20;

/**
 * All documents of a YAML stream. A Helm/Go template is not YAML until rendered: its
 * action-only lines are blanked (same length, so offsets hold) and, if it still does not parse,
 * that is no parse problem.
 */
function parseYaml(file: TextFile, facts: Facts): DNode[] {
  const { source } = file;
  let text = source.text;
  const templated = text.includes('{{');
  if (templated) text = text.replace(TEMPLATE_LINE, (line) => line.replace(/[^\r]/g, ' '));
  // A BOM stays: the yaml parser skips it, where a space in its place would indent line 1.
  const ours = !templated && CLAIMS.test(text);
  const deep = findExcessiveNesting(text, MAX_JSON_DEPTH);
  if (deep) {
    if (ours) pushProblem(facts, file.file.path, source, 'yaml', `YAML nesting is deeper than ${MAX_JSON_DEPTH} levels; the file was not read.`, deep.offset, 1);
    return [];
  }
  if (text.length > MAX_YAML_CHARS) {
    const why = `YAML files over ${MAX_YAML_CHARS / 2 ** 20} MiB are not parsed: the YAML parser needs about 35 times a file's size in memory. The file was not read.`;
    if (ours) pushProblem(facts, file.file.path, source, 'yaml', why, 0, 0);
    return [];
  }
  let docs;
  // The yaml package makes an Error, stack trace and all, for each syntax error: 95,000 of them in a
  // file of 190,000 quotes cost a second (a fuzz finding). Their stacks are never read.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    docs = parseAllDocuments(text, { keepSourceTokens: false, uniqueKeys: false, prettyErrors: false, strict: false });
  } catch (err) {
    if (ours) pushProblem(facts, file.file.path, source, 'yaml', `YAML could not be read: ${yamlFailure(err instanceof Error ? err.message : String(err))}.`, 0, 0);
    return [];
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  const list = Array.isArray(docs) ? docs : [];
  if (ours) {
    const first = list.flatMap((d) => d.errors)[0];
    if (first) {
      const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '').replace(/[.:]$/, '');
      const what = /Maximum call stack/.test(message) ? `YAML could not be read: ${yamlFailure(message)}` : `YAML syntax error: ${message}`;
      pushProblem(facts, file.file.path, source, 'yaml', `${what}.`, first.pos[0], Math.max(0, first.pos[1] - first.pos[0]));
    }
  }
  const out: DNode[] = [];
  for (const d of list) {
    if (!d.contents) continue;
    // The yaml parser recovers from errors too: from a document's first error on, values are unknown.
    const firstError = firstOffset(d.errors.map((e) => e.pos[0]));
    out.push(fromYaml(d.contents, text, d.range?.[0] ?? 0, firstError));
  }
  return out;
}
