#!/usr/bin/env node
// Times `logtail-lint doctor` end to end (the built CLI, a fresh process per run) on a host root
// built in a temp folder, against stand-ins on 127.0.0.1 reached through --connect-to, with the
// hermetic guard on. Prints the wall time per case and a PASS/FAIL line per target (issue 8):
//   healthy host < 2000 ms; every endpoint hanging < --timeout; --offline.
//   npm run build && npm run bench:doctor [-- --runs 5 --timeout 3000]
// A benchmark, not a test: the numbers depend on the machine and its load.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(root, 'bin/logtail-lint.js');
const CERT = path.join(root, 'test/fixtures/doctor/stand-in-cert.pem');
const KEY = path.join(root, 'test/fixtures/doctor/stand-in-key.pem');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? dflt : Number(process.argv[i + 1]);
};
const RUNS = arg('runs', 5);
const HANG_TIMEOUT = arg('timeout', 3000);

function standIn({ tls = false, hang = false } = {}) {
  const handler = (req, res) => {
    if (hang) return;
    res.writeHead(400, { 'Content-Type': 'application/json', 'x-log-requestid': '5D0000000000000000000000' });
    res.end('{"Error":{"Code":"OLSInvalidMethod","Message":"The script name is invalid : /"}}');
  };
  const server = tls ? https.createServer({ cert: readFileSync(CERT), key: readFileSync(KEY) }, handler) : http.createServer(handler);
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        port: server.address().port,
        close: () => new Promise((r) => {
          for (const s of sockets) s.destroy();
          server.close(() => r());
        }),
      }),
    ),
  );
}

function hostRoot() {
  const dir = mkdtempSync(path.join(tmpdir(), 'logtail-lint-bench-host-'));
  const w = (p, text) => {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  };
  const now = Date.now() / 1000;
  const boot = Math.floor(now - 3600);
  w('usr/local/ilogtail/ilogtail_config.json', JSON.stringify({ config_server_address: 'http://logtail.cn-hangzhou-intranet.log.aliyuncs.com', data_server_list: [{ cluster: 'cn-hangzhou', endpoint: 'cn-hangzhou-intranet.log.aliyuncs.com' }] }, null, 2));
  w('usr/local/ilogtail/app_info.json', JSON.stringify({ ip: '192.168.7.10', hostname: 'web-01', logtail_version: '1.8.7' }));
  w('usr/local/ilogtail/ilogtail_1.8.7', 'not a binary');
  symlinkSync('ilogtail_1.8.7', path.join(dir, 'usr/local/ilogtail/ilogtail'));
  w('etc/init.d/ilogtaild', '#!/bin/sh\n');
  w('etc/ilogtail/user_defined_id', 'web-prod\n');
  w('etc/ilogtail/users/1234567890123456', '');
  w('proc/stat', `btime ${boot}\n`);
  for (const [pid, ppid] of [[1200, 1], [1201, 1200]]) {
    const start = Math.round((now - 600 - boot) * 100);
    w(`proc/${pid}/stat`, `${pid} (ilogtail) S ${ppid} ${Array(17).fill(0).join(' ')} ${start} 0 0\n`);
    w(`proc/${pid}/comm`, 'ilogtail\n');
    w(`proc/${pid}/cmdline`, '/usr/local/ilogtail/ilogtail\0');
  }
  // Thousands of unrelated pids, as on a busy host: /proc is read in full.
  for (let pid = 2000; pid < 2400; pid++) {
    w(`proc/${pid}/stat`, `${pid} (worker ${pid}) S 1 ${Array(17).fill(0).join(' ')} 100 0 0\n`);
    w(`proc/${pid}/cmdline`, `/usr/bin/worker\0`);
  }
  const old = now - 86400 * 2;
  utimesSync(path.join(dir, 'usr/local/ilogtail/ilogtail_config.json'), old, old);
  return dir;
}

function run(args) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'doctor', ...args], { env: { PATH: process.env.PATH, HOME: '/nonexistent', NO_COLOR: '1', LOGTAIL_LINT_DOCTOR_DENY_UNMAPPED: '1' } });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (status) => resolve({ status, ms: performance.now() - t0, out }));
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const [sls, tls, hang] = await Promise.all([standIn(), standIn({ tls: true }), standIn({ hang: true })]);
const host = hostRoot();
const cases = [
  { name: 'healthy host (4 endpoints, HTTP + HTTPS)', args: ['--root', host, '--project', 'shop-app-logs', '--ca', CERT, '--connect-to', `*.log.aliyuncs.com:80:127.0.0.1:${sls.port}`, '--connect-to', `*.log.aliyuncs.com:443:127.0.0.1:${tls.port}`], limit: 2000, status: [0, 1] },
  { name: `every endpoint hangs (--timeout ${HANG_TIMEOUT})`, args: ['--root', host, '--project', 'shop-app-logs', '--timeout', String(HANG_TIMEOUT), '--connect-to', `*.log.aliyuncs.com::127.0.0.1:${hang.port}`], limit: HANG_TIMEOUT, status: [1] },
  { name: '--offline (files and /proc only)', args: ['--root', host, '--offline'], limit: 2000, status: [0, 1] },
];
let failed = false;
let broken = false;
console.log(`logtail-lint doctor, ${RUNS} runs per case (node ${process.version}, wall time of a fresh process)\n`);
for (const c of cases) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await run(c.args);
    if (!c.status.includes(r.status)) {
      broken = true;
      console.log(`  ${c.name}: unexpected exit ${r.status}\n${r.out}`);
      break;
    }
    times.push(r.ms);
  }
  if (times.length === 0) continue;
  const med = median(times);
  const max = Math.max(...times);
  const ok = max < c.limit;
  failed ||= !ok;
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${c.name.padEnd(48)} median ${med.toFixed(0).padStart(5)} ms  max ${max.toFixed(0).padStart(5)} ms  (target < ${c.limit} ms)`);
}
await Promise.all([sls.close(), tls.close(), hang.close()]);
rmSync(host, { recursive: true, force: true });
process.exitCode = broken ? 2 : failed ? 1 : 0;
