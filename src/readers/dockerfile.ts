/**
 * Dockerfile instructions that set the agent's environment or name its image: `ENV` (both the
 * `KEY=value ...` and the legacy `KEY value` forms), `ARG NAME=default` for an agent variable,
 * and `FROM <image>` (docs/reference/iac-and-editions.md §7, R12 reference.md). `RUN` lines are
 * shell text, read by ./shell.ts. An `ENV NAME=$OTHER` takes the value `OTHER` has at that point
 * (an earlier `ARG` default or `ENV`), as the builder substitutes it; any other `$` is unknown.
 */
import type { SourceFile } from '../core/source-file.js';
import { known, unknown, type Value } from '../core/value.js';
import type { AgentEnvName, Facts } from '../facts/index.js';

export const AGENT_ENV_NAMES: ReadonlySet<string> = new Set<AgentEnvName>([
  'ALIYUN_LOGTAIL_USER_ID',
  'ALIYUN_LOGTAIL_USER_DEFINED_ID',
  'ALIYUN_LOGTAIL_CONFIG',
  'ALIYUN_LOGTAIL_WORKING_IP',
]);

/** Images of the agent, community or enterprise: the ones edition evidence reads. */
export const AGENT_IMAGE = /logtail|loongcollector/i;

const DOCKERFILE_NAME = /^(?:dockerfile(?:[._-].+)?|.+\.dockerfile|containerfile(?:\..+)?)$/i;

/** `Dockerfile`, `Dockerfile.prod`, `Dockerfile_production`, `app.dockerfile`, `Containerfile`. */
export function isDockerfile(path: string): boolean {
  return DOCKERFILE_NAME.test(path.slice(path.lastIndexOf('/') + 1));
}

interface Word {
  value: string;
  start: number;
  end: number;
  /** Offsets of the value spelled verbatim (inside quotes), when no escape intervenes. */
  literal?: [number, number];
  dynamic: boolean;
}

export function readDockerfile(source: SourceFile, file: string, facts: Facts): void {
  const text = source.text;
  const vars = new Map<string, Value<string>>();
  for (const ins of instructions(text)) {
    const keyword = ins.keyword.toUpperCase();
    if (keyword === 'FROM') {
      const image = words(text, ins.argsStart, ins.end).find((w) => !w.value.startsWith('--'));
      if (image && AGENT_IMAGE.test(image.value)) facts.images.push({ file, origin: 'dockerfile-from', image: valueOf(image, source) });
      continue;
    }
    if (keyword !== 'ENV' && keyword !== 'ARG') continue;
    const ws = words(text, ins.argsStart, ins.end);
    const pairs: Array<{ name: string; value?: Word; at: [number, number] }> = [];
    if (keyword === 'ENV' && ws.length >= 2 && !ws[0].value.includes('=')) {
      // Legacy `ENV KEY value with spaces`: the rest of the line is the value.
      const rest: Word = {
        value: ws
          .slice(1)
          .map((w) => w.value)
          .join(' '),
        start: ws[1].start,
        end: ws[ws.length - 1].end,
        dynamic: ws.slice(1).some((w) => w.dynamic),
      };
      if (ws.length === 2) rest.literal = ws[1].literal;
      pairs.push({ name: ws[0].value, value: rest, at: [ws[0].start, rest.end] });
    } else {
      for (const w of ws) {
        const eq = w.value.indexOf('=');
        const name = eq === -1 ? w.value : w.value.slice(0, eq);
        pairs.push({ name, value: eq === -1 ? undefined : splitValue(w, text, name.length + 1), at: [w.start, w.end] });
      }
    }
    for (const p of pairs) {
      let v: Value<string> | undefined = p.value && valueOf(p.value, source);
      const ref = p.value && /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$/.exec(p.value.value);
      if (ref) v = vars.get(ref[1] ?? ref[2]) ?? v;
      if (v) vars.set(p.name, v);
      // An ARG without a default is set only by `--build-arg`: nothing the repository states.
      if (!v || !AGENT_ENV_NAMES.has(p.name)) continue;
      facts.agentEnv.push({
        file,
        origin: keyword === 'ENV' ? 'dockerfile-env' : 'dockerfile-arg',
        name: p.name as AgentEnvName,
        value: v,
        range: source.rangeOf(p.at[0], p.at[1] - p.at[0]),
      });
    }
  }
}

function valueOf(w: Word, source: SourceFile): Value<string> {
  const range = source.rangeOf(w.start, w.end - w.start);
  return w.dynamic ? unknown(source.text.slice(w.start, w.end), range) : known(w.value, range, undefined, w.literal);
}

/** The part of a `KEY=value` word after the `=` (quotes in the value are the word's own). */
function splitValue(w: Word, text: string, skip: number): Word {
  // The key has no quotes: the value starts `skip` characters into the raw word.
  const start = w.start + skip;
  const sub = words(text, start, w.end)[0];
  return sub ?? { value: '', start, end: start, literal: [start, start], dynamic: false };
}

interface Instruction {
  keyword: string;
  argsStart: number;
  end: number;
}

/** Instructions with their line continuations (`\` at a line's end) joined; comment lines skipped. */
function* instructions(text: string): Generator<Instruction> {
  const LINE = /[^\n]*\n?/g;
  let pending: { keyword: string; argsStart: number } | undefined;
  for (let m = LINE.exec(text); m && m[0] !== ''; m = LINE.exec(text)) {
    const line = m[0];
    const start = m.index;
    const body = line.replace(/\r?\n$/, '');
    const continued = /\\\s*$/.test(body);
    if (!pending) {
      const k = /^\s*([A-Za-z]+)(?:\s+|$)/.exec(body);
      if (!k || /^\s*#/.test(body)) continue;
      pending = { keyword: k[1], argsStart: start + k[0].length };
    } else if (/^\s*#/.test(body)) continue;
    if (continued) continue;
    yield { ...pending, end: start + body.length };
    pending = undefined;
  }
  if (pending) yield { ...pending, end: text.length };
}

/** Words of an instruction's arguments: quotes removed, `\` escapes and line continuations handled, `$` marked dynamic. */
function words(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (c === '\\' && /^\\[ \t]*\r?\n/.test(text.slice(i, i + 4))) {
      i = text.indexOf('\n', i) + 1;
      continue;
    }
    const start = i;
    let value = '';
    let dynamic = false;
    let escaped = false;
    let quoted: [number, number] | undefined;
    while (i < to && !/[ \t\r\n]/.test(text[i])) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        const close = text.indexOf(ch, i + 1);
        const end = close === -1 || close > to ? to : close;
        const inner = text.slice(i + 1, end);
        if (ch === '"' && inner.includes('\\')) escaped = true;
        if (ch === '"' && inner.includes('$')) dynamic = true;
        value += ch === '"' ? inner.replace(/\\(["\\$])/g, '$1') : inner;
        quoted = quoted ? undefined : [i + 1, end];
        i = end + 1;
      } else if (ch === '\\' && i + 1 < to) {
        value += text[i + 1];
        escaped = true;
        i += 2;
      } else {
        if (ch === '$') dynamic = true;
        value += ch;
        i++;
      }
    }
    const end = Math.min(i, to);
    const raw = text.slice(start, end);
    let literal: [number, number] | undefined;
    if (!escaped) {
      if (raw === value) literal = [start, end];
      else if (quoted && text.slice(quoted[0], quoted[1]) === value) literal = quoted;
    }
    out.push({ value, start, end, dynamic, ...(literal ? { literal } : {}) });
  }
  return out;
}
