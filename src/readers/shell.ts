import type { SourceFile } from '../core/source-file.js';
import type { AgentEnvName, Facts, IdentityWriteFact, InstallCommandFact, ShellContext } from '../facts/index.js';
import { AGENT_ENV_NAMES, AGENT_IMAGE } from './dockerfile.js';
import { type Value, unknown, known } from '../core/value.js';

/**
 * Install commands and identity-file writes in shell text: scripts, Dockerfile RUN lines,
 * cloud-init `runcmd`, Terraform `user_data`, ROS UserData, CI steps. A light shell tokenizer,
 * not a shell: it records what a command line says and leaves anything dynamic (`$VAR`, `$(...)`,
 * `${...}`, `{{ }}`, backticks) unknown.
 */

/** Cheap test before any tokenizing: text without these cannot hold what this scanner looks for. */
export const SHELL_SNIFF =
  /logtail\.sh|loongcollector\.sh|logtail_installer|user_defined_id|user_log_config\.json|(?:ilogtail|loongcollector|logtaildata)[/\\](?:conf[/\\])?users[/\\]/i;

/** What a script must mention to be read at all: SHELL_SNIFF, the agent's env vars (`docker run -e`, Dockerfile `ENV`) or its images. */
export const SCRIPT_SNIFF = new RegExp(`${SHELL_SNIFF.source}|ALIYUN_LOGTAIL_|logtail|loongcollector`, 'i');

/** A container started from a script, with the agent's env or image: worth tokenizing for its `-e` settings (two tests: one regex spanning both would rescan the text per `docker run`). */
const RUNS_CONTAINER = /\b(?:docker|podman|nerdctl)\s+(?:container\s+)?run\b/;
const MENTIONS_AGENT = /ALIYUN_LOGTAIL_|logtail|loongcollector/i;

/** Text that makes a file surely one that installs or configures the agent (its parse errors are reported). */
export const SHELL_CLAIMS = /logtail\.sh|loongcollector\.sh|logtail_installer|user_defined_id/;

/** A `mkdir` of an agent folder: a piece of its own (a Packer inline step) that a later write relies on. */
const MKDIR_SNIFF = /\bmkdir\b[^\n;&|]*(?:ilogtail|loongcollector|logtaildata)/i;

/**
 * What makes a piece of text worth scanning: an installer or identity file (SHELL_SNIFF), or a
 * download bucket host whose region a later install command takes. Global: use with exec loops.
 */
export const MENTION = new RegExp(
  `${SHELL_SNIFF.source}|${MKDIR_SNIFF.source}|\\b(?:logtail-release|aliyun-observability-release|observability-release|loongcollector)[^.\\s/"'\`\\\\]*\\.(?:vpc100-)?oss`,
  'gi',
);

/** Offsets of every MENTION in `text`, ascending. */
export function mentionOffsets(text: string): number[] {
  const out: number[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(text); m; m = MENTION.exec(text)) out.push(m.index);
  return out;
}

/** Carried across the pieces of one file (cloud-init runcmd items, Terraform strings) in document order. */
export interface ShellScanState {
  /** The OSS endpoint of the last download URL seen, per installer family. */
  lastDownload: { logtail?: DownloadHost; loongcollector?: DownloadHost };
  /** The shell that runs the text at a source offset (a script's shebang, a Dockerfile RUN), when the file says. */
  shellAt?: (offset: number) => ShellContext | undefined;
}

/** The region of a download URL's OSS endpoint, and whether the endpoint is an internal one. */
interface DownloadHost {
  region: Value<string>;
  internal: boolean;
}

export const newShellScanState = (): ShellScanState => ({ lastDownload: {} });

/** Where scanned text sits in the file: a fixed offset, or a map for decoded (unescaped) strings. */
export type OffsetMap = number | ((index: number) => number);

/** A shell word with source offsets (used for argv lists such as `[./logtail.sh, install, r]`). */
export interface ShellWord {
  /** As written, quotes included. */
  raw: string;
  /** After quote removal. */
  value: string;
  start: number;
  end: number;
  /** Holds an expansion the shell (or a template engine) resolves at run time. */
  dynamic: boolean;
}

interface Redirect {
  op: string;
  /** Offset of the operator (with its file-descriptor digits) in the scanned text. */
  start: number;
  target?: ShellWord;
}

interface Command {
  words: ShellWord[];
  redirects: Redirect[];
  /** The command whose output this one reads (`a | b`: b.pipedFrom = a). */
  pipedFrom?: Command;
  start: number;
  end: number;
}

interface Ctx {
  source: SourceFile;
  file: string;
  facts: Facts;
  state: ShellScanState;
  /** Scanned-text index → source offset. */
  at: (i: number) => number;
  /** The scanned text (absent for argv lists). */
  text?: string;
  depth: number;
  /** The shell of a `sh -c '…'` body, which wins over the file's (state.shellAt). */
  shell?: ShellContext;
}

/**
 * Scan `text` (which starts at `base` in the file, or maps through `base` when it was decoded)
 * and append InstallCommandFact / IdentityWriteFact facts.
 */
export function scanShellText(text: string, base: OffsetMap, source: SourceFile, file: string, facts: Facts, state: ShellScanState = newShellScanState()): void {
  // A script's (or user data's) shebang names the shell of everything after it.
  if (!state.shellAt) {
    const shell = shebang(text);
    if (shell) state.shellAt = () => shell;
  }
  if (!SHELL_SNIFF.test(text) && !MKDIR_SNIFF.test(text) && !(RUNS_CONTAINER.test(text) && MENTIONS_AGENT.test(text))) {
    noteDownloads(text, state, typeof base === 'number' ? (i) => base + i : base, source, []);
    return;
  }
  const at = typeof base === 'number' ? (i: number) => base + i : base;
  scan(text, { source, file, facts, state, at, text, depth: 0 });
}

/** `#!/bin/sh`, `#!/usr/bin/env bash`, `#!/bin/bash -e` at the start of the text: the shell, by name. */
function shebang(text: string): ShellContext | undefined {
  const m = /^\uFEFF?\s*#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(text);
  if (!m) return undefined;
  const exe = basename(m[1]);
  const shell = exe === 'env' && m[2] ? basename(m[2]) : exe;
  return SHELLS.has(shell) ? { shell, from: 'shebang' } : undefined;
}

/** An argv list (`command: [./logtail.sh, install, cn-hangzhou]`); words carry source offsets. */
export function scanArgv(words: ShellWord[], source: SourceFile, file: string, facts: Facts, state: ShellScanState = newShellScanState()): void {
  if (words.length === 0) return;
  const cmd: Command = { words, redirects: [], start: words[0].start, end: words[words.length - 1].end };
  analyze(cmd, { source, file, facts, state, at: (i) => i, depth: 0 }, []);
}

interface Download extends DownloadHost {
  offset: number;
  family: 'logtail' | 'loongcollector';
}

/**
 * The installers' download hosts (issue9-facts §4; docs/reference/sls-regions-and-iac.md B.4):
 * `<bucket>.oss-<r>.aliyuncs.com` (public), `<bucket>.oss-<r>-internal.aliyuncs.com` and the
 * legacy `<bucket>.vpc100-oss-<r>.aliyuncs.com` (internal). Buckets: `logtail-release[-<r or abbr>]`
 * (logtail.sh), `aliyun-observability-release-<r>` / `observability-release-<r>` (loongcollector.sh).
 */
const DOWNLOAD = /\b(logtail-release|aliyun-observability-release|observability-release|loongcollector)[^.\s/"'`\\]*\.((?:vpc100-)?oss-)([^.\s/"'`\\]+)\.aliyuncs\.com/g;

function findDownloads(text: string, at: (i: number) => number, source: SourceFile): Download[] {
  const out: Download[] = [];
  if (!text.includes('oss-')) return out;
  DOWNLOAD.lastIndex = 0;
  for (let m = DOWNLOAD.exec(text); m; m = DOWNLOAD.exec(text)) {
    const internalSuffix = /-internal$/.test(m[3]);
    const written = internalSuffix ? m[3].slice(0, -'-internal'.length) : m[3];
    const start = m.index + m[0].length - '.aliyuncs.com'.length - m[3].length;
    const end = start + written.length;
    const range = source.rangeOf(at(start), at(end) - at(start));
    const region = /[$`{%]/.test(written) ? unknown(written, range) : known(written, range);
    out.push({ offset: start, family: m[1] === 'logtail-release' ? 'logtail' : 'loongcollector', region, internal: internalSuffix || m[2] === 'vpc100-oss-' });
  }
  return out;
}

function noteDownloads(text: string, state: ShellScanState, at: (i: number) => number, source: SourceFile, found: Download[]): void {
  const all = found.length > 0 ? found : findDownloads(text, at, source);
  for (const d of all) state.lastDownload[d.family] = { region: d.region, internal: d.internal };
}

function scan(text: string, ctx: Ctx): void {
  const downloads = findDownloads(text, ctx.at, ctx.source);
  const commands = parseCommands(text);
  for (const cmd of commands) analyze(cmd, ctx, downloads);
  noteDownloads(text, ctx.state, ctx.at, ctx.source, downloads);
}

// ---------------------------------------------------------------- tokenizer

const OP_CHARS = new Set(['\n', ';', '&', '|', '(', ')', '<', '>']);
const BLANK = new Set([' ', '\t', '\r']);
/** Characters a backslash escapes outside quotes; before others it stays (Windows paths). */
const ESCAPABLE = new Set([' ', '\t', '"', "'", '\\', '$', '`', '|', '&', ';', '<', '>', '(', ')', '{', '}', '#', '*', '?', '[', ']', '~', '=', '!']);

/** Split text into simple commands with their redirections and pipes. Linear in the text. */
function parseCommands(text: string): Command[] {
  const out: Command[] = [];
  let cur: Command | undefined;
  let pendingRedirect: Redirect | undefined;
  let pipeFrom: Command | undefined;
  const finish = (piped: boolean) => {
    if (cur && (cur.words.length > 0 || cur.redirects.length > 0)) {
      out.push(cur);
      pipeFrom = piped ? cur : undefined;
    } else if (!piped) pipeFrom = undefined;
    cur = undefined;
    pendingRedirect = undefined;
  };
  const command = (start: number): Command => (cur ??= { words: [], redirects: [], pipedFrom: pipeFrom, start, end: start });
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    if (BLANK.has(c)) {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (c === '\n' || c === ';' || c === '(' || c === ')') {
      finish(false);
      i++;
      continue;
    }
    if (c === '&') {
      if (text[i + 1] === '&') {
        finish(false);
        i += 2;
      } else if (text[i + 1] === '>') {
        const op = text[i + 2] === '>' ? '&>>' : '&>';
        pendingRedirect = { op, start: i };
        command(i).redirects.push(pendingRedirect);
        i += op.length;
      } else {
        finish(false);
        i++;
      }
      continue;
    }
    if (c === '|') {
      if (text[i + 1] === '|') {
        finish(false);
        i += 2;
      } else {
        finish(true);
        i += text[i + 1] === '&' ? 2 : 1;
      }
      continue;
    }
    if (c === '<' || c === '>') {
      const op = /^(<<-|<<<|<<|<&|<>|<|>>|>\||>&|>)/.exec(text.slice(i, i + 3))![1];
      pendingRedirect = { op, start: i };
      command(i).redirects.push(pendingRedirect);
      i += op.length;
      continue;
    }
    // A word.
    const w = readWord(text, i);
    // `2>file`, `1>>file`: a file-descriptor number glued to a redirection.
    if (/^\d+$/.test(w.raw) && (text[w.end] === '>' || text[w.end] === '<')) {
      const op = /^(>>|>\||>&|>|<<|<)/.exec(text.slice(w.end, w.end + 2))![1];
      pendingRedirect = { op: w.raw + op, start: i };
      command(i).redirects.push(pendingRedirect);
      i = w.end + op.length;
      continue;
    }
    const cmd = command(i);
    if (pendingRedirect && !pendingRedirect.target) {
      pendingRedirect.target = w;
      pendingRedirect = undefined;
    } else {
      cmd.words.push(w);
    }
    cmd.end = w.end;
    i = w.end > i ? w.end : i + 1;
  }
  finish(false);
  return out;
}

/** One shell word from `start`: quotes removed, expansions kept as written and marked dynamic. */
function readWord(text: string, start: number): ShellWord {
  const n = text.length;
  let i = start;
  let value = '';
  let dynamic = false;
  while (i < n) {
    const c = text[i];
    if (BLANK.has(c) || OP_CHARS.has(c)) break;
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const end = close === -1 ? n : close;
      value += text.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < n && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < n && '"\\$`\n'.includes(text[i + 1])) {
          if (text[i + 1] !== '\n') value += text[i + 1];
          i += 2;
        } else if (text[i] === '$' || text[i] === '`' || text.startsWith('{{', i)) {
          const end = skipExpansion(text, i);
          value += text.slice(i, end);
          if (end > i + 1 || text[i] !== '$') dynamic = true;
          i = end;
        } else {
          value += text[i++];
        }
      }
      i++;
    } else if (c === '\\' && i + 1 < n) {
      value += ESCAPABLE.has(text[i + 1]) ? text[i + 1] : c + text[i + 1];
      i += 2;
    } else if (c === '$' || c === '`' || text.startsWith('{{', i) || text.startsWith('%{', i)) {
      const end = skipExpansion(text, i);
      if (end === i + 1 && c === '$') {
        value += c; // a lone `$` is literal
      } else {
        dynamic = true;
        value += text.slice(i, end);
      }
      i = end;
    } else {
      value += c;
      i++;
    }
  }
  if (i > n) i = n;
  return { raw: text.slice(start, i), value, start, end: i, dynamic };
}

/** End of the expansion starting at `i` (`$x`, `${..}`, `$(..)`, `` `..` ``, `{{..}}`, `%{..}`). */
function skipExpansion(text: string, i: number): number {
  const n = text.length;
  if (text.startsWith('{{', i)) {
    const close = text.indexOf('}}', i + 2);
    return close === -1 ? n : close + 2;
  }
  if (text[i] === '`') {
    const close = text.indexOf('`', i + 1);
    return close === -1 ? n : close + 1;
  }
  const next = text[i + 1];
  if (next === '{' || next === '(') {
    const open = next;
    const close = open === '{' ? '}' : ')';
    let depth = 0;
    for (let j = i + 1; j < n; j++) {
      const ch = text[j];
      if (ch === '\n' && open === '{') return j; // `${` never spans lines in practice: stop runaway
      if (ch === open) depth++;
      else if (ch === close && --depth === 0) return j + 1;
    }
    return n;
  }
  if (text[i] === '%') {
    const close = text.indexOf('}', i + 2);
    return close === -1 ? n : close + 1;
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*|^[0-9?#@*!$-]/.exec(text.slice(i + 1, i + 65));
  return m ? i + 1 + m[0].length : i + 1;
}

// ---------------------------------------------------------------- commands

/** Words that may come before the command itself. */
const PREFIXES = new Set(['RUN', 'sudo', 'exec', 'nohup', 'time', 'command', 'builtin', 'env', 'then', 'do', 'else', 'elif', 'if', 'while', 'until', '{', '}', '!', '-', 'xargs']);
const TOOL = /(?:^|[/\\])(logtail\.sh|loongcollector\.sh|logtail_installer\.exe)$/;
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash', 'ksh']);
const WRITE_OPS = new Set(['>', '>>', '>|', '1>', '1>>', '1>|', '&>', '&>>']);

/** The agent binaries (`/app/bin/ilogtail`, `ilogtail_2.1.10`, `loongcollector`). */
const AGENT_BINARY = /^(?:ilogtail|loongcollector)(?:_[\d.]+)?$/;
/** Flags whose value is the NAME of an environment variable the agent reads (docs/reference/agent-config.md §3, §4). */
const ENV_NAME_FLAG = /^--?(ilogtail_user_defined_id_env_name|ilogtail_aliuid_env_name|ilogtail_config_env_name)(?:=(.*))?$/;

const unquote = (s: string) => s.replace(/^["']|["']$/g, '');
const basename = (s: string) => s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);

function commandName(cmd: Command): number {
  const w = cmd.words;
  let i = 0;
  while (i < w.length) {
    const v = w[i].value;
    if (PREFIXES.has(v)) {
      i++;
      if (v === 'sudo' || v === 'env') {
        while (i < w.length && w[i].value.startsWith('-')) {
          if (v === 'sudo' && /^-[ugCDhpRrT]$/.test(w[i].value)) i++; // options with an argument
          i++;
        }
      }
    } else if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) i++;
    else break;
  }
  return i;
}

function analyze(cmd: Command, ctx: Ctx, downloads: Download[]): void {
  const { text } = ctx;
  const { words } = cmd;
  // Install commands: `<...>/logtail.sh install <param>`, wherever the tool word sits (`sh logtail.sh`, `sudo ./...`).
  for (let i = 0; i < words.length; i++) {
    const tool = TOOL.exec(unquote(words[i].raw))?.[1] as InstallCommandFact['tool'] | undefined;
    if (!tool || words[i + 1]?.value !== 'install') continue;
    const param = words[i + 2];
    const install = words[i + 1];
    const family = tool === 'loongcollector.sh' ? 'loongcollector' : 'logtail';
    let download = ctx.state.lastDownload[family];
    for (const d of downloads) if (d.family === family && d.offset < cmd.end) download = d;
    ctx.facts.installCommands.push({
      file: ctx.file,
      tool,
      param: param
        ? wordValue(param, ctx)
        : // `install` with nothing after it (or the rest came from a ROS Fn::Join piece): not written here.
          unknown('', range(ctx, install.end, install.end)),
      ...(download ? { downloadRegion: download.region, downloadInternal: download.internal } : {}),
      range: range(ctx, words[i].start, (param ?? install).end),
    });
    break;
  }

  const nameAt = commandName(cmd);
  const name = words[nameAt] ? basename(words[nameAt].value) : '';
  const args = words.slice(nameAt + 1);

  // The agent binary started with a flag that names an environment variable (gflags: `-f v`, `--f=v`).
  if (AGENT_BINARY.test(name)) {
    for (let i = 0; i < args.length; i++) {
      const m = ENV_NAME_FLAG.exec(args[i].value);
      if (!m) continue;
      const inline = m[2] !== undefined;
      const valueWord = inline ? undefined : args[i + 1];
      let value: Value<string>;
      if (inline) {
        const start = args[i].start + args[i].raw.indexOf('=') + 1;
        const r = range(ctx, start, args[i].end);
        value = args[i].dynamic ? unknown(args[i].raw.slice(args[i].raw.indexOf('=') + 1), r) : known(m[2], r);
      } else if (valueWord) value = wordValue(valueWord, ctx);
      else continue;
      ctx.facts.agentFlags.push({ file: ctx.file, flag: m[1], value, range: range(ctx, args[i].start, (valueWord ?? args[i]).end) });
    }
  }

  // Redirections into identity files.
  for (const r of cmd.redirects) {
    if (!r.target || !WRITE_OPS.has(r.op)) continue;
    const target = classifyTarget(r.target);
    if (!target) continue;
    const appends = r.op.endsWith('>>');
    const value = target.kind === 'users' ? target.name(ctx) : written(name, args, cmd, ctx);
    const at = r.start + r.op.length - 2;
    pushWrite(ctx, target.kind, appends, value, cmd.start, r.target.end, {
      path: unquote(r.target.raw),
      via: 'redirect',
      echoOption: echoOption(name, args, ctx),
      appendOperator: appends ? operator(ctx, '>>', at, at + 2) : undefined,
    });
  }

  if (name === 'tee') {
    const appends = args.some((a) => a.value === '--append' || /^-[a-z]*a[a-z]*$/.test(a.value));
    const tee = words[nameAt];
    const flag = args[0]?.value === '-a' || args[0]?.value === '--append' ? args[0] : undefined;
    const teeOperator = flag && tee ? operator(ctx, `tee ${flag.value}`, tee.start, flag.end) : undefined;
    for (const a of args) {
      if (a.value.startsWith('-')) continue;
      const target = classifyTarget(a);
      if (!target) continue;
      const from = cmd.pipedFrom;
      const fromAt = from ? commandName(from) : 0;
      const fromName = from?.words[fromAt] ? basename(from.words[fromAt].value) : '';
      let value: Value<string>;
      if (target.kind === 'users') value = target.name(ctx);
      else if (from) value = written(fromName, from.words.slice(fromAt + 1), from, ctx);
      else value = unknown('stdin', range(ctx, cmd.start, cmd.start));
      const option = from ? echoOption(fromName, from.words.slice(fromAt + 1), ctx) : undefined;
      pushWrite(ctx, target.kind, appends, value, (from ?? cmd).start, a.end, { path: unquote(a.raw), via: 'tee', echoOption: option, appendOperator: teeOperator });
    }
  }

  if (name === 'touch' || name === 'mkdir') {
    const parents = name === 'mkdir' && args.some((a) => a.value === '--parents' || /^-[a-z]*p[a-z]*$/.test(a.value));
    for (const a of args) {
      if (a.value.startsWith('-')) continue;
      const path = unquote(a.raw);
      if (name === 'mkdir' && AGENT_DIR.test(path)) ctx.facts.directories.push({ file: ctx.file, path, parents, range: range(ctx, cmd.start, a.end) });
      const target = classifyTarget(a);
      if (target?.kind === 'users') pushWrite(ctx, 'users', false, target.name(ctx), cmd.start, a.end, { path, via: name === 'mkdir' ? (parents ? 'mkdir-p' : 'mkdir') : 'touch' });
    }
  }

  if (CONTAINER_TOOLS.has(name)) dockerRun(args, ctx);

  // `sh -c '...'` / `bash -c "..."`: the quoted script is shell text too (sudo + redirect needs it).
  if (SHELLS.has(name) && text !== undefined && ctx.depth < 3) {
    const c = args.findIndex((a) => /^-[a-z]*c$/.test(a.value));
    const script = c === -1 ? undefined : args[c + 1];
    if (script && /^(['"]).*\1$/s.test(script.raw) && SHELL_SNIFF.test(script.value)) {
      const inner = text.slice(script.start + 1, script.end - 1);
      const outer = ctx.at;
      const off = script.start + 1;
      const shell: ShellContext = { shell: name, from: 'sh-c' };
      const sub: Ctx = { ...ctx, at: (i) => outer(off + i), text: inner, depth: ctx.depth + 1, shell };
      const shifted = downloads.map((d) => ({ ...d, offset: d.offset - off }));
      for (const sc of parseCommands(inner)) analyze(sc, sub, shifted);
    }
  }
}

const CONTAINER_TOOLS = new Set(['docker', 'podman', 'nerdctl']);
/** `docker run` options that take a value as the next word (`-v /a:/b`); the others are flags. */
const RUN_VALUE_OPTIONS = new Set([
  '-v', '--volume', '-e', '--env', '-p', '--publish', '--name', '--network', '--net', '-w', '--workdir', '-u', '--user', '-h', '--hostname', '-m', '--memory', '-l', '--label',
  '--restart', '--entrypoint', '--log-driver', '--log-opt', '--mount', '--env-file', '--add-host', '--cpus', '--pid', '--ipc', '--device', '--cap-add', '--cap-drop',
  '--security-opt', '--ulimit', '--dns', '--platform', '--pull', '--runtime', '--cgroupns', '--tmpfs', '--label-file', '--expose', '--link', '--volumes-from', '--shm-size',
]);

/**
 * `docker run [-e NAME=value | --env NAME=value | --env=NAME=value]... IMAGE`: the agent's env
 * vars it sets and an agent image it runs (docs/reference/iac-and-editions.md §7).
 */
function dockerRun(args: ShellWord[], ctx: Ctx): void {
  let i = args[0]?.value === 'container' ? 1 : 0;
  if (args[i]?.value !== 'run') return;
  for (i++; i < args.length; i++) {
    const a = args[i];
    if (!a.value.startsWith('-')) {
      if (AGENT_IMAGE.test(a.value)) ctx.facts.images.push({ file: ctx.file, origin: 'docker-run', image: wordValue(a, ctx) });
      return; // the image: what follows is the container's command
    }
    const long = /^(--[a-z-]+)=/.exec(a.value);
    const flag = long ? long[1] : /^-[a-z]$/i.test(a.value.slice(0, 2)) && a.value.length > 2 && !a.value.startsWith('--') ? a.value.slice(0, 2) : a.value;
    const glued = long ? a.value.length > long[0].length : flag !== a.value;
    if (flag === '-e' || flag === '--env') {
      const setting = glued ? a : args[i + 1];
      const skip = glued ? (long ? long[0].length : 2) : 0;
      if (!glued) i++;
      if (setting) agentEnvSetting(setting, skip, a, ctx);
      continue;
    }
    if (!glued && RUN_VALUE_OPTIONS.has(flag)) i++;
  }
}

/** One `NAME=value` word of `docker run -e` (`skip`: characters of the option glued before it). */
function agentEnvSetting(w: ShellWord, skip: number, option: ShellWord, ctx: Ctx): void {
  const text = w.value.slice(skip);
  const eq = text.indexOf('=');
  const name = eq === -1 ? text : text.slice(0, eq);
  if (!AGENT_ENV_NAMES.has(name)) return;
  // `-e NAME` alone passes the caller's own value: not stated here.
  const value: Value<string> =
    eq === -1 || w.dynamic ? unknown(eq === -1 ? `$${name}` : w.raw, range(ctx, w.start, w.end)) : valueAfter(w, skip + eq + 1, text.slice(eq + 1), ctx);
  ctx.facts.agentEnv.push({ file: ctx.file, origin: 'docker-run', name: name as AgentEnvName, value, range: range(ctx, option.start, w.end) });
}

/** The part of a word after its first `offset` characters of value, with its own range when the word is spelled as it reads. */
function valueAfter(w: ShellWord, offset: number, value: string, ctx: Ctx): Value<string> {
  const plain = spelled(w, ctx);
  if (plain && plain[1] - plain[0] === w.value.length) {
    const s = plain[0] + offset;
    return known(value, ctx.source.rangeOf(s, plain[1] - s), undefined, [s, plain[1]]);
  }
  return known(value, range(ctx, w.start, w.end));
}

interface WriteDetails {
  path?: string;
  via?: IdentityWriteFact['via'];
  echoOption?: IdentityWriteFact['echoOption'];
  appendOperator?: IdentityWriteFact['appendOperator'];
}

function pushWrite(ctx: Ctx, target: IdentityWriteFact['target'], appends: boolean, value: Value<string>, start: number, end: number, details: WriteDetails = {}): void {
  const shell = ctx.shell ?? ctx.state.shellAt?.(ctx.at(start));
  const fact: IdentityWriteFact = { file: ctx.file, target, appends, value, range: range(ctx, start, end) };
  if (details.appendOperator) fact.appendOperator = details.appendOperator;
  if (details.path !== undefined) fact.path = details.path;
  if (details.via) fact.via = details.via;
  if (details.echoOption) fact.echoOption = details.echoOption;
  if (shell) fact.shell = shell;
  ctx.facts.identityWrites.push(fact);
}

/** The option word of an `echo` that writes (`-e`, `-ne`), when it has one. */
function echoOption(name: string, args: ShellWord[], ctx: Ctx): IdentityWriteFact['echoOption'] {
  if (name !== 'echo' || !args[0] || !/^-[neE]+$/.test(args[0].value)) return undefined;
  return { text: args[0].value, range: range(ctx, args[0].start, args[0].end) };
}

/** The operator text at [start, end) of the scanned text, when the file spells it there (`tee  -a` with two spaces is written as such). */
function operator(ctx: Ctx, text: string, start: number, end: number): IdentityWriteFact['appendOperator'] {
  const s = ctx.at(start);
  const e = ctx.at(end);
  const written = ctx.source.text.slice(s, e);
  if (!/^(?:>>|tee\s+(?:-a|--append))$/.test(written)) return undefined;
  return { text: written, literal: [s, e], range: ctx.source.rangeOf(s, e - s) };
}

type Target = { kind: 'user_defined_id' } | { kind: 'user_log_config' } | { kind: 'users'; name: (ctx: Ctx) => Value<string> };

/** Folders of the agent a `mkdir` may create (`/etc/ilogtail`, `/etc/ilogtail/users`, LoongCollector's, Windows'). */
const AGENT_DIR = /(?:^|[/\\])(?:ilogtail|loongcollector|logtaildata)(?:[/\\]|$)/i;

const USERS_PATH = /(?:^|[/\\])(?:ilogtail|loongcollector|logtaildata)[/\\](?:conf[/\\])?users[/\\]([^/\\]+)$/i;

function classifyTarget(w: ShellWord): Target | undefined {
  const path = unquote(w.raw);
  if (/(?:^|[/\\])user_defined_id$/.test(path)) return { kind: 'user_defined_id' };
  if (/(?:^|[/\\])user_log_config\.json$/.test(path)) return { kind: 'user_log_config' };
  const m = USERS_PATH.exec(path);
  if (!m) return undefined;
  const entry = m[1];
  return {
    kind: 'users',
    name: (ctx) => {
      const closeQuote = /["']$/.test(w.raw) ? 1 : 0;
      const end = w.end - closeQuote;
      const r = range(ctx, end - entry.length, end);
      return /[$`{%*?]/.test(entry) ? unknown(entry, r) : known(entry, r);
    },
  };
}

/** What `echo`/`printf` write; anything else (cat, a heredoc, a variable) is unknown. */
function written(name: string, args: ShellWord[], cmd: Command, ctx: Ctx): Value<string> {
  if (name === 'echo') {
    let i = 0;
    let escapes = false;
    while (i < args.length && /^-[neE]+$/.test(args[i].value)) {
      if (args[i].value.includes('e')) escapes = true;
      i++;
    }
    const rest = args.slice(i);
    if (rest.length === 0) {
      const at = args.length > 0 ? args[args.length - 1].end : (cmd.words[0]?.end ?? cmd.start);
      return known('', range(ctx, at, at));
    }
    const r = range(ctx, rest[0].start, rest[rest.length - 1].end);
    const raw = rest.map((a) => a.raw).join(' ');
    if (rest.some((a) => a.dynamic)) return unknown(raw, r);
    let v = rest.map((a) => a.value).join(' ');
    if (escapes) v = v.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    return known(v, r);
  }
  if (name === 'printf' && args.length > 0) {
    const r = range(ctx, args[0].start, args[args.length - 1].end);
    const fmt = args[0];
    if (fmt.dynamic || args.length > 1 || /%[^%]/.test(fmt.value)) return unknown(args.map((a) => a.raw).join(' '), r);
    return known(fmt.value.replace(/%%/g, '%').replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\n$/, ''), r);
  }
  const asWritten = ctx.text !== undefined ? ctx.text.slice(cmd.start, cmd.end).replace(/\s+/g, ' ') : cmd.words.map((w) => w.raw).join(' ');
  return unknown(asWritten, range(ctx, cmd.start, cmd.end));
}

function wordValue(w: ShellWord, ctx: Ctx): Value<string> {
  const r = range(ctx, w.start, w.end);
  return w.dynamic ? unknown(w.raw, r) : known(w.value, r, undefined, spelled(w, ctx));
}

/** Where the file spells a word's value verbatim (as written, or inside its quotes), if it does. */
function spelled(w: ShellWord, ctx: Ctx): [number, number] | undefined {
  for (const [a, b] of [
    [w.start, w.end],
    [w.start + 1, w.end - 1],
  ]) {
    if (b < a) continue;
    const start = ctx.at(a);
    const end = ctx.at(b);
    if (ctx.source.text.slice(start, end) === w.value) return [start, end];
  }
  return undefined;
}

function range(ctx: Ctx, start: number, end: number) {
  const s = ctx.at(start);
  return ctx.source.rangeOf(s, ctx.at(end) - s);
}
