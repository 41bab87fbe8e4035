import type { SourceFile } from '../core/source-file.js';
import type { Facts } from '../facts/index.js';
import type { ScalarStyle, DNode } from '../core/doc-tree.js';
import { mentionOffsets, scanArgv, scanShellText, type ShellScanState, type ShellWord } from './shell.js';

/** How a quoted string is escaped in its file. */
export type EscapeStyle = 'json' | 'hcl' | 'yaml-double' | 'yaml-single';

/**
 * Unescape the body of a quoted string, keeping for every decoded character the offset of the
 * source character it came from (`map[text.length]` is the end), so that facts found in the
 * decoded text point at the right place in the file.
 */
export function decodeQuoted(raw: string, style: EscapeStyle): { text: string; map: (i: number) => number } {
  const needs = style === 'yaml-single' ? raw.includes("''") : raw.includes('\\');
  if (!needs) return { text: raw, map: (i) => i };
  let text = '';
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const c = raw[i];
    if (style === 'yaml-single') {
      offsets.push(i);
      text += c;
      i += c === "'" && raw[i + 1] === "'" ? 2 : 1;
      continue;
    }
    if (c !== '\\' || i + 1 >= raw.length) {
      offsets.push(i);
      text += c;
      i++;
      continue;
    }
    const e = raw[i + 1];
    let out: string;
    let len = 2;
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
      out = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
      len = 6;
    } else if (e === 'U' && style === 'hcl' && /^[0-9a-fA-F]{8}$/.test(raw.slice(i + 2, i + 10))) {
      out = String.fromCodePoint(Math.min(parseInt(raw.slice(i + 2, i + 10), 16), 0x10ffff));
      len = 10;
    } else if (e === '\n' && style === 'yaml-double') {
      out = ''; // an escaped line break joins lines
    } else {
      out = SIMPLE[e] ?? e;
    }
    for (let k = 0; k < out.length; k++) offsets.push(i);
    text += out;
    i += len;
  }
  offsets.push(raw.length);
  return { text, map: (i) => offsets[Math.min(i, offsets.length - 1)] };
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', '/': '/', '\\': '\\', '"': '"', ' ': ' ' };

/** Scan the string in a JSON/YAML scalar for install commands and identity writes. */
export function scanScalar(node: DNode, source: SourceFile, file: string, facts: Facts, state: ShellScanState): void {
  if (node.type !== 'scalar' || typeof node.value !== 'string') return;
  let start = node.start;
  let end = node.end;
  const style: ScalarStyle = node.style;
  if (style === 'block') {
    const nl = source.text.indexOf('\n', start);
    if (nl === -1 || nl >= end) return;
    start = nl + 1;
  } else if (style === 'json' || style === 'double' || style === 'single') {
    start += 1;
    end = Math.max(start, end - 1);
  }
  const raw = source.text.slice(start, end);
  if (style === 'plain' || style === 'block') {
    scanShellText(raw, start, source, file, facts, state);
    return;
  }
  const { text, map } = decodeQuoted(raw, style === 'json' ? 'json' : style === 'double' ? 'yaml-double' : 'yaml-single');
  scanShellText(text, (i) => start + map(i), source, file, facts, state);
}

const TOOL_WORD = /(?:^|[/\\])(?:logtail\.sh|loongcollector\.sh|logtail_installer\.exe)$/;

/**
 * Every string in a parsed document that mentions an installer, an identity file or a download
 * bucket, in document order; a list of plain strings naming the installer
 * (`[./logtail.sh, install, cn-hangzhou]`) is read as one command line. Only the branches of the
 * tree whose text holds a mention are visited.
 */
export function scanDocumentStrings(root: DNode, source: SourceFile, file: string, facts: Facts, state: ShellScanState): void {
  const hits = mentionOffsets(source.text);
  if (hits.length === 0) return;
  const holdsMention = (n: DNode) => {
    // First hit at or after n.start (binary search), then: is it before n.end?
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid] < n.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < hits.length && hits[lo] < n.end;
  };
  const stack: DNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!holdsMention(n)) continue;
    if (n.type === 'scalar') {
      if (typeof n.value === 'string') scanScalar(n, source, file, facts, state);
    } else if (n.type === 'map') {
      for (let i = n.entries.length - 1; i >= 0; i--) stack.push(n.entries[i].value);
    } else if (n.type === 'seq') {
      if (n.items.length >= 2 && n.items.every((i) => i.type === 'scalar' && !i.tag)) {
        const words = n.items as Array<Extract<DNode, { type: 'scalar' }>>;
        if (words.some((w) => typeof w.value === 'string' && TOOL_WORD.test(w.value.trim()))) {
          scanArgv(
            words.map((w): ShellWord => {
              const value = w.value === null ? '' : String(w.value);
              return { raw: source.text.slice(w.start, w.end), value, start: w.start, end: w.end, dynamic: /[$`]|\{\{|%\{/.test(value) };
            }),
            source,
            file,
            facts,
            state,
          );
          continue;
        }
      }
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
}
