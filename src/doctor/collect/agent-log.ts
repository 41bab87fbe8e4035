/**
 * The tail of the agent's own log, parsed as the agent writes it (doctor-live-host.md §2.4):
 * spdlog pattern `[%Y-%m-%d %H:%M:%S.%f]\t[%l]\t[%t]\t%v`, payload `<file>:<line>\t\t<k:v>\t…`.
 * Lines that do not start with `[` continue the previous record (the styled JSON of
 * `load logtail config file, detail` and `app info`). Only the last 2 MiB are read; every record
 * is redacted before it is kept, since the config dump carries access keys.
 */
import { closeSync, fstatSync, openSync, readlinkSync, readSync, readFileSync } from 'node:fs';
import type { AgentLog, AgentLogRecord, Checked } from '../../facts/host-runtime.js';
import { localPath, onHost } from './paths.js';
import { redactText } from './redact.js';

export const LOG_TAIL_BYTES = 2 * 1024 * 1024;

const RECORD = /^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})?)\]\s*\[(\w+)\]\s*\[(\d+)\]\s*(\S+?:\d+)(?:\t\t?|\s+)(.*)$/;

export function parseLogLines(text: string, firstLine: number, zone: string | undefined): { records: AgentLogRecord[]; unparsed: number } {
  const records: Array<{ -readonly [K in keyof AgentLogRecord]: AgentLogRecord[K] }> = [];
  let unparsed = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    const m = RECORD.exec(line);
    if (m) {
      const at = zone === undefined ? undefined : localToEpoch(m[1], zone);
      records.push({ line: firstLine + i, time: m[1], ...(at === undefined ? {} : { at }), level: m[2].toLowerCase(), thread: m[3], source: m[4], text: redactText(m[5]) });
    } else if (line !== '') {
      const last = records[records.length - 1];
      if (last && !line.startsWith('[')) last.text += `\n${redactText(line)}`;
      else unparsed++;
    }
  }
  return { records, unparsed };
}

/** Epoch ms of a wall-clock time `YYYY-MM-DD HH:MM:SS[.ffffff]` in an IANA zone. */
export function localToEpoch(time: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?$/.exec(time);
  if (!m) return undefined;
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  const asUtc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6], ms);
  const offset = zoneOffsetMs(asUtc, zone);
  if (offset === undefined) return undefined;
  // One correction pass is exact except in the hour a DST change skips or repeats.
  const guess = asUtc - offset;
  return asUtc - (zoneOffsetMs(guess, zone) ?? offset);
}

function zoneOffsetMs(epoch: number, zone: string): number | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(epoch));
    const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(epoch / 1000) * 1000;
  } catch {
    return undefined;
  }
}

/**
 * The host's time zone, as the agent's spdlog would use it: `/etc/localtime` (a link into
 * zoneinfo), else `/etc/timezone`. On the live host (`--root /`) the doctor's own zone is the host's.
 */
export function hostTimeZone(root: string, live: boolean): { name: string; source: string } | undefined {
  try {
    const target = readlinkSync(localPath(root, '/etc/localtime'));
    const m = /zoneinfo\/(.+)$/.exec(target);
    if (m && isZone(m[1])) return { name: m[1], source: '/etc/localtime' };
  } catch {
    // not a link (a copy of the zone file) or missing
  }
  try {
    const name = readFileSync(localPath(root, '/etc/timezone'), 'utf8').trim();
    if (isZone(name)) return { name, source: '/etc/timezone' };
  } catch {
    // missing
  }
  if (live) return { name: Intl.DateTimeFormat().resolvedOptions().timeZone, source: 'this machine' };
  return undefined;
}

const isZone = (name: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

export function collectAgentLog(root: string, logFile: string | undefined, live: boolean): Checked<AgentLog> {
  if (!logFile) return { checked: false, reason: 'no agent log file was found (ilogtail.LOG / loongcollector.LOG in the install folder)' };
  const abs = localPath(root, onHost(logFile));
  let fd: number | undefined;
  try {
    fd = openSync(abs, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return { checked: false, reason: `${logFile} is not a regular file` };
    const start = Math.max(0, st.size - LOG_TAIL_BYTES);
    const buf = Buffer.alloc(st.size - start);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
    let text = buf.subarray(0, got).toString('utf8');
    let firstLine = 1;
    if (start > 0) {
      // Drop the partial first line; the head is only counted (newlines), so lines keep their real numbers.
      const nl = text.indexOf('\n');
      text = nl === -1 ? '' : text.slice(nl + 1);
      firstLine = countNewlines(fd, start) + 2;
    }
    const tz = hostTimeZone(root, live);
    const { records, unparsed } = parseLogLines(text, firstLine, tz?.name);
    return {
      checked: true,
      value: {
        file: logFile,
        records,
        tail: start > 0,
        bytesRead: got,
        size: st.size,
        mtimeMs: st.mtimeMs,
        timeZone: tz ?? { name: 'UTC', source: 'unknown: no /etc/localtime link or /etc/timezone under the root, so times are read as UTC' },
        unparsedLines: unparsed,
      },
    };
  } catch (err) {
    return { checked: false, reason: `${logFile} cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Newlines in the first `end` bytes, read in 1 MiB chunks. */
function countNewlines(fd: number, end: number): number {
  const chunk = Buffer.alloc(Math.min(end, 1024 * 1024));
  let count = 0;
  for (let pos = 0; pos < end; ) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, end - pos), pos);
    if (n === 0) break;
    for (let i = 0; i < n; i++) if (chunk[i] === 10) count++;
    pos += n;
  }
  return count;
}
