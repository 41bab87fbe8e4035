/**
 * The rule docs pages (docs/rules/<namespace>/<name>.md) and the examples in them, which
 * test/docs-examples.test.ts runs.
 *
 * Under `## Example`, each `### Incorrect` / `### Correct` sub-section is one example. Its fenced
 * code blocks whose info string has `file=<path>` form a small repository (see parseExamples for
 * the `escapes`, `bytes`, `symlink`, `dir` and `no-final-newline` attributes).
 *
 * After the file blocks of an Incorrect example comes its output block, a fenced block with the
 * info string `text output`. It lists every finding of the page's rule for that example (the
 * example linted with every other rule off), one per line, in report order:
 *
 *     <file>:<startLine>:<startCol>-<endLine>:<endCol> <severity> <message>
 *
 * e.g. `hosts/web/ilogtail_config.json:6:25-6:26 error Trailing comma before "}": …`: the path
 * relative to the example's root, the 1-based range with an exclusive end (columns in UTF-16
 * code units), the severity the finding is reported with (error, warning or info) and the
 * whole message, on one line. The test fails when the block is missing or differs from the findings;
 * `UPDATE_DOCS=1 npx vitest run test/docs-examples.test.ts` rewrites (or inserts) every output
 * block from the findings and touches nothing else in the page. A Correct example has no output
 * block: it must have no finding of the rule, and no error from any rule.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../src/index.js';
import type { Tree } from './helpers.js';

export const DOCS_ROOT = path.resolve(import.meta.dirname, '../docs/rules');

export interface DocExample {
  kind: 'incorrect' | 'correct';
  tree: Tree;
  /** The `text output` block, when the example has one. */
  output?: OutputBlock;
  /** 0-based index of the line after the example's last file block (or its heading): where a new output block goes. */
  insertAt: number;
  /** Mistakes in the example's markup (a second output block, a file block after it…). */
  problems: string[];
}

export interface OutputBlock {
  /** The block's lines: one finding each. */
  lines: string[];
  /** 0-based indexes of the opening and closing fence lines in the page. */
  open: number;
  close: number;
}

export interface DocPage {
  ruleId: string;
  file: string;
  text: string;
  examples: DocExample[];
  /** `<!-- example-not-runnable: reason -->`: the example cannot be written as files. */
  notRunnable?: string;
}

/** Every rule page: docs/rules/<namespace>/<name>.md → rule `<namespace>/<name>`. */
export function loadDocPages(): DocPage[] {
  const pages: DocPage[] = [];
  for (const ns of readdirSync(DOCS_ROOT)) {
    const dir = path.join(DOCS_ROOT, ns);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.md'))) {
      const file = path.join(dir, name);
      const text = readFileSync(file, 'utf8');
      pages.push({ ruleId: `${ns}/${name.slice(0, -3)}`, file, text, examples: parseExamples(text), notRunnable: /<!--\s*example-not-runnable:\s*(.+?)\s*-->/.exec(text)?.[1] });
    }
  }
  return pages;
}

const FENCE = /^(`{3,})(\S*)[ \t]*(.*)$/;

/**
 * The code blocks under `### Incorrect` and `### Correct` of `## Example`. A block belongs to
 * the example when its info string has `file=<path>`; `escapes` turns `\xNN`, `\uNNNN`, `\r`,
 * `\t` in its body into those characters (for BOMs, CRLF and NUL bytes); `bytes` writes each
 * character as one byte (for invalid UTF-8); `symlink` makes the
 * path a symbolic link to the body; `dir` makes it an empty folder; `no-final-newline` drops the
 * newline after the last line. A block with the info string `text output` is the example's output
 * block (see the top of this file), not a file.
 */
export function parseExamples(markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  let current: DocExample | undefined;
  let inExampleSection = false;
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (/^## /.test(line)) {
      inExampleSection = /^## Examples?\s*$/.test(line);
      current = undefined;
      continue;
    }
    const sub = /^### (Incorrect|Correct)\b/i.exec(line);
    if (sub && inExampleSection) {
      current = { kind: sub[1].toLowerCase() as DocExample['kind'], tree: {}, insertAt: i + 1, problems: [] };
      examples.push(current);
      continue;
    }
    const fence = FENCE.exec(line);
    if (!fence) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !lines[j].startsWith(fence[1])) body.push(lines[j++]);
    i = j;
    const attrs = fence[3];
    if (current && isOutputFence(fence)) {
      if (current.kind === 'correct') current.problems.push(`line ${i - body.length}: a Correct example has no output block`);
      if (current.output) current.problems.push(`line ${i - body.length}: a second output block`);
      else current.output = { lines: body, open: i - body.length - 1, close: i };
      continue;
    }
    const fileAttr = /(?:^|\s)file=(\S+)/.exec(attrs);
    if (!current || !fileAttr) continue;
    if (current.output) current.problems.push(`line ${i - body.length}: file block ${fileAttr[1]} after the output block`);
    current.insertAt = i + 1;
    let content = body.length === 0 ? '' : body.join('\n') + '\n';
    if (/(?:^|\s)escapes(?:\s|$)/.test(attrs)) content = unescape(content);
    if (/(?:^|\s)no-final-newline(?:\s|$)/.test(attrs)) content = content.replace(/\n$/, '');
    if (/(?:^|\s)symlink(?:\s|$)/.test(attrs)) current.tree[fileAttr[1]] = { symlink: content.trim() };
    else if (/(?:^|\s)dir(?:\s|$)/.test(attrs)) current.tree[fileAttr[1]] = { dir: true };
    else current.tree[fileAttr[1]] = /(?:^|\s)bytes(?:\s|$)/.test(attrs) ? Buffer.from(content, 'latin1') : content;
  }
  return examples;
}

function unescape(s: string): string {
  return s.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|r|t|n|\\)/g, (_m, e: string) => {
    if (e === 'r') return '\r';
    if (e === 't') return '\t';
    if (e === 'n') return '\n';
    if (e === '\\') return '\\';
    return String.fromCharCode(parseInt(e.slice(1), 16));
  });
}

const isOutputFence = (fence: RegExpExecArray) => fence[2] === 'text' && fence[3].trim() === 'output';

/** One line of an output block. */
export function formatFinding(d: Pick<Diagnostic, 'file' | 'range' | 'severity' | 'message'>): string {
  const { start, end } = d.range;
  return `${d.file}:${start.line}:${start.column}-${end.line}:${end.column} ${d.severity} ${d.message}`;
}

export interface OutputUpdate {
  example: DocExample;
  lines: string[];
}

/**
 * The page with each example's output block replaced by `lines` (or, when it has none, a new
 * block inserted after its last file block); every other line stays as it was.
 */
export function rewriteOutputs(markdown: string, updates: readonly OutputUpdate[]): string {
  const lines = markdown.split('\n');
  // Bottom to top, so that the line indexes of the examples above stay valid.
  const sorted = [...updates].sort((a, b) => (b.example.output?.open ?? b.example.insertAt) - (a.example.output?.open ?? a.example.insertAt));
  for (const { example, lines: body } of sorted) {
    const longest = Math.max(0, ...body.map((l) => /^`*/.exec(l)![0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    const block = [`${fence}text output`, ...body, fence];
    if (example.output) lines.splice(example.output.open, example.output.close - example.output.open + 1, ...block);
    else lines.splice(example.insertAt, 0, '', ...block);
  }
  return lines.join('\n');
}
