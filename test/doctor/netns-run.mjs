// Runs inside `unshare -rn` (a network namespace with only loopback): an SLS-like stand-in on
// 127.0.0.1 and the built doctor against it, WITHOUT the hermetic guard. Any DNS lookup or
// non-loopback connection the doctor made would fail here (EAI_AGAIN / ENETUNREACH) and show as a
// finding. Prints {status, stdout, stderr, requests} as JSON.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/logtail-lint.js');
const [root, ...extra] = process.argv.slice(2);
const hosts = [];
const server = http.createServer((req, res) => {
  hosts.push(req.headers.host);
  res.writeHead(400, { 'Content-Type': 'application/json', 'x-log-requestid': '5D00000000000000000000AA' });
  res.end('{"Error":{"Code":"OLSInvalidMethod","Message":"The script name is invalid : /"}}');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const child = spawn(process.execPath, [bin, 'doctor', '--root', root, '-f', 'json', '--timeout', '2000', '--connect-to', `*.log.aliyuncs.com:80:127.0.0.1:${port}`, ...extra], { env: { PATH: process.env.PATH, HOME: '/nonexistent', NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  child.on('close', (status) => {
    server.close();
    process.stdout.write(JSON.stringify({ status, stdout, stderr, hosts }));
  });
});
