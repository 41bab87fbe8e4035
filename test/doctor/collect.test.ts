/** Units of the collectors: each parser and estimator on the exact text the host has. */
import { describe, expect, it } from 'vitest';
import { localToEpoch, parseLogLines } from '../../src/doctor/collect/agent-log.js';
import { estimateClock } from '../../src/doctor/collect/clock.js';
import { findInstalls } from '../../src/doctor/collect/install.js';
import { collectProcesses, parseBootTime, parseStat } from '../../src/doctor/collect/proc.js';
import { redactEnv, redactText } from '../../src/doctor/collect/redact.js';
import { parseConnectTo, Router, UnmappedConnectionError } from '../../src/doctor/net/connect-to.js';
import { shortError, slsErrorCode } from '../../src/doctor/collect/network.js';
import type { ProbeResult } from '../../src/facts/host-runtime.js';
import { logLine, logtailPair, makeHostRoot, statLine } from './host-root.js';

describe('/proc', () => {
  it('parses stat after the LAST ")" (a comm with spaces and parentheses), field 22 = starttime', () => {
    expect(parseStat(statLine(77, 'a (weird) name', 'S', 1, 12345))).toEqual({ comm: 'a (weird) name', state: 'S', ppid: 1, starttime: 12345 });
    expect(parseStat('12 (ilogtail) Z 1')).toBeUndefined();
    expect(parseBootTime('cpu 1 2\nbtime 1700000000\n')).toBe(1700000000);
  });

  it('keeps agent processes only, with start time from btime + ticks, zombies marked, environ redacted', () => {
    const now = Date.now();
    const root = makeHostRoot({
      now,
      processes: [...logtailPair(600, ['ALIYUN_LOGTAIL_USER_ID=1234567890123456', 'HTTPS_PROXY=http://bob:pw@proxy:3128', 'AWS_SECRET=abc', 'ALIYUN_LOGTAIL_SECRET=x']), { pid: 1300, ppid: 1, startedAgoSec: 50, state: 'Z' }],
    });
    const snap = collectProcesses(root, 'linux');
    expect(snap.processes.checked).toBe(true);
    if (!snap.processes.checked) return;
    const agents = snap.processes.value.agents;
    expect(agents.map((p) => [p.pid, p.ppid, p.comm, p.state, p.installDir])).toEqual([
      [1200, 1, 'ilogtail', 'S', 'host:/usr/local/ilogtail'],
      [1201, 1200, 'ilogtail', 'S', 'host:/usr/local/ilogtail'],
      [1300, 1, 'ilogtail', 'Z', 'host:/usr/local/ilogtail'],
    ]);
    expect(Math.abs(agents[1].startedAt! - (now - 600_000))).toBeLessThan(1000);
    expect(agents[0].env).toEqual({ ALIYUN_LOGTAIL_USER_ID: '1234567890123456', HTTPS_PROXY: 'http://<redacted>@proxy:3128', ALIYUN_LOGTAIL_SECRET: '<redacted>' });
    expect(snap.processes.value.pidsRead).toBe(5);
  });

  it('a versioned binary started without its symlink is an agent too; ilogtail-helper is not', () => {
    const root = makeHostRoot({ processes: [{ pid: 500, ppid: 1, exe: '/usr/local/ilogtail/ilogtail_1.8.7', startedAgoSec: 9 }, { pid: 501, ppid: 1, exe: '/usr/bin/ilogtail-helper', startedAgoSec: 9 }] });
    const snap = collectProcesses(root, 'linux');
    expect(snap.processes.checked && snap.processes.value.agents.map((p) => [p.pid, p.comm])).toEqual([[500, 'ilogtail_1.8.7']]);
  });

  it('says why it did not look: Windows, no /proc, a /proc without pids', () => {
    expect(collectProcesses(makeHostRoot({}), 'windows').processes).toMatchObject({ checked: false, reason: expect.stringMatching(/^a Windows host keeps no process table/) });
    expect(collectProcesses(makeHostRoot({ noProc: true }), 'linux').processes).toEqual({ checked: false, reason: 'host:/proc does not exist under the root' });
    expect(collectProcesses(makeHostRoot({ noProc: true, files: { '/proc': 'a file, not a folder' } }), 'linux').processes).toEqual({ checked: false, reason: 'host:/proc cannot be read (ENOTDIR)' });
    const empty = makeHostRoot({ noProc: true, files: { '/proc/stat': 'btime 1\n' } });
    expect(collectProcesses(empty, 'linux').processes).toMatchObject({ checked: false, reason: expect.stringMatching(/has no process folders/) });
  });
});

describe('install layouts', () => {
  it('Logtail 1.x: the binary symlink target, the init script, the restart command', () => {
    const [i] = findInstalls(makeHostRoot({ config: {} }), 'linux');
    expect(i).toMatchObject({ layout: 'logtail-linux', dir: 'host:/usr/local/ilogtail', binary: 'host:/usr/local/ilogtail/ilogtail', binaryTarget: 'ilogtail_1.8.7', control: 'host:/etc/init.d/ilogtaild', restartCommand: 'sudo /etc/init.d/ilogtaild restart', sysConfDir: 'host:/etc/ilogtail' });
  });
  it('LoongCollector SLS build, community build and Windows (32/64-bit Program Files)', () => {
    expect(findInstalls(makeHostRoot({ layout: 'loongcollector-sls', config: {} }), 'linux')[0]).toMatchObject({ layout: 'loongcollector-sls', binary: 'host:/usr/local/ilogtail/loongcollector', restartCommand: 'sudo /etc/init.d/loongcollectord restart' });
    expect(findInstalls(makeHostRoot({ layout: 'loongcollector-community', config: {} }), 'linux')[0]).toMatchObject({ layout: 'loongcollector-community', configFile: 'host:/opt/loongcollector/conf/instance_config/local/loongcollector_config.json', sysConfDir: 'host:/opt/loongcollector/conf' });
    const win = makeHostRoot({ layout: 'windows', config: {}, files: { '/Program Files/Alibaba/Logtail/ilogtail_config.json': '{}' } });
    expect(findInstalls(win, 'windows').map((i) => i.dir)).toEqual(['host:C:/Program Files (x86)/Alibaba/Logtail', 'host:C:/Program Files/Alibaba/Logtail']);
    expect(findInstalls(makeHostRoot({ layout: 'none' }), 'linux')).toEqual([]);
  });
});

describe('agent log', () => {
  it('parses the real 1.x line of issue #136 and an LC line with the double tab; continuation lines join their record', () => {
    const text =
      '[2022-04-25 15:51:56.031582]\t[error]\t[001268]\t/build/logtail/controller/EventDispatcher.cpp:1651\t\tBind domain socket:Failed\t98:Address already in use\tFile Descriptor:23\n' +
      logLine('2024-12-20 10:00:00.123456', 'warning', '/src/core/plugin/flusher/sls/FlusherSLS.cpp:887', 'failed to send request:network error\toperation:retry later\terror code:RequestError\tendpoint:cn-hangzhou.log.aliyuncs.com') +
      logLine('2024-12-20 10:00:01.000000', 'info', '/src/core/app_config/AppConfig.cpp:780', 'load logtail config file, detail:{') +
      '\t"default_access_key" : "sk-very-secret",\n\t"default_access_key_id" : "LTAI5tExampleExample"\n}\ngarbage that is not a record\n';
    const { records, unparsed } = parseLogLines(text, 1, 'Asia/Shanghai');
    expect(records.map((r) => [r.line, r.level, r.source])).toEqual([
      [1, 'error', '/build/logtail/controller/EventDispatcher.cpp:1651'],
      [2, 'warning', '/src/core/plugin/flusher/sls/FlusherSLS.cpp:887'],
      [3, 'info', '/src/core/app_config/AppConfig.cpp:780'],
    ]);
    expect(records[0].text).toBe('Bind domain socket:Failed\t98:Address already in use\tFile Descriptor:23');
    expect(records[2].text).not.toContain('sk-very-secret');
    expect(records[2].text).not.toContain('LTAI5tExampleExample');
    expect(records[2].text).toContain('"default_access_key" : "<redacted>"');
    expect(records[0].at).toBe(Date.UTC(2022, 3, 25, 7, 51, 56, 31));
    expect(unparsed).toBe(0);
  });

  it('reads local times in the host zone', () => {
    expect(localToEpoch('2024-01-01 08:00:00', 'Asia/Shanghai')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0));
    expect(localToEpoch('2024-07-01 12:00:00.5', 'Europe/Berlin')).toBe(Date.UTC(2024, 6, 1, 10, 0, 0, 500));
  });

  it('redacts keys and tokens in free text', () => {
    expect(redactText('AccessKeySecret=abc123 x-acs-security-token: tok ok')).toBe('AccessKeySecret=<redacted> x-acs-security-token: <redacted> ok');
  });
});

describe('clock estimate', () => {
  const probe = (over: Partial<ProbeResult>): ProbeResult => ({
    target: { role: 'config-server', url: 'http://a/', host: over.target?.host ?? 'a', port: 80, tls: false, site: { file: 'f', pointer: '/x', field: 'x', range: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } } },
    answered: true,
    timedOut: false,
    slsEvidence: 'x-log-requestid',
    sentAt: 1_000_000,
    receivedAt: 1_000_100,
    timings: { total: 100 },
    ...over,
  });
  it('x-log-time beats Date; offset from the RTT midpoint; ±(RTT/2 + 0.5 s)', () => {
    const c = estimateClock({ checked: true, value: [probe({ date: new Date(1_000_050 + 1200_000).toUTCString(), xLogTime: 1000 + 1200 })] });
    expect(c).toEqual({ checked: true, value: { offsetSec: 1200.45, uncertaintySec: 0.55, samples: 1, hosts: ['a'], source: 'x-log-time' } });
  });
  it('the median of several endpoints, negative offsets, and only SLS answers count', () => {
    const at = (sec: number, host: string) => probe({ date: new Date(1_000_050 + sec * 1000).toUTCString(), target: { host } as ProbeResult['target'] });
    const c = estimateClock({ checked: true, value: [at(-1199, 'a'), at(-1201, 'b'), at(-1200, 'c'), { ...at(50, 'proxy'), slsEvidence: undefined }] });
    expect(c.checked && [c.value.samples, Math.round(c.value.offsetSec)]).toEqual([3, -1200]);
  });
  it('no SLS answer: not checked, with the reason', () => {
    expect(estimateClock({ checked: true, value: [probe({ answered: false, receivedAt: undefined })] })).toMatchObject({ checked: false });
    expect(estimateClock({ checked: false, reason: 'not checked: --offline' })).toEqual({ checked: false, reason: 'not checked: --offline' });
  });
});

describe('--connect-to', () => {
  it("curl's form: globs, empty parts mean any / keep, IPv6 in brackets; first match wins", () => {
    const r = new Router([parseConnectTo('*.log.aliyuncs.com:80:127.0.0.1:8080'), parseConnectTo('::[::1]:'), parseConnectTo('example.com:443::9443')], false);
    expect(r.route('proj.cn-hangzhou.log.aliyuncs.com', 80)).toEqual({ host: '127.0.0.1', port: 8080, via: 'connect-to', rule: '*.log.aliyuncs.com:80:127.0.0.1:8080' });
    expect(r.route('LOGTAIL.cn-hangzhou.log.aliyuncs.com', 443)).toMatchObject({ host: '::1', port: 443 });
    expect(r.route('log.aliyuncs.com.evil', 80)).toMatchObject({ host: '::1', port: 80 });
    expect(new Router([parseConnectTo('example.com:443::9443')], false).route('example.com', 443)).toMatchObject({ host: 'example.com', port: 9443 });
    expect(new Router([], false).route('x.y', 80)).toEqual({ host: 'x.y', port: 80, via: 'dns' });
  });
  it('the hermetic guard: anything unmapped, or mapped to a name (DNS), is refused', () => {
    const r = new Router([parseConnectTo('a.example:80:127.0.0.1:1'), parseConnectTo('b.example:80:c.example:80')], true);
    expect(r.route('a.example', 80).host).toBe('127.0.0.1');
    expect(() => r.route('a.example', 443)).toThrow(UnmappedConnectionError);
    expect(() => r.route('b.example', 80)).toThrow(/no --connect-to maps c\.example:80/);
  });
  it('rejects malformed rules', () => {
    expect(() => parseConnectTo('a:80:b')).toThrow(/HOST:PORT:TARGET:TARGET_PORT/);
    expect(() => parseConnectTo('a:99999:b:1')).toThrow(/not a port/);
  });
});

describe('answers', () => {
  it("recognises SLS's error bodies", () => {
    expect(slsErrorCode('{"Error":{"Code":"OLSInvalidMethod","Message":"The script name is invalid : /"}}')).toBe('OLSInvalidMethod');
    expect(slsErrorCode('{"errorCode":"Unauthorized","errorMessage":"x"}')).toBe('Unauthorized');
    expect(slsErrorCode('<html>')).toBeUndefined();
    expect(shortError('write EPROTO 80:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/x.c:350:\n')).toBe('wrong version number');
  });
  it('redactEnv keeps only the agent-relevant variables', () => {
    expect(redactEnv(['PATH=/bin', 'LOONG_USER_DEFINED_ID=web', 'no_proxy=.internal'])).toEqual({ LOONG_USER_DEFINED_ID: 'web', no_proxy: '.internal' });
  });
});
