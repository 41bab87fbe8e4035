/**
 * `--cloud` end to end: the built CLI loads the real SLS SDK (@alicloud/sls20201230), which signs
 * its requests itself; the stand-in checks every Authorization header against the test access key
 * and answers ListMachineGroup / GetMachineGroup / ListMachines. The SDK's socket goes to the
 * stand-in through --connect-to (option B of notes/sdk-research.md), so the wire Host stays
 * `<project>.cn-hangzhou.log.aliyuncs.com`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HEALTHY_CONFIG, logtailPair, makeHostRoot } from './host-root.js';
import { HERMETIC_ENV, runDoctorBin } from './run-doctor.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
import { CERT_FILE, startStandIn, TEST_AK, type CloudGroupSpec, type StandIn } from './stand-in.js';

const servers: StandIn[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ipHost = () => makeHostRoot({ config: HEALTHY_CONFIG, appInfo: { ip: '192.168.7.10', hostname: 'web-01' }, processes: logtailPair(600), users: ['1234567890123456'] });
const AK_ENV = { ALIBABA_CLOUD_ACCESS_KEY_ID: TEST_AK.id, ALIBABA_CLOUD_ACCESS_KEY_SECRET: TEST_AK.secret };

async function cloudRun(groups: CloudGroupSpec[], env: Record<string, string> = AK_ENV, { apiDelayMs, timeoutMs = 2000 }: { apiDelayMs?: number; timeoutMs?: number } = {}) {
  const [s, tls] = await Promise.all([startStandIn({ cloud: groups, ...(apiDelayMs ? { apiDelayMs } : {}) }), startStandIn({ tls: true })]);
  servers.push(s, tls);
  const r = await runDoctorBin(
    ['--root', ipHost(), '--project', 'shop-app-logs', '--cloud', '--cloud-endpoint', 'http://cn-hangzhou.log.aliyuncs.com', '--connect-to', `*.log.aliyuncs.com:80:127.0.0.1:${s.port}`, '--connect-to', `*.log.aliyuncs.com:443:127.0.0.1:${tls.port}`, '--ca', CERT_FILE, '-f', 'json', '--timeout', String(timeoutMs)],
    env,
  );
  const out = r.stdout ? (JSON.parse(r.stdout) as { diagnostics: Array<{ ruleId: string; message: string; file: string }>; checks: Array<{ id: string; status: string; summary: string; evidence: Record<string, unknown> }> }) : undefined;
  return { r, out, api: s.requests.filter((q) => q.url.startsWith('/machinegroups')) };
}

const nowSec = () => Math.floor(Date.now() / 1000);

describe('doctor --cloud (the real SDK against the stand-in)', () => {
  it('SLS saw the heartbeat: the row passes, every request was signed with the test key, Host kept the project name', async () => {
    const { r, out, api } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [{ ip: '192.168.7.10', lastHeartbeatTime: nowSec() - 3 }] }]);
    expect(r.stderr).toBe('');
    expect(out!.diagnostics.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    expect(r.status).toBe(0);
    const row = out!.checks.find((c) => c.id === 'cloud-heartbeat')!;
    expect(row.status).toBe('pass');
    expect(row.summary).toMatch(/^SLS saw this host's heartbeat [3-9] s ago \(shop-app-logs\/web-ip\)$/);
    expect((row.evidence as { credentialSource: string }).credentialSource).toBe('env');
    expect(api.map((q) => q.url.replace(/\?.*/, ''))).toEqual(expect.arrayContaining(['/machinegroups', '/machinegroups/web-ip', '/machinegroups/web-ip/machines']));
    expect(api.every((q) => q.signatureOk && q.host === 'shop-app-logs.cn-hangzhou.log.aliyuncs.com')).toBe(true);
    expect(api.every((q) => q.authorization?.startsWith(`LOG ${TEST_AK.id}:`))).toBe(true);
  });

  it('a slow SLS: --timeout bounds the whole --cloud read, not each of its requests in a row', async () => {
    // Each answer takes 600 ms, under the 1500 ms per-request timeout, but list + get + machines take 1800 ms in a row.
    const { out, api } = await cloudRun(
      [{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [{ ip: '192.168.7.10', lastHeartbeatTime: nowSec() - 3 }] }],
      AK_ENV,
      { apiDelayMs: 600, timeoutMs: 1500 },
    );
    const row = out!.checks.find((c) => c.id === 'cloud-heartbeat')!;
    expect(row.status).not.toBe('pass');
    expect(row.summary).toBe('not checked: SLS answered with errors (shop-app-logs/web-ip: Timeout)');
    expect(JSON.stringify(row.evidence)).toMatch(/SLS did not answer before the doctor's --timeout \(\d+ ms were left for --cloud\)/);
    expect(api.map((q) => q.url.replace(/\?.*/, ''))).toEqual(['/machinegroups', '/machinegroups/web-ip', '/machinegroups/web-ip/machines']);
  });

  it('SLS never saw the host in a group that lists it: doctor/no-heartbeat', async () => {
    const { r, out } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [{ ip: '192.168.7.99', lastHeartbeatTime: nowSec() - 5 }] }]);
    expect(r.status).toBe(1);
    const d = out!.diagnostics.find((x) => x.ruleId === 'doctor/no-heartbeat')!;
    expect(d.message).toBe('SLS has never seen a heartbeat from IP 192.168.7.10 in machine group "web-ip" of project "shop-app-logs", which lists it (ListMachines returns 1 other machine): the group shows FAIL for this host. The other checks say why.');
    expect(d.file).toBe('host:/usr/local/ilogtail/app_info.json');
  });

  it('a stale heartbeat: doctor/no-heartbeat with its age', async () => {
    const { out } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [{ ip: '192.168.7.10', lastHeartbeatTime: nowSec() - 1500 }] }]);
    expect(out!.diagnostics.find((x) => x.ruleId === 'doctor/no-heartbeat')!.message).toMatch(/^SLS last saw a heartbeat from IP 192\.168\.7\.10 in machine group "web-ip" of project "shop-app-logs" 25m0\ds ago/);
  });

  it('the live IP group does not list the host: doctor/ip-not-in-group', async () => {
    const { r, out } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.11'], machines: [] }]);
    expect(r.status).toBe(1);
    expect(out!.diagnostics.find((x) => x.ruleId === 'doctor/ip-not-in-group')!.message).toMatch(/^This host reports IP 192\.168\.7\.10 \(app_info\.json "ip", to cn-hangzhou, .*\), which is in none of the 1 live IP machine group SLS returned \(shop-app-logs\/web-ip\)/);
  });

  it('no credentials: the row is "not checked" with the reason, never passed; no API request is sent', async () => {
    const { r, out, api } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [] }], {});
    expect(r.stderr).toBe('');
    const row = out!.checks.find((c) => c.id === 'cloud-heartbeat')!;
    expect(row.status).toBe('skip');
    expect(row.summary).toMatch(/^not checked: SLS could not be asked \(NoCredentials: no Alibaba Cloud credentials found/);
    expect(api).toEqual([]);
  });

  it('without the SDK installed: "not checked" with the install command (the built CLI copied away from node_modules)', async () => {
    const away = mkdtempSync(path.join(tmpdir(), 'logtail-lint-no-sdk-'));
    try {
      for (const d of ['bin', 'dist']) cpSync(path.join(ROOT, d), path.join(away, d), { recursive: true });
      const s = await startStandIn({});
      servers.push(s);
      const run = spawnSync(
        process.execPath,
        [path.join(away, 'bin/logtail-lint.js'), 'doctor', '--root', ipHost(), '--project', 'shop-app-logs', '--cloud', '--connect-to', `*.log.aliyuncs.com::127.0.0.1:${s.port}`, '-f', 'json'],
        { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...HERMETIC_ENV, ...AK_ENV } },
      );
      expect(run.stderr).toBe('');
      const row = (JSON.parse(run.stdout) as { checks: Array<{ id: string; status: string; summary: string }> }).checks.find((c) => c.id === 'cloud-heartbeat')!;
      expect(row.status).toBe('skip');
      expect(row.summary).toMatch(/^not checked: SLS could not be asked \(SdkMissing: --cloud needs Alibaba Cloud's SLS SDK, an optional peer dependency that is not installed .*Install it beside logtail-lint: npm install @alicloud\/sls20201230 @alicloud\/openapi-core @alicloud\/credentials\)$/);
      expect(s.requests.filter((q) => q.url.startsWith('/machinegroups'))).toEqual([]);
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });

  it('a wrong secret: SLS refuses the signature, and the row says so', async () => {
    const { out } = await cloudRun([{ project: 'shop-app-logs', group: 'web-ip', type: 'ip', identifiers: ['192.168.7.10'], machines: [] }], { ...AK_ENV, ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'wrong' });
    const row = out!.checks.find((c) => c.id === 'cloud-heartbeat')!;
    expect(row.status).toBe('skip');
    expect(row.summary).toMatch(/SignatureNotMatch/);
  });
});
