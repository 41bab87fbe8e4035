import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Tree } from './helpers.js';

export const DOCS_ROOT = path.resolve(import.meta.dirname, '../docs/rules');

export interface DocExample {
  kind: 'incorrect' | 'correct';
  tree: Tree;
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
 * path a symbolic link to the body.
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
      current = { kind: sub[1].toLowerCase() as DocExample['kind'], tree: {} };
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
    const fileAttr = /(?:^|\s)file=(\S+)/.exec(attrs);
    if (!current || !fileAttr) continue;
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
