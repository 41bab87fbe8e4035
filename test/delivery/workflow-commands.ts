/**
 * How the GitHub Actions runner reads workflow commands from a step's output, restated line by
 * line from the runner's C# (actions/runner, MIT, at 258d6c857db3519913f7deb6004b60172f8043ae).
 * It is our code, not the runner's, and not a regex: every rule below cites the runner line it
 * restates. test/delivery/workflow-commands.test.ts checks its verdicts against the runner's OWN
 * parser, run under Mono (test/fixtures/workflow-commands/README.md), before any test trusts it.
 *
 *   lines          src/Runner.Sdk/ProcessInvoker.cs:507-519 (StreamReader.ReadLine)
 *   which lines    src/Runner.Worker/Handlers/OutputManager.cs:81-91
 *   `::name …::`   src/Runner.Common/ActionCommand.cs:51-119 (TryParseV2)
 *   `##[name …]`   src/Runner.Common/ActionCommand.cs:121-189 (TryParse, the legacy form)
 *   unescaping     src/Runner.Common/ActionCommand.cs:9-32, 191-257
 *   stop-commands  src/Runner.Worker/ActionCommandManager.cs:61-124, 156-188
 *
 * One known difference: the runner's StartsWith/IndexOf are culture-sensitive, so characters of
 * zero collation weight (NUL, U+FFFD, …) can sit inside a `::` it matches; this port compares
 * ordinally (/work/notes/workflow-commands.md, "Where a port can differ"). The tests never rely on
 * it: every command line logtail-lint writes starts with a literal `::name ` and its properties
 * hold no `:` at all, so the first `::` is ours under any collation.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** ExtensionManager.cs:43-57 (internal-set-repo-path is not registered, ActionCommandManager.cs:42), plus stop-commands (:34). */
export const REGISTERED_COMMANDS: readonly string[] = [
  'stop-commands',
  'set-env',
  'set-output',
  'save-state',
  'add-path',
  'add-mask',
  'add-matcher',
  'remove-matcher',
  'warning',
  'error',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
];

export interface ParsedCommand {
  form: 'v2' | 'v1';
  command: string;
  properties: Record<string, string>;
  data: string;
}

export type Effect = 'text' | 'run' | 'stop' | 'stop-rejected' | 'ignored' | 'resume' | 'reset';

/** One line as the runner read it, and what it did with it. */
export interface RunnerLine extends Partial<ParsedCommand> {
  line: string;
  effect: Effect;
}

// --- the .NET primitives the parser relies on ---

/** Char.IsWhiteSpace: Zs, Zl, Zp, U+0009-000D and U+0085. */
const DOTNET_WHITESPACE = new Set('\t\n\u000b\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000');

function trimStart(s: string): string {
  let i = 0;
  while (i < s.length && DOTNET_WHITESPACE.has(s[i])) i++;
  return s.slice(i);
}

function trim(s: string): string {
  let j = s.length;
  while (j > 0 && DOTNET_WHITESPACE.has(s[j - 1])) j--;
  return trimStart(s.slice(0, j));
}

/** StringComparer.OrdinalIgnoreCase as Mono does it: no fold crosses from non-ASCII into ASCII (ſ stays ſ). */
function foldCase(s: string): string {
  let out = '';
  for (const c of s) {
    const u = c.toUpperCase();
    out += u.length === 1 && !(c.charCodeAt(0) > 0x7f && u.charCodeAt(0) <= 0x7f) ? u : c;
  }
  return out;
}

const equalsIgnoreCase = (a: string, b: string) => foldCase(a) === foldCase(b);
const isRegistered = (registered: readonly string[], name: string) => registered.some((r) => equalsIgnoreCase(r, name));

/** StreamReader.ReadLine: a line ends at \n, \r or \r\n; a final terminator adds no empty line. U+2028 and U+0085 end nothing. */
export function readLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    lines.push(text.slice(start, i));
    if (c === '\r' && text[i + 1] === '\n') i++;
    start = i + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** `s.Split('=', 2, StringSplitOptions.RemoveEmptyEntries)` (.NET Core): empty entries before the second one are skipped too. */
function splitKeyValue(s: string): string[] {
  const parts: string[] = [];
  let cur = 0;
  while (parts.length < 1) {
    const eq = s.indexOf('=', cur);
    if (eq < 0) break;
    if (eq > cur) parts.push(s.slice(cur, eq));
    cur = eq + 1;
  }
  if (parts.length === 1) while (s[cur] === '=') cur++;
  if (cur < s.length) parts.push(s.slice(cur));
  return parts;
}

/** The runner replaces each escape in this order, `%25` last, so `%250A` reads as `%0A` (one decode). */
function unescapeWith(s: string, table: ReadonlyArray<[string, string]>): string {
  return table.reduce((acc, [text, escaped]) => acc.split(escaped).join(text), s);
}
const DATA_ESCAPES: ReadonlyArray<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY_ESCAPES: ReadonlyArray<[string, string]> = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const V1_ESCAPES: ReadonlyArray<[string, string]> = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function withProperties(
  form: 'v1' | 'v2',
  name: string,
  propertyText: string | undefined,
  separator: string,
  escapes: ReadonlyArray<[string, string]>,
  data: string,
): ParsedCommand {
  // Dictionary(OrdinalIgnoreCase): the first spelling of a key stays, the last value wins.
  const properties: Record<string, string> = {};
  for (const entry of (propertyText ?? '').split(separator).filter((e) => e !== '')) {
    const pair = splitKeyValue(entry);
    if (pair.length !== 2) continue;
    const key = Object.keys(properties).find((k) => equalsIgnoreCase(k, pair[0])) ?? pair[0];
    properties[key] = unescapeWith(pair[1], escapes);
  }
  return { form, command: name, properties, data };
}

/** ActionCommand.TryParseV2: `::name k=v,k2=v2::data`, after leading white space. */
export function tryParseV2(message: string, registered: readonly string[] = REGISTERED_COMMANDS): ParsedCommand | undefined {
  const text = trimStart(message);
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(registered, name)) return undefined;
  // The whole property string is trimmed (:99), so only the LAST value loses trailing white space.
  const props = space > 0 ? trim(info.slice(space + 1)) : undefined;
  return withProperties('v2', name, props, ',', PROPERTY_ESCAPES, unescapeWith(text.slice(end + 2), DATA_ESCAPES));
}

/** ActionCommand.TryParse: the legacy `##[name k=v;k2=v2]data`, found ANYWHERE in the line. */
export function tryParseV1(message: string, registered: readonly string[] = REGISTERED_COMMANDS): ParsedCommand | undefined {
  const at = message.indexOf('##[');
  if (at < 0) return undefined;
  const close = message.indexOf(']', at);
  if (close < 0) return undefined;
  const info = message.slice(at + 3, close);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!isRegistered(registered, name)) return undefined;
  const props = space > 0 ? info.slice(space + 1) : undefined;
  return withProperties('v1', name, props, ';', V1_ESCAPES, unescapeWith(message.slice(close + 1), V1_ESCAPES));
}

/**
 * What the runner does with a step's whole output, one record per line it reads. `resetLine`
 * (test harness only, as in the fixture's driver) starts a fresh step.
 */
export function processOutput(text: string, options: { resetLine?: string } = {}): RunnerLine[] {
  let registered = [...REGISTERED_COMMANDS];
  let stopToken: string | undefined;
  const records: RunnerLine[] = [];
  for (const line of readLines(text)) {
    const record: RunnerLine = { line, effect: 'text' };
    records.push(record);
    if (options.resetLine !== undefined && line === options.resetLine) {
      registered = [...REGISTERED_COMMANDS];
      stopToken = undefined;
      record.effect = 'reset';
      continue;
    }
    // OutputManager: only a non-empty line holding `##[` or `::` is tried; V2 first, then V1.
    if (line === '' || !(line.includes('##[') || line.includes('::'))) continue;
    const cmd = tryParseV2(line, registered) ?? tryParseV1(line, registered);
    if (!cmd) continue;
    Object.assign(record, cmd);
    if (stopToken !== undefined) {
      // While stopped, only a command named like the token (either form) resumes; the rest is shown, not run.
      if (equalsIgnoreCase(cmd.command, stopToken)) {
        record.effect = 'resume';
        registered = registered.filter((r) => !equalsIgnoreCase(r, stopToken!));
        stopToken = undefined;
      } else record.effect = 'ignored';
    } else if (equalsIgnoreCase(cmd.command, 'stop-commands')) {
      // ValidateStopToken: empty, a registered command or pause-logging throws (and nothing stops).
      if (cmd.data === '' || isRegistered(registered, cmd.data) || equalsIgnoreCase(cmd.data, 'pause-logging')) record.effect = 'stop-rejected';
      else {
        record.effect = 'stop';
        stopToken = cmd.data;
        registered.push(stopToken);
      }
    } else record.effect = 'run';
  }
  return records;
}

/** The commands that would take effect. */
export function commandsRun(text: string): RunnerLine[] {
  return processOutput(text).filter((r) => r.effect === 'run');
}

// --- the runner's own parser, where it has been built here (test/fixtures/workflow-commands/harness/build.sh) ---

/** The Mono build of the runner's parser, when this machine has one; CI does not (it needs the runner's source). */
export const RUNNER_PARSER_EXE = process.env.RUNNER_PARSER_EXE ?? path.join(tmpdir(), 'logtail-lint-runner-parser/parse.exe');

export function runnerParserAvailable(): boolean {
  return existsSync(RUNNER_PARSER_EXE) && spawnSync('mono', ['--version']).status === 0;
}

/** The runner's own verdicts on `text` (same record shape as processOutput). */
export function runnerParserOutput(text: string): RunnerLine[] {
  const r = spawnSync('mono', [RUNNER_PARSER_EXE], { input: Buffer.from(text, 'utf8'), maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`mono ${RUNNER_PARSER_EXE} failed: ${r.stderr}`);
  return r.stdout
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as RunnerLine);
}

/** What reaches the runner: UTF-8 on a pipe, so a lone surrogate arrives as U+FFFD. */
export const asSent = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
