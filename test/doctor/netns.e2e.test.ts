/**
 * Belt and braces (doctor-live-host.md §8.4): the doctor in a network namespace that has only
 * loopback, without the hermetic guard. A leaking DNS lookup or connection cannot send a packet
 * there and would surface as a failed probe. Needs `unshare -rn` (root, or user namespaces); where
 * the machine has no such namespace the test is skipped and says so.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { healthySpec } from './fixtures.js';
import { makeHostRoot } from './host-root.js';

const canUnshare = spawnSync('unshare', ['-rn', 'sh', '-c', 'ip link set lo up'], { encoding: 'utf8' }).status === 0;
const RUNNER = path.resolve(import.meta.dirname, 'netns-run.mjs');

describe.skipIf(!canUnshare)('doctor in a loopback-only network namespace (unshare -rn)', () => {
  it('reaches only the stand-in: every probe answered, no DNS lookup needed', () => {
    // Port 80 only: the config server's explicit port keeps HTTPS out of this run.
    const root = makeHostRoot(healthySpec({ config: { config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com:80', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }] } }));
    const r = spawnSync('unshare', ['-rn', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${RUNNER}" "${root}" --project shop-app-logs`], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { status: number; stdout: string; stderr: string; hosts: string[] };
    expect(out.stderr).toBe('');
    const report = JSON.parse(out.stdout) as { checks: Array<{ id: string; status: string; summary: string }> };
    expect(report.checks.find((c) => c.id === 'step-4-network')).toMatchObject({ status: 'pass', summary: expect.stringMatching(/^3\/3 endpoints answer as SLS/) });
    expect(report.checks.find((c) => c.id === 'step-5-clock')!.status).toBe('pass');
    expect(out.hosts.sort()).toEqual(['ali-cn-hangzhou-sls-admin.cn-hangzhou-intranet.log.aliyuncs.com', 'logtail.cn-hangzhou-intranet.log.aliyuncs.com', 'shop-app-logs.cn-hangzhou-intranet.log.aliyuncs.com']);
  });

  it('an unmapped name fails as DNS does in the namespace (the probe is real, and so is its failure)', () => {
    const root = makeHostRoot(healthySpec({ config: { config_server_address: 'http://logtail.example.invalid:80', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }] } }));
    const r = spawnSync('unshare', ['-rn', 'sh', '-c', `ip link set lo up && exec "${process.execPath}" "${RUNNER}" "${root}"`], { encoding: 'utf8', timeout: 30_000 });
    const out = JSON.parse(r.stdout) as { status: number; stdout: string };
    expect(out.status).toBe(1);
    const report = JSON.parse(out.stdout) as { diagnostics: Array<{ ruleId: string; message: string }> };
    expect(report.diagnostics.find((d) => d.ruleId === 'doctor/endpoint-unreachable')!.message).toMatch(/^The config server logtail\.example\.invalid \(config_server_address\) gave no answer on port 80 \(HTTP\): the name does not resolve \((EAI_AGAIN|ENOTFOUND), \d+ ms\)/);
  });
});
