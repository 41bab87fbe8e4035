/**
 * ilogtail_config.json as the agent itself reads it, which is not JSON.parse.
 *
 * The agent (docs/reference/agent-config.md §1.2) runs two stages, and the file is dropped as a whole
 * (the agent then runs on built-in defaults, §1.3) when either fails:
 *
 * 1. the home-made pre-check `IsValidJson` (2.1 `common/JsonUtil.cpp:34-66`): skip only ' ',
 *    '\n', '\t'; the next byte must be `{` or `[`; then count `{`/`}` outside "quotes", where the
 *    quote state flips on every `"` and `\` skips the next byte, anywhere (comments are not
 *    understood); fail as soon as the count goes negative, or when it does not end at 0;
 * 2. jsoncpp 1.8.4 with `CharReaderBuilder` defaults: comments allowed anywhere between tokens,
 *    no trailing commas, no single quotes, no NaN/Infinity, duplicate keys accepted (last wins),
 *    raw control characters inside strings accepted, `stackLimit` 1000, and anything after the
 *    root value ignored (`failIfExtra=false`).
 *
 * `analyzeAgentJson` records what it finds as facts (offsets into the text and a kind), never a
 * severity: rules decide. It uses jsonc-parser's scanner for tokens and positions and patches
 * the places where jsoncpp tokenizes differently (strings with raw line breaks, numbers with
 * leading zeros). It never recurses and never throws, whatever the input.
 */
import { createScanner, type JSONScanner } from 'jsonc-parser';
import type { AgentJsonAnalysis, AgentJsonFact } from '../facts/agent-config.js';

/** jsoncpp's `stackLimit` default in 1.8.4 (reference §1.2). */
export const JSONCPP_STACK_LIMIT = 1000;
/** More facts than this are not useful to anyone: the file is not JSON. */
const MAX_FACTS = 200;

// jsonc-parser's SyntaxKind / ScanError are `const enum`s, which isolatedModules cannot read.
const K = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Trivia: 15,
  Unknown: 16,
  EOF: 17,
} as const;
const SCAN_ERROR_UNEXPECTED_END_OF_COMMENT = 1;

type TokenKind =
  | 'open-brace'
  | 'close-brace'
  | 'open-bracket'
  | 'close-bracket'
  | 'comma'
  | 'colon'
  | 'string'
  | 'number'
  | 'literal'
  | 'comment'
  | 'word'
  | 'eof';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Decoded string (strings), the word (words). */
  value?: string;
  /** A problem with the token itself, already recorded as a fact when the token was read. */
  bad?: boolean;
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '/': '/', '\\': '\\', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const isPrecheckSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
/** Whitespace to a human, but not to the pre-check (CR, \f, \v, NBSP, U+2028, a BOM…). */
const OTHER_SPACE = /^[\s\uFEFF]+$/;

/** Analyze `text` (the whole file, BOM included as U+FEFF) as the agent would read it. */
export function analyzeAgentJson(text: string): AgentJsonAnalysis {
  return new Analyzer(text).run();
}

class Analyzer {
  private readonly scanner: JSONScanner;
  private readonly facts: AgentJsonFact[] = [];
  private readonly comments: Array<{ start: number; end: number }> = [];
  private truncated = false;
  /** Facts that make jsoncpp fail (as opposed to notes such as duplicate keys). */
  private parserErrors = 0;
  private pending: Token | undefined;

  constructor(private readonly text: string) {
    this.scanner = createScanner(text, false);
  }

  run(): AgentJsonAnalysis {
    const { text } = this;
    const hasBom = text.charCodeAt(0) === 0xfeff;
    if (hasBom) this.add({ kind: 'bom', start: 0, end: 1, removable: [[0, 1]] });
    if (text.trim() === '') {
      this.add({ kind: 'empty', start: 0, end: text.length });
      return this.result(undefined, false);
    }
    const bodyStart = hasBom ? 1 : 0;
    if (hasBom) this.scanner.setPosition(1);

    const root = this.parseRoot(bodyStart);
    if (root) this.afterRoot(root);
    const precheckPasses = this.precheck(root);
    return this.result(root, precheckPasses);
  }

  private result(root: AgentJsonAnalysis['root'], precheckPasses: boolean): AgentJsonAnalysis {
    return {
      facts: this.facts,
      precheckPasses,
      parserAccepts: this.parserErrors === 0 && root !== undefined && root.type !== 'invalid',
      root,
      comments: this.comments,
      truncated: this.truncated,
    };
  }

  private add(fact: AgentJsonFact, parserError = false): void {
    if (parserError) this.parserErrors++;
    if (this.facts.length >= MAX_FACTS) {
      this.truncated = true;
      return;
    }
    this.facts.push(fact);
  }

  // ------------------------------------------------------------------ tokens

  /** The next token that is not whitespace or a comment (comments are recorded). */
  private next(): Token {
    if (this.pending) {
      const t = this.pending;
      this.pending = undefined;
      return t;
    }
    for (;;) {
      const t = this.scan();
      if (t.kind !== 'comment') return t;
    }
  }

  private peek(): Token {
    this.pending ??= this.next();
    return this.pending;
  }

  /** One token, comments included; whitespace skipped. */
  private scan(): Token {
    const { scanner, text } = this;
    for (;;) {
      const kind = scanner.scan();
      const start = scanner.getTokenOffset();
      let end = start + scanner.getTokenLength();
      switch (kind) {
        case K.LineBreak:
        case K.Trivia:
          continue;
        case K.EOF:
          return { kind: 'eof', start: text.length, end: text.length };
        case K.OpenBrace:
          return { kind: 'open-brace', start, end };
        case K.CloseBrace:
          return { kind: 'close-brace', start, end };
        case K.OpenBracket:
          return { kind: 'open-bracket', start, end };
        case K.CloseBracket:
          return { kind: 'close-bracket', start, end };
        case K.Comma:
          return { kind: 'comma', start, end };
        case K.Colon:
          return { kind: 'colon', start, end };
        case K.Null:
        case K.True:
        case K.False:
          return { kind: 'literal', start, end, value: text.slice(start, end) };
        case K.LineComment:
          this.comments.push({ start, end });
          return { kind: 'comment', start, end };
        case K.BlockComment:
          if (scanner.getTokenError() === SCAN_ERROR_UNEXPECTED_END_OF_COMMENT) {
            end = Math.min(end, text.length);
            this.add({ kind: 'unterminated-comment', start, end: Math.min(start + 2, end) }, true);
          }
          this.comments.push({ start, end });
          return { kind: 'comment', start, end };
        case K.String:
          return this.readString(start);
        case K.Number:
          return this.readNumber(start);
        default:
          return this.readUnknown(start, end);
      }
    }
  }

  /**
   * A string as jsoncpp reads it: up to the next unescaped `"`, raw line breaks and control
   * characters included (jsonc-parser would stop at a line break), then decoded with jsoncpp's
   * escape rules.
   */
  private readString(start: number): Token {
    const { text } = this;
    let i = start + 1;
    let closed = false;
    while (i < text.length) {
      const c = text.charCodeAt(i++);
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        closed = true;
        break;
      }
    }
    const end = Math.min(i, text.length);
    this.scanner.setPosition(end);
    if (!closed) {
      this.add({ kind: 'unterminated-string', start, end: start + 1 }, true);
      return { kind: 'string', start, end, value: text.slice(start + 1, end), bad: true };
    }
    const decoded = this.decodeString(start + 1, end - 1);
    return { kind: 'string', start, end, value: decoded.value, bad: decoded.bad };
  }

  /** jsoncpp `decodeString`: the escapes it knows, `\uXXXX` with surrogate pairs. */
  private decodeString(from: number, to: number): { value: string; bad: boolean } {
    const { text } = this;
    let out = '';
    let i = from;
    let runStart = from;
    while (i < to) {
      if (text.charCodeAt(i) !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(runStart, i);
      const escStart = i;
      const e = text[i + 1];
      i += 2;
      if (e !== undefined && e in SIMPLE_ESCAPES) {
        out += SIMPLE_ESCAPES[e];
      } else if (e === 'u') {
        const first = this.hex4(i, to);
        if (first < 0) return this.badEscape(escStart, Math.min(i + 4, to), out);
        i += 4;
        let code = first;
        if (first >= 0xd800 && first <= 0xdbff) {
          // jsoncpp wants a second `\uXXXX` right after a high surrogate.
          if (to - i < 6 || text[i] !== '\\' || text[i + 1] !== 'u') return this.badEscape(escStart, i, out);
          const second = this.hex4(i + 2, to);
          if (second < 0) return this.badEscape(escStart, Math.min(i + 6, to), out);
          code = 0x10000 + ((first & 0x3ff) << 10) + (second & 0x3ff);
          i += 6;
        }
        out += String.fromCodePoint(code);
      } else {
        return this.badEscape(escStart, Math.min(i, to), out);
      }
      runStart = i;
    }
    return { value: out + text.slice(runStart, to), bad: false };
  }

  private hex4(at: number, to: number): number {
    if (to - at < 4) return -1;
    let v = 0;
    for (let k = 0; k < 4; k++) {
      const c = this.text.charCodeAt(at + k);
      if (!isHex(c)) return -1;
      v = v * 16 + parseInt(this.text[at + k], 16);
    }
    return v;
  }

  private badEscape(start: number, end: number, partial: string): { value: string; bad: boolean } {
    this.add({ kind: 'bad-escape', start, end: Math.max(end, start + 1), detail: this.text.slice(start, Math.max(end, start + 1)) }, true);
    return { value: partial, bad: true };
  }

  /**
   * A number as jsoncpp's `readNumber` reads it: digits (leading zeros too), an optional
   * fraction, an optional exponent. `-Infinity` and `0x…` get their own facts.
   */
  private readNumber(start: number): Token {
    const { text } = this;
    let i = start;
    if (text.charCodeAt(i) === 0x2d) {
      i++;
      if (text.startsWith('Infinity', i)) {
        const end = i + 8;
        this.scanner.setPosition(end);
        this.add({ kind: 'special-number', start, end, detail: '-Infinity' }, true);
        return { kind: 'number', start, end, bad: true };
      }
    }
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    const intEnd = i;
    let valid = intEnd > start + (text.charCodeAt(start) === 0x2d ? 1 : 0);
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    }
    const c = text.charCodeAt(i);
    if (c === 0x65 || c === 0x45) {
      i++;
      if (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d) i++;
      const expDigits = i;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i === expDigits) valid = false;
    }
    // `0x1F`: jsoncpp reads `0`, then trips over `x1F`.
    if (intEnd === i && (text[i] === 'x' || text[i] === 'X') && text.slice(start, intEnd).replace('-', '') === '0') {
      let j = i + 1;
      while (j < text.length && isHex(text.charCodeAt(j))) j++;
      this.scanner.setPosition(j);
      this.add({ kind: 'hex-number', start, end: j, detail: text.slice(start, j) }, true);
      return { kind: 'number', start, end: j, bad: true };
    }
    this.scanner.setPosition(i);
    if (!valid) {
      this.add({ kind: 'invalid-number', start, end: i, detail: text.slice(start, i) }, true);
      return { kind: 'number', start, end: i, bad: true };
    }
    return { kind: 'number', start, end: i };
  }

  /** jsonc-parser's Unknown: a word, a lone character, a single-quoted string, `+1`, `NaN`. */
  private readUnknown(start: number, end: number): Token {
    const { text } = this;
    const c = text.charCodeAt(start);
    if (c === 0x2d) return this.readNumber(start); // `-` not followed by a digit
    if (c === 0x27) {
      // 'single quoted': to the closing quote on the same line.
      let i = start + 1;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 2;
        else if (d === 0x27) {
          i++;
          break;
        } else if (d === 0x0a || d === 0x0d) break;
        else i++;
      }
      const stop = Math.min(i, text.length);
      this.scanner.setPosition(stop);
      this.add({ kind: 'single-quote', start, end: stop, detail: text.slice(start, stop) }, true);
      const inner = text.slice(start + 1, text.charCodeAt(stop - 1) === 0x27 && stop - 1 > start ? stop - 1 : stop);
      return { kind: 'string', start, end: stop, value: inner, bad: true };
    }
    if (c === 0x2b && isDigit(text.charCodeAt(start + 1))) {
      const t = this.readNumber(start + 1);
      this.add({ kind: 'leading-plus', start, end: t.end, detail: text.slice(start, t.end) }, true);
      return { kind: 'number', start, end: t.end, bad: true };
    }
    const word = text.slice(start, end);
    if (word === 'NaN' || word === 'Infinity') {
      this.add({ kind: 'special-number', start, end, detail: word }, true);
      return { kind: 'number', start, end, bad: true };
    }
    return { kind: 'word', start, end, value: word };
  }

  // ------------------------------------------------------------------ structure

  /**
   * Find the root value and parse it. Everything before it that the pre-check does not skip is
   * leading content; stray text before the first `{` is skipped so the object still gets checked.
   */
  private parseRoot(bodyStart: number): AgentJsonAnalysis['root'] {
    const { text } = this;
    let p = bodyStart;
    while (p < text.length && isPrecheckSpace(text.charCodeAt(p))) p++;
    let first = this.next();
    let strayStart = -1;
    while (first.kind === 'word' && OTHER_SPACE.test(first.value ?? '')) first = this.next();
    if (first.kind === 'word' || first.kind === 'colon' || first.kind === 'comma' || first.kind === 'close-brace' || first.kind === 'close-bracket') {
      // Stray text (a markdown fence, a file name, `...`): resume at the first `{`, if any.
      strayStart = first.start;
      while (first.kind !== 'eof' && first.kind !== 'open-brace') first = this.next();
    }
    if (first.kind === 'eof') {
      if (strayStart >= 0) {
        this.add({ kind: 'unexpected-token', start: strayStart, end: trimEnd(text, text.length), detail: 'no JSON object' }, true);
        return { start: strayStart, end: text.length, type: 'invalid' };
      }
      this.add({ kind: 'no-value', start: p, end: trimEnd(text, text.length) }, true);
      return undefined;
    }
    if (first.start > p) {
      const end = trimEndPrecheck(text, first.start);
      const region = { start: p, end };
      const hasComment = this.comments.some((c) => c.start < first.start && c.end > p);
      const removable = strayStart < 0 && !hasComment ? spansToRemove(text, p, first.start) : undefined;
      // jsoncpp itself skips CR and comments; \f, NBSP or stray text fail it as well.
      const outsideComments = blankSpans(text.slice(0, first.start), this.comments.filter((c) => c.end <= first.start)).slice(p);
      this.add({ kind: 'leading-content', ...region, detail: text.slice(p, end), removable }, strayStart >= 0 || /[^ \t\r\n]/.test(outsideComments));
    }
    return this.parseValue(first);
  }

  /** Parse one value starting at `first`, iteratively (no recursion, any depth). */
  private parseValue(first: Token): NonNullable<AgentJsonAnalysis['root']> {
    const rootType = tokenType(first);
    if (first.kind !== 'open-brace' && first.kind !== 'open-bracket') {
      if (rootType === 'invalid') this.unexpected(first, 'a JSON object');
      return { start: first.start, end: first.end, type: rootType };
    }
    interface Frame {
      kind: 'object' | 'array';
      start: number;
      /** object: key → where it was seen last. */
      keys?: Map<string, { start: number; end: number }>;
      /** after `,`: the comma (for trailing commas). */
      comma?: Token;
      state: 'first' | 'key' | 'colon' | 'value' | 'after-value';
      pendingKey?: { name: string; start: number; end: number };
    }
    const stack: Frame[] = [];
    let nestingReported = false;
    let rootEnd = first.end;
    const open = (t: Token) => {
      stack.push(
        t.kind === 'open-brace'
          ? { kind: 'object', start: t.start, keys: new Map(), state: 'first' }
          : { kind: 'array', start: t.start, state: 'first' },
      );
      // jsoncpp counts the values on its stack: the root is 1, so more than 1000 levels fail.
      if (stack.length > JSONCPP_STACK_LIMIT && !nestingReported) {
        nestingReported = true;
        this.add({ kind: 'nesting-limit', start: t.start, end: t.end, detail: String(JSONCPP_STACK_LIMIT) }, true);
      }
    };
    const close = (t: Token) => {
      stack.pop();
      rootEnd = t.end;
      const parent = stack[stack.length - 1];
      if (parent) parent.state = 'after-value';
    };
    /** A scalar (or bad token treated as one) was read in value position. */
    const scalarDone = (t: Token) => {
      rootEnd = t.end;
      stack[stack.length - 1].state = 'after-value';
    };
    open(first);

    while (stack.length > 0) {
      if (this.truncated && this.facts.length >= MAX_FACTS) {
        // Hopeless input: stop early, but still find the end for trailing-content purposes.
        rootEnd = this.text.length;
        break;
      }
      const frame = stack[stack.length - 1];
      const t = this.next();
      if (t.kind === 'eof') {
        const closer = frame.kind === 'object' ? '}' : ']';
        const last = this.facts[this.facts.length - 1];
        // An unterminated string or comment already explains why the end came early.
        if (last?.kind !== 'unterminated-string' && last?.kind !== 'unterminated-comment') {
          this.add({ kind: 'unclosed', start: frame.start, end: frame.start + 1, expected: closer }, true);
        } else this.parserErrors++;
        rootEnd = this.text.length;
        // Report only the innermost unclosed bracket: the outer ones follow from it.
        break;
      }
      if (frame.kind === 'object') {
        switch (frame.state) {
          case 'first':
          case 'key': {
            if (t.kind === 'close-brace') {
              if (frame.state === 'key' && frame.comma) this.trailingComma(frame.comma, '}');
              close(t);
              break;
            }
            if (t.kind === 'string') {
              frame.pendingKey = { name: t.value ?? '', start: t.start, end: t.end };
              frame.state = 'colon';
              break;
            }
            if (t.kind === 'word' || t.kind === 'number' || t.kind === 'literal') {
              if (this.peek().kind === 'colon') {
                if (!t.bad) this.add({ kind: 'unquoted-key', start: t.start, end: t.end, detail: this.text.slice(t.start, t.end) }, true);
                frame.pendingKey = { name: this.text.slice(t.start, t.end), start: t.start, end: t.end };
                frame.state = 'colon';
                break;
              }
            }
            if (t.kind === 'close-bracket' && this.closesOuter(stack, 'array')) {
              this.unwindTo(stack, 'array', t, close);
              break;
            }
            if (t.kind === 'comma' && frame.state === 'key') {
              this.add({ kind: 'value-expected', start: t.start, end: t.end, detail: 'a key' }, true);
              break;
            }
            if (t.kind === 'open-brace' || t.kind === 'open-bracket') {
              // `{ {` : a missing key; read the value so that its own content gets checked.
              this.unexpected(t, 'a key or "}"');
              frame.state = 'value';
              this.pending = t;
              break;
            }
            if (!t.bad) this.unexpected(t, 'a key or "}"');
            // `"a": 1, ... }`: the comma is not trailing; the stray text is the problem.
            frame.comma = undefined;
            break;
          }
          case 'colon': {
            if (t.kind === 'colon') {
              frame.state = 'value';
              break;
            }
            this.add({ kind: 'missing-colon', start: frame.pendingKey!.start, end: frame.pendingKey!.end, detail: frame.pendingKey!.name }, true);
            frame.state = 'value';
            this.pending = t;
            break;
          }
          case 'value': {
            const key = frame.pendingKey;
            if (key) {
              const seen = frame.keys!.get(key.name);
              if (seen) this.add({ kind: 'duplicate-key', start: key.start, end: key.end, detail: key.name, first: seen });
              frame.keys!.set(key.name, { start: key.start, end: key.end });
              frame.pendingKey = undefined;
            }
            if (t.kind === 'open-brace' || t.kind === 'open-bracket') {
              frame.state = 'after-value';
              open(t);
              break;
            }
            if (t.kind === 'close-brace' || t.kind === 'comma') {
              this.add({ kind: 'value-expected', start: t.start, end: t.end, detail: 'a value' }, true);
              frame.state = 'after-value';
              this.pending = t;
              break;
            }
            if (t.kind === 'word' && !t.bad) this.unexpected(t, 'a value');
            else if (t.kind === 'colon' || t.kind === 'close-bracket') this.unexpected(t, 'a value');
            scalarDone(t);
            break;
          }
          case 'after-value': {
            if (t.kind === 'close-brace') {
              close(t);
              break;
            }
            if (t.kind === 'comma') {
              frame.comma = t;
              frame.state = 'key';
              break;
            }
            if (t.kind === 'close-bracket' && this.closesOuter(stack, 'array')) {
              this.unwindTo(stack, 'array', t, close);
              break;
            }
            if (t.kind === 'string' || t.kind === 'word') {
              this.add({ kind: 'missing-comma', start: t.start, end: t.end, detail: '}' }, true);
              frame.state = 'key';
              frame.comma = undefined;
              this.pending = t;
              break;
            }
            this.unexpected(t, '"," or "}"');
            break;
          }
        }
      } else {
        switch (frame.state) {
          case 'first':
          case 'value': {
            if (t.kind === 'close-bracket') {
              if (frame.state === 'value' && frame.comma) this.trailingComma(frame.comma, ']');
              close(t);
              break;
            }
            if (t.kind === 'open-brace' || t.kind === 'open-bracket') {
              frame.state = 'after-value';
              open(t);
              break;
            }
            if (t.kind === 'comma') {
              this.add({ kind: 'value-expected', start: t.start, end: t.end, detail: 'a value' }, true);
              frame.comma = t;
              frame.state = 'value';
              break;
            }
            if (t.kind === 'close-brace' && this.closesOuter(stack, 'object')) {
              this.unwindTo(stack, 'object', t, close);
              break;
            }
            if ((t.kind === 'word' && !t.bad) || t.kind === 'colon' || t.kind === 'close-brace') this.unexpected(t, 'a value');
            scalarDone(t);
            break;
          }
          case 'after-value': {
            if (t.kind === 'close-bracket') {
              close(t);
              break;
            }
            if (t.kind === 'comma') {
              frame.comma = t;
              frame.state = 'value';
              break;
            }
            if (t.kind === 'close-brace' && this.closesOuter(stack, 'object')) {
              this.unwindTo(stack, 'object', t, close);
              break;
            }
            if (t.kind === 'string' || t.kind === 'number' || t.kind === 'literal' || t.kind === 'open-brace' || t.kind === 'open-bracket') {
              this.add({ kind: 'missing-comma', start: t.start, end: t.end, detail: ']' }, true);
              frame.state = 'value';
              frame.comma = undefined;
              this.pending = t;
              break;
            }
            this.unexpected(t, '"," or "]"');
            break;
          }
        }
      }
    }
    return { start: first.start, end: rootEnd, type: rootType };
  }

  /** Is there an enclosing frame of `kind` below the top one (so a stray closer ends it)? */
  private closesOuter(stack: ReadonlyArray<{ kind: 'object' | 'array' }>, kind: 'object' | 'array'): boolean {
    for (let i = stack.length - 2; i >= 0; i--) if (stack[i].kind === kind) return true;
    return false;
  }

  /** A closer that belongs to an outer frame: the frames above it were never closed. */
  private unwindTo(stack: Array<{ kind: 'object' | 'array'; start: number }>, kind: 'object' | 'array', t: Token, close: (t: Token) => void): void {
    while (stack.length > 0 && stack[stack.length - 1].kind !== kind) {
      const frame = stack.pop()!;
      this.add({ kind: 'unclosed', start: frame.start, end: frame.start + 1, expected: frame.kind === 'object' ? '}' : ']' }, true);
    }
    if (stack.length > 0) close(t);
  }

  private trailingComma(comma: Token, closer: '}' | ']'): void {
    this.add({ kind: 'trailing-comma', start: comma.start, end: comma.end, expected: closer }, true);
  }

  /** A token out of place. Consecutive stray tokens merge into one fact. */
  private unexpected(t: Token, expected: string): void {
    const last = this.facts[this.facts.length - 1];
    if (last && last.kind === 'unexpected-token' && /^[\s]*$/.test(this.text.slice(last.end, t.start))) {
      last.end = Math.max(last.end, t.end);
      return;
    }
    this.add({ kind: 'unexpected-token', start: t.start, end: Math.max(t.end, t.start + 1), detail: expected }, true);
  }

  /** After the root: comments are fine, anything else is ignored by jsoncpp. */
  private afterRoot(root: NonNullable<AgentJsonAnalysis['root']>): void {
    if (root.type === 'invalid') return;
    let extra: Token | undefined;
    for (;;) {
      const t = this.next();
      if (t.kind === 'eof') break;
      extra ??= t;
    }
    if (extra) this.add({ kind: 'trailing-content', start: extra.start, end: trimEnd(this.text, this.text.length), detail: this.text.slice(extra.start, Math.min(this.text.length, extra.start + 40)) });
    if (root.type !== 'object') this.add({ kind: 'root-not-object', start: root.start, end: root.type === 'array' ? root.start + 1 : root.end, detail: root.type });
  }

  // ------------------------------------------------------------------ the pre-check

  /**
   * `IsValidJson`, byte for byte (UTF-16 units here: only ASCII matters to it). When its brace
   * count fails, find out whether comments are to blame.
   */
  private precheck(root: AgentJsonAnalysis['root']): boolean {
    const { text } = this;
    let idx = 0;
    while (idx < text.length && isPrecheckSpace(text.charCodeAt(idx))) idx++;
    const startOk = idx < text.length && (text[idx] === '{' || text[idx] === '[');
    // Count from where the agent would (or, when the start already fails, from the root value,
    // so that comment problems are found in the same run as the leading ones).
    const from = startOk ? idx : root && (root.type === 'object' || root.type === 'array') ? root.start : -1;
    if (from < 0) return false;
    const full = countBraces(text, from, text.length);
    if (full.ok) return startOk;

    const inside = this.comments.filter((c) => c.start >= from);
    const blanked = countBraces(blankSpans(text, inside), from, text.length);
    const blamed = inside.filter((c) => commentUpsetsCount(text, c.start, c.end));
    if (!blanked.ok || blamed.length === 0) {
      // The structure itself is unbalanced. jsoncpp reports that too unless it lies after the
      // root (`{…} }`), so only then is it a fact of its own.
      if (this.parserErrors === 0) {
        this.add({ kind: 'precheck-unbalanced', start: full.at, end: Math.min(full.at + 1, text.length), detail: full.reason });
      }
    }
    const list = blamed.length > 0 ? blamed : blanked.ok ? inside.filter((c) => /["{}]/.test(text.slice(c.start, c.end))) : [];
    for (const c of list) this.add({ kind: 'comment-breaks-precheck', start: c.start, end: c.end, detail: text.slice(c.start, c.end) });
    return false;
  }
}

/** The pre-check's counting loop over text[from, to). */
function countBraces(text: string, from: number, to: number): { ok: boolean; at: number; reason: 'negative' | 'unclosed' } {
  let count = 0;
  let inQuote = false;
  let lastOpen = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) {
      if (!inQuote) {
        count++;
        lastOpen = i;
      }
    } else if (c === 0x7d) {
      if (!inQuote) count--;
      if (count < 0) return { ok: false, at: i, reason: 'negative' };
    } else if (c === 0x22) inQuote = !inQuote;
    else if (c === 0x5c) i++;
  }
  return count === 0 ? { ok: true, at: to, reason: 'unclosed' } : { ok: false, at: inQuote ? to : lastOpen, reason: 'unclosed' };
}

/** Does this comment, on its own, leave the pre-check in another state than it found it? */
function commentUpsetsCount(text: string, start: number, end: number): boolean {
  let count = 0;
  let inQuote = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b && !inQuote) count++;
    else if (c === 0x7d && !inQuote) count--;
    else if (c === 0x22) inQuote = !inQuote;
    else if (c === 0x5c) i++;
  }
  return inQuote || count !== 0;
}

function blankSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
    at = s.end;
  }
  return out + text.slice(at);
}

function tokenType(t: Token): NonNullable<AgentJsonAnalysis['root']>['type'] {
  switch (t.kind) {
    case 'open-brace':
      return 'object';
    case 'open-bracket':
      return 'array';
    case 'string':
      return t.bad ? 'invalid' : 'string';
    case 'number':
      return t.bad ? 'invalid' : 'number';
    case 'literal':
      return t.value === 'null' ? 'null' : 'boolean';
    default:
      return 'invalid';
  }
}

/** `end` moved back over any whitespace. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s|\uFEFF/.test(text[end - 1])) end--;
  return end;
}

/** `end` moved back over what the pre-check skips. */
function trimEndPrecheck(text: string, end: number): number {
  while (end > 0 && isPrecheckSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The runs of characters in [from, to) that are not ' ', '\n' or '\t' (CR, \f, NBSP…). */
function spansToRemove(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (isPrecheckSpace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < to && !isPrecheckSpace(text.charCodeAt(i))) i++;
    spans.push([s, i]);
  }
  return spans;
}
