/**
 * A stand-in for SLS on 127.0.0.1 (port 0), answering like SLS does: `GET /` on any endpoint is
 * `400 {"Error":{"Code":"OLSInvalidMethod",…}}` with `x-log-requestid` and a `Date` of our choosing
 * (res.sendDate = false). Variants: a black hole (accepts, never answers), a reset, a proxy's HTML
 * page. The same server speaks the SLS API the SDK calls under --cloud (GetMachineGroup,
 * ListMachines, ListMachineGroup), checking the SDK's v1 Authorization header against a test
 * access key, and the ECS metadata paths. Every request is recorded.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

export const TEST_AK = { id: 'LTAI-TEST-ID-0001', secret: 'test-secret-not-real' };
export const CERT_FILE = path.resolve(import.meta.dirname, '../fixtures/doctor/stand-in-cert.pem');
const KEY_FILE = path.resolve(import.meta.dirname, '../fixtures/doctor/stand-in-key.pem');

export interface CloudGroupSpec {
  project: string;
  group: string;
  type: 'ip' | 'userdefined';
  identifiers: string[];
  machines: Array<{ ip: string; 'machine-uniqueid'?: string; 'userdefined-id'?: string; lastHeartbeatTime: number }>;
}

export interface StandInOptions {
  /** Seconds SLS's clock is ahead of ours (negative: behind). */
  skewSec?: number;
  mode?: 'sls' | 'hang' | 'reset' | 'html';
  tls?: boolean;
  cloud?: CloudGroupSpec[];
  /** Milliseconds each SLS API answer (`/machinegroups…`) waits before it is sent: a slow SLS, not a hung one. */
  apiDelayMs?: number;
  ecs?: { 'instance-id': string; 'owner-account-id': string; 'region-id': string; 'private-ipv4'?: string };
}

export interface RecordedRequest {
  method: string;
  url: string;
  host: string;
  authorization?: string;
  signatureOk?: boolean;
}

export interface StandIn {
  port: number;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** SLS's v1 signature (sdk-research.md §2): the server side recomputes it; the client never hand-signs. */
export function slsSignature(secret: string, method: string, headers: http.IncomingHttpHeaders, url: string, algorithm: 'sha1' | 'sha256'): string {
  const h = (k: string) => {
    const v = headers[k];
    return Array.isArray(v) ? v[0] : (v ?? '');
  };
  const canon = Object.keys(headers)
    .filter((k) => k.startsWith('x-log-') || k.startsWith('x-acs-'))
    .sort()
    .map((k) => `${k}:${h(k)}\n`)
    .join('');
  const u = new URL(url, 'http://x');
  const query = [...u.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join('&');
  const resource = decodeURIComponent(u.pathname) + (query ? `?${query}` : '');
  const text = `${method}\n${h('content-md5')}\n${h('content-type')}\n${h('date')}\n${canon}${resource}`;
  return createHmac(algorithm, secret).update(text).digest('base64');
}

export async function startStandIn(o: StandInOptions = {}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const host = String(req.headers.host ?? '');
    const rec: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', host, ...(req.headers.authorization ? { authorization: String(req.headers.authorization) } : {}) };
    requests.push(rec);
    if (o.mode === 'hang') return; // accepted, never answered
    if (o.mode === 'reset') {
      req.socket.destroy();
      return;
    }
    res.sendDate = false;
    res.setHeader('Date', new Date(Date.now() + (o.skewSec ?? 0) * 1000).toUTCString());
    if (o.mode === 'html') {
      res.writeHead(200, { 'Content-Type': 'text/html', Server: 'squid/5.7' });
      res.end('<html><body>Access denied by the corporate proxy</body></html>');
      return;
    }
    const requestId = randomBytes(12).toString('hex').toUpperCase();
    res.setHeader('x-log-requestid', requestId);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://x');
    // ECS metadata service paths.
    if (url.pathname === '/latest/api/token' && req.method === 'PUT') return o.ecs ? void res.end('TEST-TOKEN') : send(404, {});
    if (url.pathname === '/latest/dynamic/instance-identity/document') return o.ecs && req.headers['x-aliyun-ecs-metadata-token'] === 'TEST-TOKEN' ? send(200, o.ecs) : send(403, {});
    const notFound = () => send(400, { Error: { Code: 'OLSInvalidMethod', Message: `The script name is invalid : ${url.pathname}`, RequestId: requestId } });
    const answerApi = () => {
      const auth = String(req.headers.authorization ?? '');
      const m = /^LOG ([^:]+):(.+)$/.exec(auth);
      const algorithm = req.headers['x-log-signaturemethod'] === 'hmac-sha1' ? 'sha1' : 'sha256';
      rec.signatureOk = !!m && m[1] === TEST_AK.id && m[2] === slsSignature(TEST_AK.secret, req.method ?? 'GET', req.headers, req.url ?? '/', algorithm);
      if (!rec.signatureOk) return send(401, { errorCode: 'SignatureNotMatch', errorMessage: 'signature mismatch' });
      const project = host.split('.')[0];
      const parts = url.pathname.split('/').filter(Boolean);
      const groups = (o.cloud ?? []).filter((g) => g.project === project);
      if (parts.length === 1) return send(200, { count: groups.length, total: groups.length, machinegroups: groups.map((g) => g.group) });
      const g = groups.find((x) => x.group === parts[1]);
      if (!g) return send(404, { errorCode: 'MachineGroupNotExist', errorMessage: `MachineGroup ${parts[1]} does not exist` });
      if (parts.length === 2) return send(200, { groupName: g.group, groupType: '', machineIdentifyType: g.type, machineList: g.identifiers, groupAttribute: {} });
      if (parts[2] === 'machines') return send(200, { count: g.machines.length, total: g.machines.length, machines: g.machines });
      notFound();
    };
    if (!url.pathname.startsWith('/machinegroups')) return notFound();
    if (o.apiDelayMs) setTimeout(answerApi, o.apiDelayMs);
    else answerApi();
  };
  const server = o.tls ? https.createServer({ cert: readFileSync(CERT_FILE), key: readFileSync(KEY_FILE) }, handler) : http.createServer(handler);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that refuses connections: bound, then closed. */
export async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}
