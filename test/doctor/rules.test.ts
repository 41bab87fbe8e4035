/** Every doctor check: a passing and a failing case, from a host root and fixture runtime facts. */
import { describe, expect, it } from 'vitest';
import { lintTree } from '../helpers.js';
import { findingsOf, probeOf, where } from './doctor-fleet.js';
import { HEALTHY_CONFIG, logLine, logtailPair, shanghaiTime, type HostSpec } from './host-root.js';
import { healthySpec, REPO } from './fixtures.js';
import type { ClockEstimate, CloudGroup, HostRuntime } from '../../src/facts/host-runtime.js';

const clock = (offsetSec: number, uncertaintySec = 0.6): ((rt: HostRuntime) => HostRuntime) => (rt) => ({
  ...rt,
  probes: { checked: true, value: [probeOf({ host: 'logtail.cn-hangzhou-intranet.log.aliyuncs.com' }, { slsEvidence: 'x-log-requestid' })] },
  clock: { checked: true, value: { offsetSec, uncertaintySec, samples: 4, hosts: ['logtail.cn-hangzhou-intranet.log.aliyuncs.com'], source: 'Date' } satisfies ClockEstimate },
});
const withAutoAdjust = (spec: HostSpec = healthySpec()): HostSpec => ({ ...spec, config: { ...HEALTHY_CONFIG, enable_log_time_auto_adjust: true } });

describe('doctor rules do nothing on a plain lint', () => {
  it('no runtime, no doctor finding', async () => {
    const r = await lintTree({ 'hosts/web/usr/local/ilogtail/ilogtail_config.json': JSON.stringify(HEALTHY_CONFIG) });
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('doctor/'))).toEqual([]);
  });
});

describe('doctor/agent-not-running', () => {
  it('passes with a daemon + worker pair', async () => {
    expect(await findingsOf('doctor/agent-not-running', { host: healthySpec() })).toEqual([]);
  });
  it('installed but stopped (only a zombie left): at the binary, with the start command', async () => {
    const [d] = await findingsOf('doctor/agent-not-running', { host: healthySpec({ processes: [{ pid: 1300, ppid: 1, startedAgoSec: 50, state: 'Z' }] }) });
    expect(where(d)).toBe('host:/usr/local/ilogtail/ilogtail:1:1');
    expect(d.message).toBe(
      'Logtail (ilogtail) is installed in /usr/local/ilogtail but not running (3 processes read from /proc, 1 of them agent zombies): it sends no heartbeat, so the machine group shows FAIL. Start it: sudo /etc/init.d/ilogtaild start.',
    );
  });
  it('not installed at all', async () => {
    const [d] = await findingsOf('doctor/agent-not-running', { host: { layout: 'none' } });
    expect(d.message).toMatch(/^No Logtail or LoongCollector is installed on this host/);
  });
  it('is silent where the process table cannot be read (not checked, not passed)', async () => {
    expect(await findingsOf('doctor/agent-not-running', { host: healthySpec({ noProc: true, processes: [] }) })).toEqual([]);
  });
});

describe('doctor/duplicate-agents', () => {
  it('passes with one pair', async () => {
    expect(await findingsOf('doctor/duplicate-agents', { host: healthySpec() })).toEqual([]);
  });
  it('two pairs from one install', async () => {
    const [d] = await findingsOf('doctor/duplicate-agents', { host: healthySpec({ processes: [...logtailPair(600), { pid: 2200, ppid: 1, startedAgoSec: 30 }, { pid: 2201, ppid: 2200, startedAgoSec: 29 }] }) });
    expect(d.message).toMatch(/^4 Logtail \(ilogtail\) processes run from \/usr\/local\/ilogtail \(pids 1200 \(parent 1\), 1201 \(parent 1200\), 2200 \(parent 1\), 2201 \(parent 2200\)\)/);
  });
  it('ilogtail and loongcollector side by side', async () => {
    const ds = await findingsOf('doctor/duplicate-agents', { host: healthySpec({ processes: [...logtailPair(600), { pid: 3000, ppid: 1, comm: 'loongcollector', exe: '/usr/local/ilogtail/loongcollector', startedAgoSec: 10 }] }) });
    expect(ds.map((d) => d.message).some((m) => m.startsWith('Both ilogtail and loongcollector run on this host'))).toBe(true);
  });
});

const IP_REPO = {
  '.logtail-lint.json': REPO['.logtail-lint.json'],
  'sls.tf':
    'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n\nresource "alicloud_log_project" "shop" {\n  project_name = "shop-app-logs"\n}\n\n' +
    'resource "alicloud_log_machine_group" "web" {\n  project       = alicloud_log_project.shop.project_name\n  name          = "web-ip"\n  identify_type = "ip"\n  identify_list = ["192.168.7.10"]\n}\n',
};
const ipHost = (ip: string): HostSpec => healthySpec({ userDefinedId: undefined, appInfo: { ip, hostname: 'web-01' } });

describe('doctor/ip-not-in-group', () => {
  it('passes when the app_info.json IP is in an IP group of the region', async () => {
    expect(await findingsOf('doctor/ip-not-in-group', { host: ipHost('192.168.7.10'), repo: IP_REPO })).toEqual([]);
  });
  it("fails when it is in none of the repo's IP groups", async () => {
    const [d] = await findingsOf('doctor/ip-not-in-group', { host: ipHost('192.168.7.99'), repo: IP_REPO });
    expect(where(d)).toBe('host:/usr/local/ilogtail/app_info.json:2:9');
    expect(d.message).toMatch(/^This host reports IP 192\.168\.7\.99 \(app_info\.json "ip", to cn-hangzhou, host:\/usr\/local\/ilogtail\/ilogtail_config\.json:5\), which is in none of the 1 IP machine group of cn-hangzhou in the repository:/);
  });
  it('an empty ip always fails', async () => {
    const [d] = await findingsOf('doctor/ip-not-in-group', { host: ipHost('') });
    expect(d.message).toMatch(/^app_info\.json has an empty "ip"/);
  });
  it('a live group from --cloud that lists the IP passes', async () => {
    const cloud = (ids: string[]): ((rt: HostRuntime) => HostRuntime) => (rt) => ({ ...rt, cloud: { checked: true, value: { endpoint: 'x', groups: [{ project: 'p', group: 'g', identifyType: 'ip', identifiers: ids, durationMs: 1 }] } } });
    expect(await findingsOf('doctor/ip-not-in-group', { host: ipHost('10.0.0.5'), patch: cloud(['10.0.0.5']) })).toEqual([]);
    expect(await findingsOf('doctor/ip-not-in-group', { host: ipHost('10.0.0.5'), patch: cloud(['10.0.0.6']) })).toHaveLength(1);
  });
});

describe('doctor/endpoint-unreachable and doctor/endpoint-not-sls', () => {
  const probes = (...p: ReturnType<typeof probeOf>[]) => (rt: HostRuntime): HostRuntime => ({ ...rt, probes: { checked: true, value: p } });
  it('pass when every endpoint answers as SLS', async () => {
    const patch = probes(probeOf({ host: 'logtail.x' }, { status: 400, slsEvidence: 'sls-error-body' }));
    expect(await findingsOf('doctor/endpoint-unreachable', { host: healthySpec(), patch })).toEqual([]);
    expect(await findingsOf('doctor/endpoint-not-sls', { host: healthySpec(), patch })).toEqual([]);
  });
  it('a name that does not resolve: the DNS phase, the fix for intranet names', async () => {
    const [d] = await findingsOf('doctor/endpoint-unreachable', {
      host: healthySpec(),
      patch: probes(probeOf({ host: 'logtail.cn-hangzhou-intranet.log.aliyuncs.com' }, { answered: false, failedAt: 'dns', error: { code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND' }, timings: { total: 12 } })),
    });
    expect(where(d)).toBe('host:/usr/local/ilogtail/ilogtail_config.json:2:28');
    expect(d.message).toMatch(/^The config server logtail\.cn-hangzhou-intranet\.log\.aliyuncs\.com \(config_server_address\) gave no answer on port 80 \(HTTP\): the name does not resolve \(ENOTFOUND, 12 ms\)\. .*-intranet and -vpc endpoints resolve only inside Alibaba Cloud/);
  });
  it("says when the agent itself goes through a proxy the doctor does not use", async () => {
    const [d] = await findingsOf('doctor/endpoint-unreachable', {
      host: healthySpec({ processes: logtailPair(600, ['HTTPS_PROXY=http://user:pw@proxy.corp:3128']) }),
      patch: probes(probeOf({ host: 'logtail.x' }, { answered: false, failedAt: 'connect', timedOut: true, error: { code: 'ETIMEDOUT', message: 'x' }, timings: { total: 5000 } })),
    });
    expect(d.message).toMatch(/\(The agent runs with HTTPS_PROXY=http:\/\/<redacted>@proxy\.corp:3128, and the doctor connects directly: if the host reaches SLS only through that proxy, this is not the agent's path\.\)$/);
  });
  it('something that is not SLS answers', async () => {
    const [d] = await findingsOf('doctor/endpoint-not-sls', { host: healthySpec(), patch: probes(probeOf({ host: 'logtail.x' }, { status: 200, server: 'squid/5.7', bodySample: '<html>denied</html>' })) });
    expect(d.message).toMatch(/answered HTTP 200 on port 80, but not as SLS \(no x-log-requestid header, no SLS error body; Server: squid\/5\.7, body "<html>denied<\/html>"\)/);
  });
});

describe('doctor/clock-skew (error above 900 s) and doctor/clock-drift (warning above 60 s)', () => {
  it('20 minutes behind: clock-skew, at config_server_address, naming enable_log_time_auto_adjust', async () => {
    const [d] = await findingsOf('doctor/clock-skew', { host: healthySpec(), patch: clock(1200) });
    expect(where(d)).toBe('host:/usr/local/ilogtail/ilogtail_config.json:2:28');
    expect(d.message).toMatch(/^The host clock is 20m00s behind SLS \(±0\.6 s, Date of 4 endpoints: logtail\.cn-hangzhou-intranet\.log\.aliyuncs\.com\): SLS rejects requests more than 15 minutes \(900 s\) off/);
    expect(d.message).toContain('"enable_log_time_auto_adjust": true');
    expect(await findingsOf('doctor/clock-drift', { host: healthySpec(), patch: clock(1200) })).toEqual([]);
  });
  it('the 900 s edge counts the uncertainty: 900.5 ± 0.6 is not over, 901 ± 0.6 is', async () => {
    expect(await findingsOf('doctor/clock-skew', { host: healthySpec(), patch: clock(-900.5) })).toEqual([]);
    expect(await findingsOf('doctor/clock-skew', { host: healthySpec(), patch: clock(-901) })).toHaveLength(1);
    expect(await findingsOf('doctor/clock-drift', { host: healthySpec(), patch: clock(-900.5) })).toHaveLength(1);
  });
  it('with enable_log_time_auto_adjust on, 20 minutes is a drift warning, not a skew error', async () => {
    expect(await findingsOf('doctor/clock-skew', { host: withAutoAdjust(), patch: clock(1200) })).toEqual([]);
    const [d] = await findingsOf('doctor/clock-drift', { host: withAutoAdjust(), patch: clock(1200) });
    expect(d.message).toMatch(/enable_log_time_auto_adjust keeps the agent's requests inside SLS's 15-minute window/);
  });
  it('100 s is a drift; 30 s is nothing', async () => {
    expect((await findingsOf('doctor/clock-drift', { host: healthySpec(), patch: clock(100) }))[0].message).toMatch(/^The host clock is 1m40s behind SLS .*, more than 60 s: heartbeats still pass/);
    expect(await findingsOf('doctor/clock-drift', { host: healthySpec(), patch: clock(30) })).toEqual([]);
    expect(await findingsOf('doctor/clock-skew', { host: healthySpec(), patch: clock(30) })).toEqual([]);
  });
});

describe('doctor/restart-needed', () => {
  const now = Date.now();
  it('passes when the startup config is older than the agent', async () => {
    expect(await findingsOf('doctor/restart-needed', { host: healthySpec({ now, processes: logtailPair(600) }) })).toEqual([]);
  });
  it('ilogtail_config.json changed after the worker started: restart, with the init system command', async () => {
    const [d] = await findingsOf('doctor/restart-needed', { host: healthySpec({ now, processes: logtailPair(600), mtimes: { '/usr/local/ilogtail/ilogtail_config.json': now - 595_000 } }) });
    expect(where(d)).toBe('host:/usr/local/ilogtail/ilogtail_config.json:1:1');
    expect(d.message).toMatch(/^ilogtail_config\.json changed 5 s after the agent started \(pid 1201 started .*\): the agent reads it only at start, so the change is not in effect\. Restart the agent: sudo \/etc\/init\.d\/ilogtaild restart\.$/);
  });
  it('user_defined_id changed after the start needs no restart (the agent reloads it)', async () => {
    expect(await findingsOf('doctor/restart-needed', { host: healthySpec({ now, processes: logtailPair(600), mtimes: { '/etc/ilogtail/user_defined_id': now - 10_000 } }) })).toEqual([]);
  });
});

describe('doctor/agent-log-error', () => {
  const now = Date.now();
  const since = (sec: number) => shanghaiTime(now - sec * 1000);
  it('passes on a log of ordinary lines', async () => {
    const log = logLine(since(100), 'info', '/src/core/Application.cpp:219', 'app info:{');
    expect(await findingsOf('doctor/agent-log-error', { host: healthySpec({ now, log }) })).toEqual([]);
  });
  it('a send failure since the agent started: quoted, counted, mapped to its step', async () => {
    const fail = logLine(since(60), 'warning', '/build/core/sender/Sender.cpp:362', 'SendFail:network error\tOperation:retry later\tSuggestion:check network connection to endpoint\tErrorCode:RequestError\tEndpoint:cn-hangzhou-intranet.log.aliyuncs.com');
    const log = logLine(since(3000), 'warning', '/build/core/sender/Sender.cpp:362', 'SendFail:network error\tErrorCode:RequestError') + fail + fail;
    const [d, ...rest] = await findingsOf('doctor/agent-log-error', { host: healthySpec({ now, log, processes: logtailPair(600) }) });
    expect(rest).toEqual([]);
    expect(where(d)).toBe('host:/usr/local/ilogtail/ilogtail.LOG:3:1');
    expect(d.message).toMatch(/^The agent logged "SendFail:network error Operation:retry later .*" 2 times since it started \(last at .*, \[warning\] \/build\/core\/sender\/Sender\.cpp:362\): the agent could not reach its SLS endpoint \(network error\)\. Fix the network path to the endpoint \(step 4\)\.$/);
  });
  it("issue #136's line: a second agent holds the domain socket", async () => {
    const log = `[${since(30)}]\t[error]\t[001268]\t/build/logtail/controller/EventDispatcher.cpp:1651\t\tBind domain socket:Failed\t98:Address already in use\tFile Descriptor:23\n`;
    const [d] = await findingsOf('doctor/agent-log-error', { host: healthySpec({ now, log }) });
    expect(d.message).toMatch(/a second agent already holds the agent's domain socket/);
  });
  it('lines from before the agent started do not count', async () => {
    const log = logLine(since(5000), 'error', '/x.cpp:1', 'start config is not valid json:/usr/local/ilogtail/ilogtail_config.json');
    expect(await findingsOf('doctor/agent-log-error', { host: healthySpec({ now, log, processes: logtailPair(600) }) })).toEqual([]);
  });
});

describe('doctor/no-heartbeat', () => {
  const cloud = (machines: CloudGroup['machines']) => (rt: HostRuntime): HostRuntime => ({ ...rt, cloud: { checked: true, value: { endpoint: 'x', groups: [{ project: 'p', group: 'web', identifyType: 'userdefined', identifiers: ['web-prod'], machines, durationMs: 1 }] } } });
  it('passes on a fresh heartbeat of the custom identifier', async () => {
    expect(await findingsOf('doctor/no-heartbeat', { host: healthySpec(), patch: cloud([{ ip: '192.168.7.10', userdefinedId: 'web-prod', lastHeartbeatTime: Math.floor(Date.now() / 1000) - 3 }]) })).toEqual([]);
  });
  it('fails when SLS never saw it, at the user_defined_id line', async () => {
    const [d] = await findingsOf('doctor/no-heartbeat', { host: healthySpec(), patch: cloud([]) });
    expect(where(d)).toBe('host:/etc/ilogtail/user_defined_id:1:1');
    expect(d.message).toMatch(/^SLS has never seen a heartbeat from custom identifier "web-prod" in machine group "web" of project "p"/);
  });
});

describe('host/missing-account-file with the observed ECS identity', () => {
  it('a host known not to be ECS without a users/ folder', async () => {
    const [d] = await findingsOf('host/missing-account-file', { host: healthySpec({ users: undefined }), options: { notEcs: true } });
    expect(where(d)).toBe('host:/etc/ilogtail/users:1:1');
    expect(d.message).toMatch(/^This host is not an ECS instance \(--no-ecs\) and \/etc\/ilogtail\/users does not exist:/);
  });
  it("a non-ECS host that joins a project without its owner's users/ entry (owner from the repo)", async () => {
    const [d] = await findingsOf('host/missing-account-file', { host: healthySpec({ users: ['999999999999999'] }), options: { notEcs: true }, repo: REPO });
    expect(d.message).toMatch(/^host: is not an ECS instance \(--no-ecs\) and joins machine group "web-servers" of project "shop-app-logs" .* names the project owner 1234567890123456/);
  });
  it('passes with users/<owner>, on a known ECS instance, and when nothing is known', async () => {
    expect(await findingsOf('host/missing-account-file', { host: healthySpec(), options: { notEcs: true }, repo: REPO })).toEqual([]);
    expect(await findingsOf('host/missing-account-file', { host: healthySpec({ users: undefined }), options: { ecsRegion: 'cn-hangzhou' }, repo: REPO })).toEqual([]);
    expect(await findingsOf('host/missing-account-file', { host: healthySpec({ users: undefined }), repo: REPO })).toEqual([]);
  });
  it("the agent's status snapshot says the host is not ECS", async () => {
    const snapshot = '####logtail status####\ncpu:0.1 mem:30\nip:192.168.7.10\necs_instance_id: ecs_user_id: ecs_regioon_id:\n####status     end####\n';
    const [d] = await findingsOf('host/missing-account-file', { host: healthySpec({ users: undefined, snapshot }) });
    expect(d.message).toMatch(/^This host is not an ECS instance \(the agent's status snapshot \(host:\/usr\/local\/ilogtail\/snapshot\/ilogtail_status\.LOG\)\)/);
  });
});

describe('the rules that read runtime facts', () => {
  it('are exactly RUNTIME_RULE_IDS (the doctor runs the others before its probes)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { RUNTIME_RULE_IDS } = await import('../../src/rules/doctor/index.js');
    const dir = path.resolve(import.meta.dirname, '../../src/rules');
    const readers: string[] = [];
    for (const ns of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const f of readdirSync(path.join(dir, ns.name)).filter((n) => n.endsWith('.ts') && !['index.ts', 'util.ts', 'types.ts'].includes(n))) {
        const text = readFileSync(path.join(dir, ns.name, f), 'utf8');
        if (/fleet\.host\b|hostOf\(/.test(text)) readers.push(`${ns.name}/${f.slice(0, -3)}`);
      }
    }
    expect(readers.sort()).toEqual([...RUNTIME_RULE_IDS].sort());
  });
});
