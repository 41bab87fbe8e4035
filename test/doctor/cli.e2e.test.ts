/**
 * The shipped binary end to end: `node bin/logtail-lint.js doctor` on host roots built in temp
 * folders, reaching only stand-ins on 127.0.0.1 through --connect-to, with
 * LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED=1 (any other connection is an internal error, exit 2).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTree } from '../helpers.js';
import { HEALTHY_CONFIG, makeHostRoot } from './host-root.js';
import { healthySpec, REPO } from './fixtures.js';
import { runDoctorBin, toStandIn } from './run-doctor.js';
import { CERT_FILE, closedPort, startStandIn, type StandIn } from './stand-in.js';

let sls: StandIn;
let tls: StandIn;
let skewed: StandIn;
let skewedTls: StandIn;
let hang: StandIn;
let html: StandIn;
let refused: number;
beforeAll(async () => {
  [sls, tls, skewed, skewedTls, hang, html] = await Promise.all([
    startStandIn(),
    startStandIn({ tls: true }),
    startStandIn({ skewSec: -1200 }),
    startStandIn({ skewSec: -1200, tls: true }),
    startStandIn({ mode: 'hang' }),
    startStandIn({ mode: 'html' }),
  ]);
  refused = await closedPort();
});
afterAll(async () => {
  await Promise.all([sls, tls, skewed, skewedTls, hang, html].map((s) => s.close()));
});

const ruleIds = (json: string): string[] => (JSON.parse(json) as { diagnostics: Array<{ ruleId: string }> }).diagnostics.map((d) => d.ruleId);

describe('logtail-lint doctor (the built CLI, hermetic)', () => {
  it('a healthy host: exit 0, every step passes, one line per step', async () => {
    const r = await runDoctorBin(['--root', makeHostRoot(healthySpec()), '--repo', writeTree(REPO), ...toStandIn(sls.port, tls.port), '--ca', CERT_FILE]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    for (const step of [1, 2, 3, 4, 5, 6, 7, 8]) expect(lines.some((l) => l.startsWith(`[✓] ${step} `)), `step ${step}\n${r.stdout}`).toBe(true);
    expect(r.stdout).toMatch(/^\[✓\] 4 network +4\/4 endpoints answer as SLS/m);
    expect(r.stdout).toMatch(/^• No issues found: 8 passed, 2 not checked\.$/m);
    // It reached only the stand-ins, with the real names in Host.
    expect(sls.requests.map((q) => q.host)).toEqual(expect.arrayContaining(['logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'shop-app-logs.cn-hangzhou-intranet.log.aliyuncs.com', 'ali-cn-hangzhou-sls-admin.cn-hangzhou-intranet.log.aliyuncs.com']));
    expect(tls.requests.map((q) => q.host)).toContain('logtail.cn-hangzhou-intranet.log.aliyuncs.com');
  });

  it('a broken host: exit 1 with agent-not-running, clock-skew and identity-matches-no-group', async () => {
    const root = makeHostRoot(healthySpec({ processes: [], userDefinedId: 'web-prd\n' }));
    const r = await runDoctorBin(['--root', root, '--repo', writeTree(REPO), ...toStandIn(skewed.port, skewedTls.port), '--ca', CERT_FILE, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const ids = ruleIds(r.stdout);
    expect(ids).toEqual(expect.arrayContaining(['doctor/agent-not-running', 'doctor/clock-skew', 'host/identity-matches-no-group']));
    const skew = (JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; message: string; file: string; range: { start: { line: number } } }> }).diagnostics.find((d) => d.ruleId === 'doctor/clock-skew')!;
    expect(skew.message).toMatch(/^The host clock is 20m00s ahead of SLS \(±0\.\d s, Date of 4 endpoints/);
    expect(skew.message).toContain('enable_log_time_auto_adjust');
    expect(skew.file).toBe('host:/usr/local/ilogtail/ilogtail_config.json');
    expect(skew.range.start.line).toBe(2);
  });

  it('the stylish face of the broken host: failing steps name their rules', async () => {
    const root = makeHostRoot(healthySpec({ processes: [], userDefinedId: 'web-prd\n' }));
    const r = await runDoctorBin(['--root', root, '--repo', writeTree(REPO), ...toStandIn(skewed.port, skewedTls.port), '--ca', CERT_FILE]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^\[✗\] 1 agent running +Logtail \(ilogtail\) is installed in \/usr\/local\/ilogtail but not running .*doctor\/agent-not-running$/m);
    expect(r.stdout).toMatch(/^\[✗\] 5 clock +The host clock is 20m00s ahead of SLS .*doctor\/clock-skew$/m);
    expect(r.stdout).toMatch(/^\[✗\] 7 custom id +Custom identifier "web-prd" matches no machine group in cn-hangzhou.*host\/identity-matches-no-group$/m);
    expect(r.stdout).toMatch(/^\[-\] 8 restart +not checked: no agent runs/m);
    expect(r.stdout).toContain('host:/usr/local/ilogtail/ilogtail_config.json');
    expect(r.stdout).toMatch(/^✗ Doctor found issues in 3 checks: 3 failing, 0 warning, 4 passed, 3 not checked\.$/m);
  });

  it('--offline makes no connection (the guard would turn one into exit 2) and says what it skipped', async () => {
    const before = sls.requests.length + tls.requests.length;
    const r = await runDoctorBin(['--root', makeHostRoot(healthySpec()), '--repo', writeTree(REPO), '--offline']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(sls.requests.length + tls.requests.length).toBe(before);
    expect(r.stdout).toMatch(/^\[-\] 4 network +not checked: --offline$/m);
    expect(r.stdout).toMatch(/^\[-\] 5 clock +not checked: --offline$/m);
  });

  it('without --offline or --connect-to, the guard stops the first real connection: exit 2, no finding', async () => {
    const r = await runDoctorBin(['--root', makeHostRoot(healthySpec())]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED=1 and no --connect-to maps logtail\.cn-hangzhou-intranet\.log\.aliyuncs\.com:(80|443)/);
  });

  it('endpoints that hang, refuse, or answer as a proxy: which phase, which port', async () => {
    const r = await runDoctorBin(
      ['--root', makeHostRoot(healthySpec()), '--project', 'shop-app-logs', '--timeout', '1500', '-f', 'json',
        '--connect-to', `logtail.cn-hangzhou-intranet.log.aliyuncs.com:80:127.0.0.1:${hang.port}`,
        '--connect-to', `logtail.cn-hangzhou-intranet.log.aliyuncs.com:443:127.0.0.1:${refused}`,
        '--connect-to', `*.log.aliyuncs.com:80:127.0.0.1:${html.port}`],
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; message: string }>; checks: Array<{ id: string; status: string; evidence: { endpoints: Array<{ url: string; failedAt?: string; error?: string }> } }> };
    const messages = out.diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
    expect(messages.some((m) => /^doctor\/endpoint-unreachable: The config server logtail\.cn-hangzhou-intranet\.log\.aliyuncs\.com \(config_server_address\), connected to 127\.0\.0\.1:\d+ by --connect-to, gave no answer on port 80 \(HTTP\): connected, but no HTTP answer came within \d+ ms\./.test(m))).toBe(true);
    expect(messages.some((m) => /^doctor\/endpoint-unreachable: .* on port 443 \(HTTPS\): the TCP connection to 127\.0\.0\.1:\d+ failed \(ECONNREFUSED/.test(m))).toBe(true);
    expect(messages.some((m) => /^doctor\/endpoint-not-sls: The project endpoint shop-app-logs\.cn-hangzhou-intranet\.log\.aliyuncs\.com .* answered HTTP 200 on port 80, but not as SLS .*Server: squid\/5\.7/.test(m))).toBe(true);
    const net = out.checks.find((c) => c.id === 'step-4-network')!;
    expect(net.status).toBe('fail');
    // No SLS answer, so no clock to compare with: skipped, not passed.
    expect(out.checks.find((c) => c.id === 'step-5-clock')!.status).toBe('skip');
  });

  it('--format json: checks[] (one per step) beside diagnostics[]', async () => {
    const r = await runDoctorBin(['--root', makeHostRoot(healthySpec()), '--repo', writeTree(REPO), ...toStandIn(sls.port, tls.port), '--ca', CERT_FILE, '-f', 'json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[]; checks: Array<Record<string, unknown>>; summary: Record<string, number> };
    expect(out.diagnostics).toEqual([]);
    expect(out.checks.map((c) => c.id)).toEqual(['step-1-agent', 'step-2-ip', 'step-3-config', 'step-4-network', 'step-5-clock', 'step-6-account', 'step-7-custom-id', 'step-8-restart', 'agent-log', 'cloud-heartbeat']);
    for (const c of out.checks) {
      expect(Object.keys(c).sort()).toEqual(['durationMs', 'evidence', 'id', 'ruleIds', 'status', 'step', 'summary', 'title']);
      expect(['pass', 'warn', 'fail', 'skip']).toContain(c.status);
      expect(typeof c.durationMs).toBe('number');
    }
    const clock = out.checks.find((c) => c.id === 'step-5-clock')!;
    expect(clock.ruleIds).toEqual(['doctor/clock-drift', 'doctor/clock-skew']);
    expect((clock.evidence as { samples: number }).samples).toBe(4);
  });

  it('a Windows root: the same file checks at the Windows paths, the process checks "not checked"', async () => {
    const root = makeHostRoot({ layout: 'windows', config: HEALTHY_CONFIG, appInfo: { ip: '10.0.0.5', hostname: 'win-01' }, userDefinedId: 'web-prd\n' });
    const r = await runDoctorBin(['--root', root, '--os', 'windows', '--repo', writeTree(REPO), '--offline', '-f', 'json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; file: string }>; checks: Array<{ id: string; status: string; summary: string }> };
    expect(r.status).toBe(1);
    expect(out.diagnostics.map((d) => `${d.ruleId} ${d.file}`)).toContain('host/identity-matches-no-group host:C:/LogtailData/user_defined_id');
    const agent = out.checks.find((c) => c.id === 'step-1-agent')!;
    expect(agent.status).toBe('skip');
    expect(agent.summary).toMatch(/^not checked: a Windows host keeps no process table in files/);
    expect(out.checks.find((c) => c.id === 'step-8-restart')!.status).toBe('skip');
  });

  it('--ecs-metadata: an ECS instance of the owner needs no users/; a host whose metadata service refuses is not ECS and does', async () => {
    const meta = await startStandIn({ ecs: { 'instance-id': 'i-bp1abc', 'owner-account-id': '1234567890123456', 'region-id': 'cn-hangzhou', 'private-ipv4': '192.168.7.10' } });
    try {
      const host = () => makeHostRoot(healthySpec({ users: undefined }));
      const ecs = await runDoctorBin(['--root', host(), '--repo', writeTree(REPO), '--offline', '--ecs-metadata', '-f', 'json', '--connect-to', `100.100.100.200:80:127.0.0.1:${meta.port}`]);
      // --offline wins: no metadata request, and step 6 says why it cannot tell.
      expect(meta.requests).toEqual([]);
      expect((JSON.parse(ecs.stdout) as { checks: Array<{ id: string; summary: string }> }).checks.find((c) => c.id === 'step-6-account')!.summary).toMatch(/whether this host is an ECS instance is unknown/);
      const online = await runDoctorBin(['--root', host(), '--repo', writeTree(REPO), '--ecs-metadata', '-f', 'json', ...toStandIn(sls.port, tls.port), '--ca', CERT_FILE, '--connect-to', `100.100.100.200:80:127.0.0.1:${meta.port}`]);
      expect(online.stderr).toBe('');
      expect(online.status).toBe(0);
      expect(meta.requests.map((q) => `${q.method} ${q.url}`)).toEqual(['PUT /latest/api/token', 'GET /latest/dynamic/instance-identity/document']);
      const row = (JSON.parse(online.stdout) as { checks: Array<{ id: string; status: string; summary: string; evidence: Record<string, unknown> }> }).checks.find((c) => c.id === 'step-6-account')!;
      expect(row).toMatchObject({ status: 'pass', evidence: { ecs: true, ownerAccountId: '1234567890123456', regionId: 'cn-hangzhou' } });
      const refusedMeta = await runDoctorBin(['--root', host(), '--repo', writeTree(REPO), '--ecs-metadata', '-f', 'json', ...toStandIn(sls.port, tls.port), '--ca', CERT_FILE, '--connect-to', `100.100.100.200:80:127.0.0.1:${refused}`]);
      expect(refusedMeta.status).toBe(1);
      const d = (JSON.parse(refusedMeta.stdout) as { diagnostics: Array<{ ruleId: string; message: string }> }).diagnostics.find((x) => x.ruleId === 'host/missing-account-file')!;
      expect(d.message).toMatch(/^host: is not an ECS instance \(the ECS metadata service \(100\.100\.100\.200\) did not answer \(ECONNREFUSED\)\) and joins machine group "web-servers"/);
    } finally {
      await meta.close();
    }
  });

  it('a root that is a file: exit 2 with one clear line, no stack trace', async () => {
    const file = path.join(writeTree({ 'x.txt': 'not a root' }), 'x.txt');
    const r = await runDoctorBin(['--root', file, '--offline']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`logtail-lint: --root ${file} is a file, not a folder: give the folder a host's file system is mounted at (/ for this host).\n`);
  });

  it('bad input: no /proc, a config that does not parse, a truncated log: findings or "not checked", never a stack trace', async () => {
    const root = makeHostRoot(healthySpec({ noProc: true, config: '{ "config_server_address": "http://logtail.cn-hangzhou.log.aliyuncs.com",\n', log: '[2026-12-03 10:00:0' }));
    const r = await runDoctorBin(['--root', root, '--offline', '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string }>; checks: Array<{ id: string; status: string; summary: string }> };
    expect(out.diagnostics.map((d) => d.ruleId)).toContain('config/invalid-json');
    expect(out.checks.find((c) => c.id === 'step-1-agent')!.summary).toMatch(/^not checked: host:\/proc does not exist under the root/);
    expect(out.checks.find((c) => c.id === 'step-3-config')!.status).toBe('fail');
    expect(out.checks.find((c) => c.id === 'agent-log')!.status).toBe('pass');
  });

  it('--help', async () => {
    const r = await runDoctorBin(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: logtail-lint doctor \[options\]/);
    for (const flag of ['--root', '--repo', '--offline', '--project', '--cloud', '--timeout', '--connect-to', '--ecs-region', '--ecs-metadata', '--os', '--format', '--fail-on', '--heartbeat-max-age', '--verbose']) expect(r.stdout).toContain(flag);
  });

  it('a usage error exits 2', async () => {
    const r = await runDoctorBin(['--connect-to', 'a:b', '--offline']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--connect-to expects HOST:PORT:TARGET:TARGET_PORT/);
    const p = await runDoctorBin(['--project', 'Shop/Logs?x', '--offline']);
    expect([p.status, p.stderr]).toEqual([2, 'logtail-lint: --project "Shop/Logs?x" is not an SLS project name (3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit).\n']);
    expect((await runDoctorBin(['--cloud', '--offline'])).status).toBe(2);
  });
});

